// How an intent ends up after an answer: delivered (Paxos has it), failed (Paxos answered with
// an error, or the answer never came), or settled later when its orchestration finishes.
// classifySendFailure draws the line that keeps sends exactly-once: an answer that does not say
// Paxos refused the request leaves the intent to be looked up by ref_id, never resent blindly.
import {
  isTerminalOrchestration,
  orchestrationStatusMeaning,
} from '../../../shared/paxos/status-meanings';
import { TransferSchema, type Transfer } from '../../../shared/paxos/responses';
import { settleWireOuts } from '../incoming/outgoing-wires';
import { createsOrchestration, type Intent, type IntentError } from '../store/intents/intent';
import { routeFor } from '../paths/registry';
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
  // Found by a lookup after it had already ended (a rejection decided while the answer was
  // lost): the sync will see no change of status, so it is settled now or never.
  const status = delivered.record?.status;
  if (delivered.collection === 'orchestrations' && typeof status === 'string')
    await settleOrchestration(options, delivered.paxosId, status, failDetail(delivered.record));
  // A wire out's transfer is read by the money-in sync only while it is newer than what that
  // sync read last: one found already COMPLETED or FAILED is closed now, or it never is.
  if (intent.kind === 'create_fiat_withdrawal' && isTransfer(delivered.record))
    await settleWireOuts(options.intents, [delivered.record], () => options.onChange?.());
}

const isTransfer = (record: unknown): record is Transfer =>
  TransferSchema.safeParse(record).success;

/** Paxos's reason on an orchestration that failed or was rejected, when it gave one. */
export function failDetail(record: unknown): string | undefined {
  const detail = (record as { fail_reason?: { detail?: unknown } } | undefined)?.fail_reason
    ?.detail;
  return typeof detail === 'string' && detail ? detail : undefined;
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

/**
 * An orchestration ended (the status table says terminal): close the intent that created it.
 * COMPLETED completes it; FAILED and REJECTED fail it, with Paxos's reason when it gave one.
 * A rejected request is `failed`, not a state of its own: it ended without moving money exactly
 * as a failed one did, the state machine and the terminal-stays-terminal trigger already keep a
 * failed intent from ever being sent again, and the daily total already leaves failed ones out.
 * What sets it apart for the operator is its last error ("Rejected by Paxos: …").
 */
export async function settleOrchestration(
  options: OutboxOptions,
  paxosId: string,
  status: string,
  reason?: string,
): Promise<void> {
  const ending = settlementOf(status, reason);
  if (!ending) return;
  for (const intent of options.intents.list({ states: ['submitted'] })) {
    if (!createsOrchestration(intent.kind) || intent.result?.paxosId !== paxosId) continue;
    if (!ending.completed) await options.intents.markFailed(intent.id, ending.error);
    else if (!(await completeChecked(options, intent, paxosId))) continue;
    options.onChange?.();
  }
}

/**
 * Completes the intent once what Paxos did is checked (a conversion: the amount credited). False
 * when it cannot be checked yet (no client, Paxos unreachable): it stays submitted, and
 * settleEnded checks it again after the next sync, so a completion is never taken unchecked.
 */
async function completeChecked(
  options: OutboxOptions,
  intent: Intent,
  paxosId: string,
): Promise<boolean> {
  const check = routeFor(intent.kind).checkCompletion;
  if (!check) {
    await options.intents.markCompleted(intent.id);
    return true;
  }
  const client = options.getClient();
  const cached = await options.cache.get('orchestrations', paxosId);
  if (!client || !cached) return false;
  let alert;
  try {
    alert = await check(client, intent, cached.record);
  } catch {
    return false;
  }
  await options.intents.markCompleted(intent.id, alert && { code: 'credited_mismatch', ...alert });
  if (alert) options.onAlert?.({ ...intent, alert: alert.message });
  return true;
}

/** How a status closes an intent, or undefined while it may still move. */
function settlementOf(
  status: string,
  reason: string | undefined,
): { completed: true } | { completed: false; error?: IntentError } | undefined {
  const meaning = orchestrationStatusMeaning(status.toUpperCase());
  if (!meaning.terminal) return undefined;
  if (meaning.outcome === 'succeeded') return { completed: true };
  if (meaning.outcome === 'rejected')
    return {
      completed: false,
      error: { code: 'rejected', message: `Rejected by Paxos${reason ? `: ${reason}` : '.'}` },
    };
  return { completed: false, ...(reason ? { error: { code: 'failed', message: reason } } : {}) };
}

/**
 * Submitted requests whose orchestration the cache already holds as ended: closed now. A status
 * change is reported once, when the sync sees it move; a request that comes to follow an
 * orchestration after it ended (a stray noticed late, a recheck after damage) never sees one.
 */
export async function settleEnded(options: OutboxOptions): Promise<void> {
  for (const intent of options.intents.list({ states: ['submitted'] })) {
    const paxosId = intent.result?.paxosId;
    if (!createsOrchestration(intent.kind) || !paxosId) continue;
    const status = options.cache.statusOf('orchestrations', paxosId);
    if (status === undefined || !isTerminalOrchestration(status.toUpperCase())) continue;
    const cached = await options.cache.get('orchestrations', paxosId);
    await settleOrchestration(options, paxosId, status, failDetail(cached?.record));
  }
}
