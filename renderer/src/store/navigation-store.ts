// Which screen is showing. No router: a desktop app has no URL bar, and the screen (plus the
// item it focuses, e.g. an orchestration opened from a notification) is all the state there is.
import { create } from 'zustand';

export const screenIds = [
  'overview',
  'redeem',
  'auto-redeem',
  'bank-accounts',
  'activity',
  'settings',
] as const;
export type ScreenId = (typeof screenIds)[number];

export const screenTitles: Record<ScreenId, string> = {
  overview: 'Overview',
  redeem: 'Redeem',
  'auto-redeem': 'Auto-redeem',
  'bank-accounts': 'Bank accounts',
  activity: 'Activity',
  settings: 'Settings',
};

interface NavigationState {
  screen: ScreenId;
  focusId: string | null;
  go(screen: ScreenId, focusId?: string | null): void;
  /** The screen has opened the focused item; a later request for the same item opens it again. */
  clearFocus(): void;
}

export const useNavigation = create<NavigationState>((set) => ({
  screen: 'overview',
  focusId: null,
  go: (screen, focusId = null) => set({ screen, focusId }),
  clearFocus: () => set({ focusId: null }),
}));
