// The conversion being prepared (an asset in a profile → another asset in the same or another
// profile: a mint, a conversion between stablecoins, or a redemption into USD cash), and the
// checks it must pass before "Review" asks main. Main reviews and confirms it again from its own
// facts; these checks only spare the operator a round trip.
import type { OperationInput } from '../../../../shared/contract';
import type { ConversionReview } from '../../../../shared/conversion-review';
import { parseAmountText } from '../../../../shared/amount-parse';
import { ConversionInput } from '../../../../shared/operation-inputs';
import { fieldErrorsFromIssues, type FieldErrors } from '../../errors/field-errors';
import type { ReviewFlowState } from '../../hooks/useReviewFlow';

export type ConversionRequest = OperationInput<'submitConversion'>;
type Asset = ConversionRequest['fromAsset'];

export interface ConversionDraft {
  fromProfileId: string;
  fromAsset: string;
  toProfileId: string;
  toAsset: string;
  amount: string;
}

/** Where the operator is in the flow (a draft, so leaving the screen loses nothing). */
export type ConversionFlowState = ReviewFlowState<ConversionReview, ConversionRequest>;

export const emptyConversionFlow = (): ConversionFlowState => ({ step: 'form' });

export function emptyConversionDraft(
  profileId = '',
  pair: { fromAsset: string; toAsset: string } = { fromAsset: 'USD', toAsset: 'USDC' },
): ConversionDraft {
  return { fromProfileId: profileId, toProfileId: profileId, ...pair, amount: '' };
}

export function toConversionRequest(draft: ConversionDraft): ConversionRequest {
  return {
    fromProfileId: draft.fromProfileId,
    fromAsset: draft.fromAsset as Asset,
    toProfileId: draft.toProfileId,
    toAsset: draft.toAsset as Asset,
    amount: draftAmount(draft),
  };
}

/** The amount as main takes it (canonical), or the text as typed when it does not read. */
function draftAmount(draft: ConversionDraft): string {
  const reading = parseAmountText(draft.amount, draft.fromAsset);
  return reading.ok ? reading.amount : draft.amount.trim();
}

export function validateConversionDraft(draft: ConversionDraft): FieldErrors {
  const errors: FieldErrors = {};
  if (!draft.fromProfileId)
    errors.fromProfileId = `Choose the profile the ${draft.fromAsset} leaves.`;
  if (!draft.toProfileId)
    errors.toProfileId = `Choose the profile that receives the ${draft.toAsset}.`;
  if (draft.fromAsset === draft.toAsset)
    errors.toAsset = `Choose another asset than ${draft.fromAsset} to receive.`;
  const reading = parseAmountText(draft.amount, draft.fromAsset);
  if (!reading.ok)
    errors.amount =
      reading.code === 'empty'
        ? `Enter the ${draft.fromAsset} amount to convert.`
        : reading.message;
  const parsed = ConversionInput.safeParse(toConversionRequest(draft));
  return parsed.success ? errors : { ...fieldErrorsFromIssues(parsed.error.issues), ...errors };
}
