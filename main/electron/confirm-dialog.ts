// Main's confirmation as a native dialog attached to the window: the question, the facts main
// wrote from its own state, the action on the confirm button ("Redeem 25,000.50 USDC"), Cancel
// as the default and Escape answer, and, above a soft limit, a checkbox that must be ticked.
// A native dialog cannot grey its button out until the box is ticked: pressed unticked, main
// shows it again with the reason first (main/operator/require-confirmation.ts).
import { dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import { confirmationDetail, confirmationMessage, type Confirmer } from '../confirm/confirmation';

export function createDialogConfirmer(getWindow: () => BrowserWindow | undefined): Confirmer {
  return async (request) => {
    const options: MessageBoxOptions = {
      type: request.environment === 'production' || request.notice ? 'warning' : 'question',
      title: 'Treasury Desk',
      message: confirmationMessage(request),
      detail: confirmationDetail(request),
      buttons: ['Cancel', request.confirmLabel],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
      ...(request.checkboxLabel
        ? { checkboxLabel: request.checkboxLabel, checkboxChecked: false }
        : {}),
    };
    const window = getWindow();
    const { response, checkboxChecked } = window
      ? await dialog.showMessageBox(window, options)
      : await dialog.showMessageBox(options);
    return { confirmed: response === 1, checked: checkboxChecked };
  };
}
