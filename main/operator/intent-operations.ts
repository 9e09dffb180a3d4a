// Intents: the operator's decisions on a request that may have reached Paxos (issue 11): abandon
// it after a definite lookup found nothing, and "retry now" to end a cool-down for one attempt.
// (Cancel and confirm, for requests still on this desk, are served by activity-operations.ts.)
import type { OperatorContext } from './operator-context';
import { intentView } from '../desk';

export function createIntentOperations(ctx: OperatorContext) {
  return {
    abandonIntent: async ({ id }: { id: string }) => {
      const desk = ctx.desk();
      const intent = await desk.abandonIntent(id);
      await desk.record({
        action: 'intent.abandon',
        outcome: intent.state === 'abandoned' ? 'cancelled' : 'info',
        refId: intent.refId,
        details: { state: intent.state, checks: intent.checks ?? 0 },
      });
      await ctx.publishDesk();
      return intentView(intent, await desk.labels());
    },
    retryNow: async () => {
      const desk = ctx.desk();
      desk.retryNow();
      await desk.record({ action: 'outbox.retry_now', outcome: 'requested' });
      // One attempt: a full cycle (which flushes the outbox); a new 429 starts a new cool-down.
      await desk.refreshNow();
      await ctx.publishDesk();
      return { done: true as const };
    },
  };
}
