// The window's list of recent notices: every notice the desk raised, newest first, with whether
// the OS showed it. A notice the OS could not show (no notification centre, or `failed`, as for
// unsigned macOS builds since Electron 42) still reaches the operator here, and opens its item.
import { RECENT_NOTICES_LIMIT, type RecentNotice } from '../../shared/state';
import type { DeskNotification, Notifier } from '../desk';
import type { AppStateStore } from './app-state-store';

export class RecentNotices {
  private sequence = 0;

  constructor(
    private readonly state: AppStateStore,
    private readonly now: () => Date,
  ) {}

  /** Adds the notice as shown by the OS until told otherwise; returns its id. */
  add(notification: DeskNotification): string {
    const at = this.now().toISOString();
    this.sequence += 1;
    const notice: RecentNotice = {
      id: `${at}#${this.sequence}`,
      at,
      environment: this.state.get().environment,
      title: notification.title,
      body: notification.body,
      target: { screen: notification.target.screen, id: notification.target.id },
      shownByOs: true,
    };
    this.state.set({
      recentNotices: [notice, ...this.state.get().recentNotices].slice(0, RECENT_NOTICES_LIMIT),
    });
    return notice.id;
  }

  markNotShown(id: string, reason: string): void {
    const list = this.state.get().recentNotices;
    if (!list.some((n) => n.id === id)) return; // already dropped off the end of the list
    this.state.set({
      recentNotices: list.map((n) =>
        n.id === id ? { ...n, shownByOs: false, notShownReason: reason } : n,
      ),
    });
  }
}

/** Wraps the OS notifier so every notice also lands in the list, marked when the OS fails it. */
export function listingNotifier(os: Notifier, notices: RecentNotices): Notifier {
  return {
    show(notification, onClick) {
      const id = notices.add(notification);
      const notShown = (reason: string) => notices.markNotShown(id, reason);
      try {
        os.show(notification, onClick, notShown);
      } catch (error) {
        notShown(
          `The system could not show it: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },
  };
}
