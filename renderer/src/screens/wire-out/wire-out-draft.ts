// The wire out being prepared (profile, approved bank account, amount, fee mode, memo), where
// the operator is in the flow, and the checks it must pass before "Review" asks main. Main checks
// it all again from its own facts: these checks only keep a bad entry from a round trip.
import type { OperationInput, OperationOutput } from '../../../../shared/contract';
import { parseAmountText } from '../../../../shared/amount-parse';
import { FiatWithdrawalInput } from '../../../../shared/fiat-withdrawal';
import { compareAmounts } from '../../../../shared/money';
import { MIN_WIRE_USD, subCentProblem } from '../../../../shared/wire';
import { fieldErrorsFromIssues, type FieldErrors } from '../../errors/field-errors';
import type { ReviewFlowState } from '../../hooks/useReviewFlow';

export type WireOutRequest = OperationInput<'submitFiatWithdrawal'>;
export type WireOutReview = OperationOutput<'reviewFiatWithdrawal'>;
export type FeeMode = WireOutRequest['feeMode'];

export interface WireOutDraft {
  profileId: string;
  fiatAccountId: string;
  amount: string;
  feeMode: FeeMode;
  memo: string;
}

/** Where the operator is in the flow (a draft, so leaving the screen loses nothing). */
export type WireOutFlow = ReviewFlowState<WireOutReview, WireOutRequest>;

export const emptyWireOutFlow = (): WireOutFlow => ({ step: 'form' });

/**
 * Fee on top is the default: the bank receives exactly the figure typed, which is what an
 * operator paying an invoice means; "fee deducted" is the choice for emptying a balance.
 */
export function emptyWireOutDraft(profileId = ''): WireOutDraft {
  return { profileId, fiatAccountId: '', amount: '', feeMode: 'on_top', memo: '' };
}

export function toWireOutRequest(draft: WireOutDraft): WireOutRequest {
  const reading = parseAmountText(draft.amount, 'USD');
  const memo = draft.memo.trim();
  return {
    profileId: draft.profileId,
    fiatAccountId: draft.fiatAccountId,
    amount: reading.ok ? reading.amount : draft.amount.trim(),
    feeMode: draft.feeMode,
    ...(memo ? { memo } : {}),
  };
}

export function validateWireOutDraft(draft: WireOutDraft): FieldErrors {
  const errors: FieldErrors = {};
  if (!draft.profileId) errors.profileId = 'Choose the profile to wire from.';
  if (!draft.fiatAccountId) errors.fiatAccountId = 'Choose an approved bank account.';
  const reading = parseAmountText(draft.amount, 'USD');
  if (!reading.ok) {
    errors.amount = reading.code === 'empty' ? 'Enter the amount to wire.' : reading.message;
  } else if (compareAmounts(reading.amount, MIN_WIRE_USD) < 0) {
    errors.amount = `A wire moves at least ${MIN_WIRE_USD} USD.`;
  } else {
    const subCent = subCentProblem(reading.amount, 'USD');
    if (subCent) errors.amount = subCent;
  }
  const parsed = FiatWithdrawalInput.safeParse(toWireOutRequest(draft));
  return parsed.success ? errors : { ...fieldErrorsFromIssues(parsed.error.issues), ...errors };
}
