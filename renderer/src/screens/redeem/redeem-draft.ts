// The redemption being prepared, and the checks it must pass before "Review" asks main.
import type { OperationInput, RedemptionReview } from '../../../../shared/contract';
import { checkAmount, compareAmounts } from '../../../../shared/money';
import { MIN_WIRE_USD, subCentProblem } from '../../../../shared/wire';
import { normalizeAmountText } from '../../model/amount-text';
import { RedemptionInput } from '../../../../shared/operation-inputs';
import type { IntentView } from '../../../../shared/views';
import { fieldErrorsFromIssues, type FieldErrors } from '../../errors/field-errors';

export type RedemptionRequest = OperationInput<'submitRedemption'>;

export interface RedeemDraft {
  profileId: string;
  asset: string;
  amount: string;
  fiatAccountId: string;
  memo: string;
}

/** Where the operator is in the flow; kept as a draft so leaving the screen loses nothing. */
export interface RedeemFlow {
  step: 'form' | 'review' | 'progress';
  review?: RedemptionReview;
  /** Exactly what was reviewed: Confirm sends this, never the (possibly edited) form. */
  reviewed?: RedemptionRequest;
  intent?: IntentView;
}

export const emptyRedeemFlow = (): RedeemFlow => ({ step: 'form' });

export function emptyRedeemDraft(profileId = ''): RedeemDraft {
  return { profileId, asset: 'USDC', amount: '', fiatAccountId: '', memo: '' };
}

export function toRedemptionRequest(draft: RedeemDraft): RedemptionRequest {
  const memo = draft.memo.trim();
  return {
    profileId: draft.profileId,
    asset: draft.asset as RedemptionRequest['asset'],
    amount: normalizeAmountText(draft.amount),
    fiatAccountId: draft.fiatAccountId,
    ...(memo ? { memo } : {}),
  };
}

export function validateRedeemDraft(draft: RedeemDraft): FieldErrors {
  const errors: FieldErrors = {};
  if (!draft.profileId) errors.profileId = 'Choose the profile to redeem from.';
  if (!draft.fiatAccountId) errors.fiatAccountId = 'Choose an approved bank account.';
  const amount = normalizeAmountText(draft.amount);
  if (!amount) errors.amount = 'Enter the amount to redeem.';
  else {
    const check = checkAmount(amount, draft.asset);
    if (!check.ok) errors.amount = `The amount ${check.detail}.`;
    else if (compareAmounts(amount, MIN_WIRE_USD) < 0) {
      // Redeemed 1:1, this would be a wire of less than a cent: $0.00 at the bank.
      errors.amount = `That is less than one cent: the wire would be $0.00. Redeem at least ${MIN_WIRE_USD} ${draft.asset}.`;
    } else {
      // A wire moves whole cents: refused here and by main (shared/wire.ts says why).
      const subCent = subCentProblem(amount, draft.asset);
      if (subCent) errors.amount = subCent;
    }
  }
  const parsed = RedemptionInput.safeParse(toRedemptionRequest(draft));
  return parsed.success ? errors : { ...fieldErrorsFromIssues(parsed.error.issues), ...errors };
}
