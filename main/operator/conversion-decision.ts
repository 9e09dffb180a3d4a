// Main's decision on a conversion, new or waiting in the outbox: the review from main's own
// facts (profiles, balance, today's conversions inside Paxos with `exceptRefId` left out, the
// conversion limits) worded by the path's confirmation facts, plus the environment.
import { pathConfirmation, type Decision } from '../confirm/path-confirmation';
import {
  conversionConfirmationFacts,
  reviewConversion,
  type ConversionRequest,
  type ConversionReviewContext,
  type LimitAccepted,
} from '../desk';
import type { OperatorContext } from './operator-context';

export async function conversionReviewContext(
  ctx: OperatorContext,
  exceptRefId?: string,
): Promise<ConversionReviewContext> {
  return {
    environment: ctx.state.get().environment,
    cache: ctx.desk().records,
    settings: ctx.settings.get(),
    convertedTodayUsd: await ctx.desk().convertedToday(ctx.now(), exceptRefId),
    online: ctx.isOnline(),
  };
}

export async function conversionDecision(
  ctx: OperatorContext,
  input: ConversionRequest,
  exceptRefId?: string,
): Promise<Decision & { limit: LimitAccepted }> {
  const review = await reviewConversion(input, await conversionReviewContext(ctx, exceptRefId));
  const decision = pathConfirmation(
    ctx.state.get().environment,
    conversionConfirmationFacts(review, ctx.settings.get().dailyConversionSoftLimitUsd),
  );
  // The total this dialog shows: sent later over a larger one, it asks again (limit-at-send.ts).
  return {
    ...decision,
    limit: { day: ctx.now().toISOString().slice(0, 10), totalUsd: review.today.afterUsd },
  };
}
