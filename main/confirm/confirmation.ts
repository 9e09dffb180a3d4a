// Main's own confirmation of a decision that moves money or weakens a guard. The renderer is
// untrusted: its review screen is the operator's good UX, this is the guard. Main writes every
// word of the request from its own state (the cache, the settings, the vault), never from a
// string the renderer sent. Electron shows it as a native dialog attached to the window
// (main/electron/confirm-dialog.ts); tests answer it with a scripted confirmer.
import type { EnvironmentKind } from '../../shared/environment';
import type { PathAction } from '../desk';

/** Each money path's decisions (main/desk/paths/registry.ts: "redemption.create", ...), then the app's own. */
export type ConfirmAction =
  | PathAction
  | 'intent.confirm'
  | 'settings.update'
  | 'environment.switch'
  | 'credentials.replace'
  | 'credentials.forget'
  | 'signing.on'
  | 'signing.off';

/** The checkbox a redemption above a soft limit must have ticked. */
export const CHECKED_AMOUNT_AND_DESTINATION = 'I checked the amount and the destination';

export interface ConfirmationRequest {
  action: ConfirmAction;
  environment: EnvironmentKind;
  /** The question, one line: "Redeem 25,000.50 USDC in Demo?" */
  message: string;
  /** What the decision is about, label → value, in the order shown. */
  facts: [label: string, value: string][];
  /** The confirm button: says what it does ("Redeem 25,000.50 USDC"). */
  confirmLabel: string;
  /** When present, confirming counts only with this box ticked. */
  checkboxLabel?: string;
  /** Set when the dialog is shown again: why the last answer did not count. Shown first. */
  notice?: string;
}

/** What a dialog returns: which button, and whether the box was ticked. */
export interface DialogAnswer {
  confirmed: boolean;
  checked: boolean;
}

/**
 * The port on the runtime: shows the dialog once and says what the operator did. Whether that
 * counts, and what happens when the confirm button was pressed with the box unticked, is decided
 * in one place for every dialog (main/operator/require-confirmation.ts), not by each confirmer.
 */
export type Confirmer = (request: ConfirmationRequest) => Promise<DialogAnswer>;

/** The one rule: confirm pressed, and the box ticked if there is one. */
export function answerAccepted(request: ConfirmationRequest, answer: DialogAnswer): boolean {
  return answer.confirmed && (request.checkboxLabel === undefined || answer.checked);
}

/** Confirm pressed with the box left unticked: a native dialog cannot grey its button out. */
export function pressedWithoutTicking(request: ConfirmationRequest, answer: DialogAnswer): boolean {
  return answer.confirmed && request.checkboxLabel !== undefined && !answer.checked;
}

/** The line the dialog shows again with, when its button was pressed without ticking the box. */
export function boxNotTickedNotice(checkboxLabel: string): string {
  return `Nothing was sent: the box “${checkboxLabel}” was not ticked. Tick it to go ahead, or Cancel.`;
}

/** The dialog's message: the notice first when there is one, then the question. */
export function confirmationMessage(request: ConfirmationRequest): string {
  return request.notice ? `${request.notice}\n\n${request.message}` : request.message;
}

/** The facts as the dialog's detail text, one per line. */
export function confirmationDetail(request: ConfirmationRequest): string {
  return request.facts.map(([label, value]) => `${label}: ${value}`).join('\n');
}
