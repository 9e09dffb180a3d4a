// Native notifications through Electron. On Windows they only appear when the app's
// AppUserModelId (set in main/index.ts) matches the installer's appId.
import { Notification } from 'electron';
import type { DeskNotification, Notifier, NotificationTarget } from '../desk/notify/notifier';

export function createElectronNotifier(): Notifier {
  return {
    show(notification: DeskNotification, onClick: (target: NotificationTarget) => void) {
      if (!Notification.isSupported()) return;
      const native = new Notification({ title: notification.title, body: notification.body, silent: false });
      native.on('click', () => onClick(notification.target));
      native.show();
    },
  };
}
