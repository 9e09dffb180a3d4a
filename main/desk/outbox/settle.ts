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
import type { Delivered, TransferReader } from '../paths/money-path';
import { readCreditedLegs } from './credited-legs';
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
  // When Paxos made it (its created_at, else now): the day a wire out counts on (wired-out-today.ts).
  const made = delivered.record?.created_at;
  const paxosCreatedAt =
    typeof made === 'string' && !Number.isNaN(Date.parse(made))
      ? made
      : options.now().toISOString();
  const submitted = await options.intents.markSubmitted(intent.id, delivered.paxosId, {
    ...when,
    paxosCreatedAt,
  });
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

/** An orchestration that ended, as a sync cycle (or the cache) reports it. */
export interface Ending {
  paxosId: string;
  status: string;
  reason?: string;
}

/**
 * An orchestration ended (the status table says terminal): close the intent that created it.
 * COMPLETED completes it; FAILED and REJECTED fail it, with Paxos's reason when it gave one.
 * A rejected request is `failed`, not a state of its own: it ended without moving money exactly
 * as a failed one did, the state machine and the terminal-stays-terminal trigger already keep a
 * failed intent from ever being sent again, and the daily total already leaves failed ones out.
 * What sets it apart for the operator is its last error ("Rejected by Paxos: …").
 */
export function settleOrchestration(
  options: OutboxOptions,
  paxosId: string,
  status: string,
  reason?: string,
): Promise<void> {
  return settleOrchestrations(options, [{ paxosId, status, ...(reason ? { reason } : {}) }]);
}

/**
 * Orchestrations that ended together (one cycle's): the submitted requests are read once, and
 * the legs their completion checks read are read in one go (credited-legs.ts): the requests a
 * cycle makes grow with a hundredth of what ended, never one by one.
 */
export async function settleOrchestrations(
  options: OutboxOptions,
  endings: readonly Ending[],
): Promise<void> {
  const waiting = new Map<string, Intent[]>();
  for (const intent of options.intents.list({ states: ['submitted'] })) {
    const paxosId = intent.result?.paxosId;
    if (!createsOrchestration(intent.kind) || !paxosId) continue;
    waiting.set(paxosId, [...(waiting.get(paxosId) ?? []), intent]);
  }
  const work = [];
  for (const { paxosId, status, reason } of endings) {
    const ending = settlementOf(status, reason);
    if (!ending) continue;
    for (const intent of waiting.get(paxosId) ?? []) work.push({ intent, paxosId, ending });
    waiting.delete(paxosId); // an orchestration reported ended twice is settled once
  }
  const checked = work.filter((w) => w.ending.completed && routeFor(w.intent.kind).checkCompletion);
  const legs = checked.length > 0 ? await legsFor(options, checked) : undefined;
  for (const { intent, paxosId, ending } of work) {
    if (!ending.completed) await options.intents.markFailed(intent.id, ending.error);
    else if (!(await completeChecked(options, intent, paxosId, legs))) continue;
    options.onChange?.();
  }
}

/** The credited legs of the orchestrations whose completion is checked, read at once. */
async function legsFor(
  options: OutboxOptions,
  checked: readonly { paxosId: string }[],
): Promise<TransferReader | undefined> {
  const client = options.getClient();
  if (!client) return undefined;
  const records = [];
  for (const { paxosId } of checked) {
    const cached = await options.cache.get('orchestrations', paxosId);
    if (cached) records.push(cached.record);
  }
  return readCreditedLegs(client, records);
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
  legs: TransferReader | undefined,
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
    alert = await check(legs ?? client, intent, cached.record);
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
 * orchestration after it ended (a stray noticed late, a recheck after damage, a completion whose
 * check could not be made) never sees one.
 */
export async function settleEnded(options: OutboxOptions): Promise<void> {
  const endings: Ending[] = [];
  for (const intent of options.intents.list({ states: ['submitted'] })) {
    const paxosId = intent.result?.paxosId;
    if (!createsOrchestration(intent.kind) || !paxosId) continue;
    const status = options.cache.statusOf('orchestrations', paxosId);
    if (status === undefined || !isTerminalOrchestration(status.toUpperCase())) continue;
    const cached = await options.cache.get('orchestrations', paxosId);
    const reason = failDetail(cached?.record);
    endings.push({ paxosId, status, ...(reason ? { reason } : {}) });
  }
  if (endings.length > 0) await settleOrchestrations(options, endings);
}
