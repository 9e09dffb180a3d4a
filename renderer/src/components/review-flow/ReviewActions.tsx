// The end of a review: the error of the last Confirm (if any), then Back and Confirm. Both are
// disabled while Confirm waits: main is asking in its own dialog, and a second click must not
// send twice (useBridgeAction refuses it too).
import { WAITING_FOR_CONFIRMATION } from '../../format/pending-labels';
import { ErrorNotice } from '../ErrorNotice';

interface ReviewActionsProps {
  onConfirm: () => void;
  onBack: () => void;
  pending: boolean;
  error: unknown;
  /** The confirm button's words when idle ("Redeem 250,000.00 USDC", "Create rule"). */
  confirmLabel: string;
  /** "Back to edit" where the form behind keeps what was typed; "Back" elsewhere (today's wording). */
  backLabel: string;
  /**
   * The wire reviews (redeem, wire out) say "Waiting for your confirmation…"; the conversion and
   * rule reviews still say "Waiting for confirmation…". Kept apart so this refactor changes no
   * visible text; unifying the wording is a product decision.
   */
  pendingLabel?: string;
  /**
   * The wire reviews move focus to the error, next to the buttons, so a declined dialog is
   * explained where the operator is; the conversion and rule reviews show it without moving focus.
   */
  focusError?: boolean;
  confirmTestId?: string;
}

export function ReviewActions({
  onConfirm,
  onBack,
  pending,
  error,
  confirmLabel,
  backLabel,
  pendingLabel = WAITING_FOR_CONFIRMATION,
  focusError = false,
  confirmTestId,
}: ReviewActionsProps) {
  return (
    <>
      {error ? <ErrorNotice error={error} {...(focusError ? { takeFocus: true } : {})} /> : null}
      <div className="form__actions">
        <button type="button" onClick={onBack} disabled={pending}>
          {backLabel}
        </button>
        <button
          type="button"
          className="button--primary"
          onClick={onConfirm}
          disabled={pending}
          {...(confirmTestId ? { 'data-testid': confirmTestId } : {})}
        >
          {pending ? pendingLabel : confirmLabel}
        </button>
      </div>
    </>
  );
}
