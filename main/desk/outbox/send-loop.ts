// The sending loop: what is left mid-send is looked up first, then what waits in `reconciling`,
// then the queue is sent oldest first. The "sending" mark is durable before a request leaves,
// so a crash or a storage error can only leave an intent to be looked up, never resent blindly.
// One intent's failure never stops the others; Paxos being unreachable stops the loop.
import { AppError } from '../../../shared/app-error';
import type { PaxosClient } from '../../paxos';
import type { Intent } from '../store/intents/intent';
import { isQueuedIntentExpired } from '../store/intents/intent-state-machine';
import type { Delivered } from '../paths/money-path';
import { routeFor } from '../paths/registry';
import type { FlushResult, OutboxOptions } from './outbox-options';
import { reconcile } from './reconcile';
import { recordDelivered, recordFailedSend } from './settle';

/** At start: anything caught mid-send may have reached Paxos, so it is looked up first. */
export async function recover(options: OutboxOptions): Promise<number> {
  const stuck = options.intents.list({ states: ['sending'] });
  for (const intent of stuck) await options.intents.markReconciling(intent.id);
  return stuck.length;
}

/** One pass over the outbox; the caller makes sure only one runs at a time. */
export async function runFlush(options: OutboxOptions): Promise<FlushResult> {
  // Opening no longer reads every page of the intents and the audit log: damage there is found
  // by the background check, and a send must not slip in before it (an operator's request or
  // confirmation flushes at once, before any sync). Once it is done, damage found holds sending
  // (getClient gives none while held).
  await options.checkedBeforeSending?.();
  const client = options.getClient();
  if (!client) return { sent: 0, stoppedOffline: false };
  // Cooling down after a 429 (at most ten minutes, or until "retry now"): nothing would leave,
  // so nothing is marked as sending; queued stays "never left this desk".
  if (client.coolDownUntil()) return { sent: 0, stoppedOffline: true };
  // Flushes run one at a time, so an intent still in `sending` here was left by a send whose
  // outcome could not be stored (a storage error): look it up like after a crash.
  await recover(options);
  for (const intent of options.intents.list({ states: ['reconciling'] })) {
    const ok = await isolated(options, intent, () => reconcile(options, client, intent), true);
    if (!ok) return { sent: 0, stoppedOffline: true };
  }
  let sent = 0;
  for (const intent of options.intents.list({ states: ['queued'] })) {
    const outcome = await isolated(
      options,
      intent,
      () => sendOne(options, client, intent),
      'skipped' as const,
    );
    if (outcome === 'stop') return { sent, stoppedOffline: true };
    if (outcome === 'sent') sent += 1;
  }
  return { sent, stoppedOffline: false };
}

/** One intent's handling: a state conflict (the operator acted meanwhile) or a storage error stays with it. */
async function isolated<T>(
  options: OutboxOptions,
  intent: Intent,
  work: () => Promise<T>,
  fallback: T,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const raced = error instanceof AppError && error.code === 'conflict';
    if (!raced) options.onBackgroundError?.(error, intent);
    options.onChange?.();
    return fallback;
  }
}

async function sendOne(
  options: OutboxOptions,
  client: PaxosClient,
  intent: Intent,
): Promise<'sent' | 'skipped' | 'stop'> {
  // Expired, or the balance or destination changed since it was confirmed: ask again first.
  const found = isQueuedIntentExpired(intent, options.now(), options.expiryMinutes())
    ? 'expired'
    : await options.precheck?.(intent);
  if (found) {
    // With its figures when the check has them ("today's total is now 1,300.00 of 1,000.00").
    const reason = typeof found === 'string' ? found : found.reason;
    const why = typeof found === 'string' ? undefined : { code: reason, message: found.message };
    await options.intents.needsReconfirmation(intent.id, reason, why);
    options.onChange?.();
    return 'skipped';
  }
  // Durable before the request leaves: from here on a crash means "look it up first".
  const sending = await options.intents.markSending(intent.id);
  options.onChange?.();
  let delivered: Delivered;
  try {
    delivered = await routeFor(intent.kind).send(client, sending);
  } catch (error) {
    return recordFailedSend(options, sending, error);
  }
  options.onReachability?.(true);
  // A storage error from here on propagates: the intent stays `sending` on disk, and the next
  // flush or start looks it up by ref_id instead of sending it again.
  await recordDelivered(options, sending, delivered);
  return 'sent';
}
