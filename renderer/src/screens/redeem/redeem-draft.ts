// The redemption being prepared, and the checks it must pass before "Review" asks main.
import type { OperationInput, RedemptionReview } from '../../../../shared/contract';
import { parseAmountText } from '../../../../shared/amount-parse';
import { compareAmounts } from '../../../../shared/money';
import { MIN_WIRE_USD, subCentProblem } from '../../../../shared/wire';
import { RedemptionInput } from '../../../../shared/operation-inputs';
import { fieldErrorsFromIssues, type FieldErrors } from '../../errors/field-errors';
import type { ReviewFlowState } from '../../hooks/useReviewFlow';

export type RedemptionRequest = OperationInput<'submitRedemption'>;

export interface RedeemDraft {
  profileId: string;
  asset: string;
  amount: string;
  fiatAccountId: string;
  memo: string;
}

/** Where the operator is in the flow (a draft, so leaving the screen loses nothing). */
export type RedeemFlow = ReviewFlowState<RedemptionReview, RedemptionRequest>;

export const emptyRedeemFlow = (): RedeemFlow => ({ step: 'form' });

export function emptyRedeemDraft(profileId = ''): RedeemDraft {
  return { profileId, asset: 'USDC', amount: '', fiatAccountId: '', memo: '' };
}

/** The amount as main takes it (canonical), or the text as typed when it does not read. */
function draftAmount(draft: Pick<RedeemDraft, 'amount' | 'asset'>): string {
  const reading = parseAmountText(draft.amount, draft.asset);
  return reading.ok ? reading.amount : draft.amount.trim();
}

export function toRedemptionRequest(draft: RedeemDraft): RedemptionRequest {
  const memo = draft.memo.trim();
  return {
    profileId: draft.profileId,
    asset: draft.asset as RedemptionRequest['asset'],
    amount: draftAmount(draft),
    fiatAccountId: draft.fiatAccountId,
    ...(memo ? { memo } : {}),
  };
}

export function validateRedeemDraft(draft: RedeemDraft): FieldErrors {
  const errors: FieldErrors = {};
  if (!draft.profileId) errors.profileId = 'Choose the profile to redeem from.';
  if (!draft.fiatAccountId) errors.fiatAccountId = 'Choose an approved bank account.';
  const reading = parseAmountText(draft.amount, draft.asset);
  if (!reading.ok) {
    errors.amount = reading.code === 'empty' ? 'Enter the amount to redeem.' : reading.message;
  } else if (compareAmounts(reading.amount, MIN_WIRE_USD) < 0) {
    // Redeemed 1:1, this would be a wire of less than a cent: $0.00 at the bank.
    errors.amount = `That is less than one cent: the wire would be $0.00. Redeem at least ${MIN_WIRE_USD} ${draft.asset}.`;
  } else {
    // A wire moves whole cents: refused here and by main (shared/wire.ts says why).
    const subCent = subCentProblem(reading.amount, draft.asset);
    if (subCent) errors.amount = subCent;
  }
  const parsed = RedemptionInput.safeParse(toRedemptionRequest(draft));
  return parsed.success ? errors : { ...fieldErrorsFromIssues(parsed.error.issues), ...errors };
}
