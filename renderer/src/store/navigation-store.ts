// Which screen is showing. No router: a desktop app has no URL bar, and the route (plus the
// item it focuses, e.g. an orchestration opened from a notification) is all the state there is.
// Screens navigate by route id; which component, title and nav entry a route has is said once,
// in app/routes.tsx (kept out of this store so a screen never imports another screen).
import { create } from 'zustand';

/** The navigable routes, in the order of the navigation bar. */
export const routeIds = [
  'overview',
  'redeem',
  'convert',
  'wire-out',
  'fund',
  'auto-redeem',
  'bank-accounts',
  'activity',
  'statements',
  'settings',
] as const;
export type RouteId = (typeof routeIds)[number];

interface NavigationState {
  screen: RouteId;
  focusId: string | null;
  go(screen: RouteId, focusId?: string | null): void;
  /** The screen has opened the focused item; a later request for the same item opens it again. */
  clearFocus(): void;
}

export const useNavigation = create<NavigationState>((set) => ({
  screen: 'overview',
  focusId: null,
  go: (screen, focusId = null) => set({ screen, focusId }),
  clearFocus: () => set({ focusId: null }),
}));
