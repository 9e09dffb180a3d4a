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
  | 'credentials.forget';

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
}

/** The port on the runtime: resolves true only when the operator confirmed. */
export type Confirmer = (request: ConfirmationRequest) => Promise<boolean>;

/** What a dialog returns: which button, and whether the box was ticked. */
export interface DialogAnswer {
  confirmed: boolean;
  checked: boolean;
}

/** The one rule every confirmer applies: confirm pressed, and the box ticked if there is one. */
export function answerAccepted(request: ConfirmationRequest, answer: DialogAnswer): boolean {
  return answer.confirmed && (request.checkboxLabel === undefined || answer.checked);
}

/** The facts as the dialog's detail text, one per line. */
export function confirmationDetail(request: ConfirmationRequest): string {
  return request.facts.map(([label, value]) => `${label}: ${value}`).join('\n');
}
