// How an intent ends up after an answer: delivered (Paxos has it), failed (Paxos answered with
// an error, or the answer never came), or settled later when its orchestration finishes.
// classifySendFailure draws the line that keeps sends exactly-once: an answer that does not say
// Paxos refused the request leaves the intent to be looked up by ref_id, never resent blindly.
import type { Intent } from '../store/intents/intent';
import type { Delivered } from '../paths/money-path';
import { lastErrorOf } from './last-error';
import type { OutboxOptions } from './outbox-options';
import { classifySendFailure } from './send-outcome';

/**
 * Paxos has it: cache its record, then the intent is submitted (completed at once unless it is
 * an orchestration, which completes later). `ifState` when the operator's abandon found it.
 */
export async function recordDelivered(
  options: OutboxOptions,
  intent: Intent,
  delivered: Delivered,
  when: { ifState?: 'needs_attention' } = {},
): Promise<void> {
  if (delivered.collection && delivered.record)
    await options.cache.put(delivered.collection, delivered.record);
  const submitted = await options.intents.markSubmitted(intent.id, delivered.paxosId, when);
  const final = delivered.done ? await options.intents.markCompleted(intent.id) : submitted;
  options.onOutcome?.(final, 'submitted');
  options.onChange?.();
}

/**
 * A send that did not come back with the record. 'stop' when Paxos could not be reached (the
 * rest of the queue would fail the same way); 'skipped' when this intent alone is held back.
 */
export async function recordFailedSend(
  options: OutboxOptions,
  intent: Intent,
  error: unknown,
): Promise<'skipped' | 'stop'> {
  const failure = classifySendFailure(error);
  if (failure.kind === 'unclear') {
    await options.intents.markReconciling(intent.id, lastErrorOf(error));
    options.onReachability?.(!failure.offline, error);
    options.onChange?.();
    return 'stop';
  }
  options.onReachability?.(true);
  if (failure.kind === 'reconcile') {
    // Paxos says it holds our ref_id but did not show it: look it up, do not resend.
    await options.intents.markReconciling(intent.id, lastErrorOf(error));
    options.onChange?.();
    return 'skipped';
  }
  const updated =
    failure.kind === 'refused'
      ? await options.intents.markFailed(intent.id, lastErrorOf(error))
      : await options.intents.needsAttention(intent.id, failure.reason, lastErrorOf(error));
  options.onOutcome?.(updated, failure.kind === 'refused' ? 'failed' : 'needs_attention', error);
  options.onChange?.();
  return 'skipped';
}

/** An orchestration reached COMPLETED or FAILED: close the intent that created it. */
export async function settleOrchestration(
  options: OutboxOptions,
  paxosId: string,
  status: 'COMPLETED' | 'FAILED',
): Promise<void> {
  for (const intent of options.intents.list({ states: ['submitted'] })) {
    if (intent.kind !== 'create_orchestration' || intent.result?.paxosId !== paxosId) continue;
    if (status === 'COMPLETED') await options.intents.markCompleted(intent.id);
    else await options.intents.markFailed(intent.id);
    options.onChange?.();
  }
}
