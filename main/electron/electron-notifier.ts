// Native notifications through Electron. On Windows they only appear when the app's
// AppUserModelId (set in main/index.ts) matches the installer's appId. When the OS cannot show
// one (no notification centre, or `failed`: since Electron 42 macOS shows notifications only for
// signed apps), the caller hears it through `onNotShown`, and the notice stays in the window's
// list of recent notices marked as not shown.
import { Notification } from 'electron';
import type { DeskNotification, Notifier, NotificationTarget } from '../desk';

export function createElectronNotifier(): Notifier {
  return {
    show(
      notification: DeskNotification,
      onClick: (target: NotificationTarget) => void,
      onNotShown?: (reason: string) => void,
    ) {
      if (!Notification.isSupported()) {
        onNotShown?.('This system has no notification centre Treasury Desk can use.');
        return;
      }
      const native = new Notification({
        title: notification.title,
        body: notification.body,
        silent: false,
      });
      native.on('click', () => onClick(notification.target));
      native.on('failed', (_event, error) => onNotShown?.(`The system did not show it: ${error}`));
      native.show();
    },
  };
}
