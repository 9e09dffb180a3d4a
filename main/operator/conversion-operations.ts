// Convert between profiles (a mint: USD → a stablecoin): review what will happen, then, once
// main's own confirmation says yes, queue the conversion in the outbox. Reviewed and confirmed
// from main's facts (cache, settings, today's conversions inside Paxos — apart from wires).
// Declined: nothing is queued or sent; the refusal is audited (requireConfirmation).
import { conversionBody, type ConversionRequest } from '../desk';
import { conversionDecision, conversionReviewContext } from './conversion-decision';
import type { OperatorContext } from './operator-context';
import { enqueueIntent } from './enqueue-intent';
import { requireCapability } from './require-capability';
import { requireConfirmation } from './require-confirmation';
import { reviewConversion } from '../desk';

export function createConversionOperations(ctx: OperatorContext) {
  return {
    reviewConversion: async (input: ConversionRequest) =>
      reviewConversion(input, await conversionReviewContext(ctx)),
    submitConversion: async (input: ConversionRequest) => {
      // The same Paxos scope as a redemption (orchestration:write_orchestration).
      requireCapability(ctx, 'redeem');
      const decision = await conversionDecision(ctx, input);
      await requireConfirmation(ctx, decision.request, decision.audit);
      // The facts may have moved while the dialog was open (a sync, another call): check again.
      await reviewConversion(input, await conversionReviewContext(ctx));
      return enqueueIntent(
        ctx,
        'create_conversion',
        conversionBody(input, ctx.user),
        'conversion.create',
        decision.audit,
        decision.limit,
      );
    },
  };
}
