// Main's confirmation as a native dialog attached to the window: the question, the facts main
// wrote from its own state, the action on the confirm button ("Redeem 25,000.50 USDC"), Cancel
// as the default and Escape answer, and, above a soft limit, a checkbox that must be ticked.
import { dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import { answerAccepted, confirmationDetail, type Confirmer } from '../confirm/confirmation';

export function createDialogConfirmer(getWindow: () => BrowserWindow | undefined): Confirmer {
  return async (request) => {
    const options: MessageBoxOptions = {
      type: request.environment === 'production' ? 'warning' : 'question',
      title: 'Treasury Desk',
      message: request.message,
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
    return answerAccepted(request, { confirmed: response === 1, checked: checkboxChecked });
  };
}
