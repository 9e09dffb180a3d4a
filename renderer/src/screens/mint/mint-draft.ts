// The mint being prepared (USD in a profile → a stablecoin in the same or another profile), and
// the checks it must pass before "Review" asks main. Issue 26's conversions reuse the request.
import type { OperationInput } from '../../../../shared/contract';
import type { ConversionReview } from '../../../../shared/conversion-review';
import { checkAmount } from '../../../../shared/money';
import { ConversionInput } from '../../../../shared/operation-inputs';
import type { IntentView } from '../../../../shared/views';
import { fieldErrorsFromIssues, type FieldErrors } from '../../errors/field-errors';
import { normalizeAmountText } from '../../model/amount-text';

export type ConversionRequest = OperationInput<'submitConversion'>;

export interface MintDraft {
  fromProfileId: string;
  toProfileId: string;
  toAsset: string;
  amount: string;
}

/** Where the operator is in the flow; kept as a draft so leaving the screen loses nothing. */
export interface MintFlow {
  step: 'form' | 'review' | 'progress';
  review?: ConversionReview;
  /** Exactly what was reviewed: Confirm sends this, never the (possibly edited) form. */
  reviewed?: ConversionRequest;
  intent?: IntentView;
}

export const emptyMintFlow = (): MintFlow => ({ step: 'form' });

export function emptyMintDraft(profileId = ''): MintDraft {
  return { fromProfileId: profileId, toProfileId: profileId, toAsset: 'USDC', amount: '' };
}

export function toConversionRequest(draft: MintDraft): ConversionRequest {
  return {
    fromProfileId: draft.fromProfileId,
    fromAsset: 'USD',
    toProfileId: draft.toProfileId,
    toAsset: draft.toAsset as ConversionRequest['toAsset'],
    amount: normalizeAmountText(draft.amount),
  };
}

export function validateMintDraft(draft: MintDraft): FieldErrors {
  const errors: FieldErrors = {};
  if (!draft.fromProfileId) errors.fromProfileId = 'Choose the profile whose USD is minted.';
  if (!draft.toProfileId) errors.toProfileId = 'Choose the profile that receives the stablecoin.';
  const amount = normalizeAmountText(draft.amount);
  if (!amount) errors.amount = 'Enter the USD amount to mint.';
  else {
    const check = checkAmount(amount, 'USD');
    if (!check.ok) errors.amount = `The amount ${check.detail}.`;
  }
  const parsed = ConversionInput.safeParse(toConversionRequest(draft));
  return parsed.success ? errors : { ...fieldErrorsFromIssues(parsed.error.issues), ...errors };
}
