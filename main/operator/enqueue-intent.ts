// The one way a handler asks for a change at Paxos: record the intent durably (audit first),
// publish it as "queued — not sent", then let the outbox send it in the background.
import type { IntentView } from '../../shared/views';
import { type IntentKind, type IntentPayloads, type LimitAccepted, intentView } from '../desk';
import type { OperatorContext } from './operator-context';

export async function enqueueIntent<K extends IntentKind>(
  ctx: OperatorContext,
  kind: K,
  payload: IntentPayloads[K],
  action: string,
  /** The decision's values for the audit log (amount, destination, ...): never secrets. */
  details?: Record<string, unknown>,
  /** Today's total main's dialog showed for a daily limit (checked again when it is sent). */
  limit?: LimitAccepted,
): Promise<IntentView> {
  const desk = ctx.desk();
  const intent = await desk.enqueue(kind, payload, limit);
  await desk.record({
    action,
    outcome: 'requested',
    refId: intent.refId,
    ...(details ? { details } : {}),
  });
  await ctx.publishDesk();
  // Not awaited: the operator sees "queued", then "sending", "submitted" as state deltas.
  // Known offline: leave it queued (not "may have been sent"); the sync engine's next probe
  // that reaches Paxos flushes the outbox.
  if (ctx.state.get().connection.status !== 'offline')
    void desk.flushInBackground().then(() => ctx.publishDesk());
  return intentView(intent, await desk.labels());
}
