// Redeem: review what will happen, then queue the confirmed redemption in the outbox.
import type { JsonValue } from '../../desk/store/outbox/intent';
import { prepareRedemption, reviewRedemption, type Redemption, type ReviewContext } from '../../desk/workflows/redemption';
import { localLabelsFor } from '../../desk/bank-accounts/local-labels';
import { environmentDir } from '../../desk/store/environment-dir';
import type { HandlerContext } from './handler-context';
import { enqueueIntent } from './enqueue-intent';

export function createRedemptionHandlers(ctx: HandlerContext) {
  const reviewContext = (): ReviewContext => ({
    environment: ctx.state.get().environment,
    cache: ctx.desk().cache,
    settings: ctx.settings.get(),
    redeemedTodayUsd: ctx.state.get().redeemedTodayUsd,
    online: ctx.isOnline(),
    now: ctx.now(),
  });
  return {
    reviewRedemption: async (input: Redemption) => {
      const desk = ctx.desk();
      const labels = await localLabelsFor(environmentDir(desk.options.dataDir, desk.options.environment));
      return reviewRedemption(input, { ...reviewContext(), labelOf: (id) => labels.current(id) });
    },
    submitRedemption: async (input: Redemption) => {
      const { body } = await prepareRedemption(input, reviewContext(), ctx.user);
      return enqueueIntent(ctx, 'create_orchestration', body as unknown as Record<string, JsonValue>, 'redemption.create');
    },
  };
}
