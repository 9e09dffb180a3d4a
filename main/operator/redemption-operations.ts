// Redeem: review what will happen, then, once main's own confirmation says yes, queue the
// redemption in the outbox. Declined: nothing is queued or sent; the refusal is audited.
import { AppError } from '../../shared/app-error';
import { pathConfirmation } from '../confirm/path-confirmation';
import {
  prepareRedemption,
  redemptionConfirmationFacts,
  reviewRedemption,
  type Redemption,
  type ReviewContext,
} from '../desk';
import type { OperatorContext } from './operator-context';
import { enqueueIntent } from './enqueue-intent';
import { requireCapability } from './require-capability';
import { requireConfirmation } from './require-confirmation';

export function createRedemptionOperations(ctx: OperatorContext) {
  const reviewContext = async (): Promise<ReviewContext> => ({
    environment: ctx.state.get().environment,
    cache: ctx.desk().records,
    settings: ctx.settings.get(),
    redeemedTodayUsd: await ctx.desk().redeemedToday(ctx.now()),
    online: ctx.isOnline(),
    now: ctx.now(),
    // The beneficiary from Paxos's full record when the list left it out (kept in the cache).
    ownerOf: (id) => ctx.desk().live.accountOwner(id),
  });
  return {
    reviewRedemption: async (input: Redemption) => {
      const labels = await ctx.desk().localLabels();
      return reviewRedemption(input, {
        ...(await reviewContext()),
        labelOf: (id) => labels.current(id),
      });
    },
    submitRedemption: async (input: Redemption) => {
      requireCapability(ctx, 'redeem');
      const review = await reviewContext();
      const prepared = await prepareRedemption(input, review, ctx.user);
      const account = await ctx.desk().live.bankAccountFacts(input.fiatAccountId);
      if (!account)
        throw new AppError('validation', 'Choose a bank account to wire the dollars to.', {
          field: 'fiatAccountId',
        });
      const decision = pathConfirmation(
        review.environment,
        redemptionConfirmationFacts(prepared.review, account, {
          perRedemptionUsd: review.settings.perRedemptionSoftLimitUsd,
          dailyUsd: review.settings.dailySoftLimitUsd,
        }),
      );
      await requireConfirmation(ctx, decision.request, decision.audit);
      // The facts may have moved while the dialog was open (a sync, another call): check again.
      const { body } = await prepareRedemption(input, await reviewContext(), ctx.user);
      // The total the operator was shown: at send time a larger one over the limit asks again.
      const limit = {
        day: (review.now ?? ctx.now()).toISOString().slice(0, 10),
        totalUsd: prepared.review.today.afterUsd,
      };
      return enqueueIntent(
        ctx,
        'create_orchestration',
        body,
        'redemption.create',
        decision.audit,
        limit,
      );
    },
  };
}
