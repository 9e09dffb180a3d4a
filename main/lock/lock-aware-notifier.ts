// Notifications go on while the app is locked (a wire completing is worth knowing), but they
// say no amount and no name then: the screen may be seen by anyone walking past.
import type { Notifier } from '../desk';

export const LOCKED_NOTIFICATION_TITLE = 'Treasury Desk';
export const LOCKED_NOTIFICATION_BODY = 'Unlock Treasury Desk to see the details.';

export function lockAwareNotifier(inner: Notifier, isLocked: () => boolean): Notifier {
  return {
    // Titles name amounts and destinations too ("Wire completed: $10.00 to …"), so both go.
    show: (notification, onClick, onNotShown) =>
      inner.show(
        isLocked()
          ? { ...notification, title: LOCKED_NOTIFICATION_TITLE, body: LOCKED_NOTIFICATION_BODY }
          : notification,
        onClick,
        onNotShown,
      ),
  };
}
