// How the desk tells the operator something happened outside the window. The Electron adapter
// shows a native notification; tests use a recording fake. `target` is what a click opens.
export interface NotificationTarget {
  screen: 'activity' | 'bank-accounts' | 'auto-redeem';
  id: string;
}

export interface DeskNotification {
  title: string;
  body: string;
  target: NotificationTarget;
}

export interface Notifier {
  show(notification: DeskNotification, onClick: (target: NotificationTarget) => void): void;
}

/** For environments with no notification centre (tests, headless). */
export const silentNotifier: Notifier = { show: () => undefined };
