// How the desk tells the operator something happened outside the window. The Electron adapter
// shows a native notification; tests use a recording fake. `target` is what a click opens.
// Every notice is also kept in the window's list of recent notices (main/state/recent-notices.ts),
// so one the OS does not show still reaches the operator.
export interface NotificationTarget {
  screen: 'activity' | 'bank-accounts' | 'auto-redeem' | 'fund';
  id: string;
}

export interface DeskNotification {
  title: string;
  body: string;
  target: NotificationTarget;
}

export interface Notifier {
  /**
   * Shows the notice. `onNotShown` (when given) hears, now or later, that the OS could not show
   * it: no notification centre, or the notification failed (e.g. an unsigned macOS build).
   */
  show(
    notification: DeskNotification,
    onClick: (target: NotificationTarget) => void,
    onNotShown?: (reason: string) => void,
  ): void;
}

/** For environments with no notification centre (tests, headless): nothing is shown by the OS. */
export const silentNotifier: Notifier = {
  show: (_notification, _onClick, onNotShown) =>
    onNotShown?.('No notification centre in this environment.'),
};
