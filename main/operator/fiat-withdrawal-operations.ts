// Wire out USD cash: review what will happen, then, once main's own confirmation says yes
// (worded from main's review: beneficiary, last 4, arrival window, the fee mode), queue the
// wire out in the outbox. Declined: nothing is queued or sent; the refusal is audited. The
// daily limit counts it with redemptions (money leaving Paxos).
import { AppError } from '../../shared/app-error';
import { pathConfirmation } from '../confirm/path-confirmation';
import {
  FiatWithdrawalInput,
  fiatWithdrawalBody,
  fiatWithdrawalConfirmationFacts,
  reviewFiatWithdrawal,
  type FiatWithdrawal,
  type FiatWithdrawalReviewContext,
} from '../desk';
import type { OperatorContext } from './operator-context';
import { enqueueIntent } from './enqueue-intent';
import { requireCapability } from './require-capability';
import { requireConfirmation } from './require-confirmation';

export function createFiatWithdrawalOperations(ctx: OperatorContext) {
  const reviewContext = async (): Promise<FiatWithdrawalReviewContext> => {
    const labels = await ctx.desk().localLabels();
    return {
      environment: ctx.state.get().environment,
      cache: ctx.desk().records,
      settings: ctx.settings.get(),
      wiredTodayUsd: await ctx.desk().redeemedToday(ctx.now()),
      online: ctx.isOnline(),
      now: ctx.now(),
      labelOf: (id) => labels.current(id),
      ownerOf: (id) => ctx.desk().live.accountOwner(id),
    };
  };
  return {
    reviewFiatWithdrawal: async (raw: FiatWithdrawal) =>
      reviewFiatWithdrawal(FiatWithdrawalInput.parse(raw), await reviewContext()),
    submitFiatWithdrawal: async (raw: FiatWithdrawal) => {
      requireCapability(ctx, 'wireOut');
      const input = FiatWithdrawalInput.parse(raw);
      const context = await reviewContext();
      const review = await reviewFiatWithdrawal(input, context);
      const account = await ctx.desk().live.bankAccountFacts(input.fiatAccountId);
      if (!account)
        throw new AppError('validation', 'Choose a bank account to wire the dollars to.', {
          field: 'fiatAccountId',
        });
      const decision = pathConfirmation(
        context.environment,
        fiatWithdrawalConfirmationFacts(review, account, {
          dailyUsd: context.settings.dailySoftLimitUsd,
        }),
      );
      await requireConfirmation(ctx, decision.request, decision.audit);
      // The facts may have moved while the dialog was open (a sync, another call): check again.
      await reviewFiatWithdrawal(input, await reviewContext());
      // The total the operator was shown: at send time a larger one over the limit asks again.
      const limit = {
        day: context.now.toISOString().slice(0, 10),
        totalUsd: review.today.afterUsd,
      };
      return enqueueIntent(
        ctx,
        'create_fiat_withdrawal',
        fiatWithdrawalBody(input, ctx.user),
        'fiat_withdrawal.create',
        decision.audit,
        limit,
      );
    },
  };
}
