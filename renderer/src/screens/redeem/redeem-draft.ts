// The redemption being prepared, and the checks it must pass before "Review" asks main.
import type { OperationInput, RedemptionReview } from '../../../../shared/contract';
import { checkAmount } from '../../../../shared/money';
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
    amount: draft.amount,
    fiatAccountId: draft.fiatAccountId,
    ...(memo ? { memo } : {}),
  };
}

export function validateRedeemDraft(draft: RedeemDraft): FieldErrors {
  const errors: FieldErrors = {};
  if (!draft.profileId) errors.profileId = 'Choose the profile to redeem from.';
  if (!draft.fiatAccountId) errors.fiatAccountId = 'Choose an approved bank account.';
  if (!draft.amount) errors.amount = 'Enter the amount to redeem.';
  else {
    const check = checkAmount(draft.amount, draft.asset);
    if (!check.ok) errors.amount = `The amount ${check.detail}.`;
  }
  const parsed = RedemptionInput.safeParse(toRedemptionRequest(draft));
  return parsed.success ? errors : { ...fieldErrorsFromIssues(parsed.error.issues), ...errors };
}
