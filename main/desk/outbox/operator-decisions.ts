// What the operator decides about a request (issue 11). A request that never left this desk may
// be cancelled. One that may have reached Paxos is settled only by a definite lookup: found, it
// follows the orchestration; absent, the operator may abandon it ("not found at Paxos after N
// checks"). Sending it again reuses its ref_id, so if it did reach Paxos, Paxos answers 409.
// Each decision is written only if the intent is still in the state it was decided on.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/app-error';
import { intentRequest } from '../../../shared/intent-payloads';
import type { Intent, IntentKind, IntentPayloads, LimitAccepted } from '../store/intents/intent';
import { assertCancellable, mayHaveBeenSent } from '../store/intents/intent-state-machine';
import { routeFor } from '../paths/registry';
import type { OutboxOptions } from './outbox-options';
import { sameJson } from './same-json';
import { recordDelivered } from './settle';

/**
 * A new request, or, when the operator sends again exactly what they abandoned, the abandoned
 * intent itself back in the queue under its ref_id (so if it did reach Paxos, Paxos answers 409).
 */
export async function enqueue<K extends IntentKind>(
  options: OutboxOptions,
  kind: K,
  payload: IntentPayloads[K],
  limit?: LimitAccepted,
): Promise<Intent> {
  const request = intentRequest(kind, payload);
  const same = options.intents
    .list({ states: ['abandoned'] })
    .find((i) => i.kind === kind && sameJson(i.payload, request.payload));
  const accepted = limit ? { limitAccepted: limit } : {};
  const intent = same
    ? await options.intents.requeueAbandoned(same.id, options.now().toISOString(), limit)
    : await options.intents.create({ ...request, refId: `td-${randomUUID()}`, ...accepted });
  options.onChange?.();
  return intent;
}

/**
 * Only a request that never left this desk. The check and the write are decided on the same
 * state (`cancel(id, fromState)`); `attempts` only grows by entering `sending`, which changes the state.
 */
export async function cancel(options: OutboxOptions, id: string): Promise<Intent> {
  const current = requireIntent(options, id);
  assertCancellable(current);
  const intent = await options.intents.cancel(id, current.state);
  options.onChange?.();
  return intent;
}

/**
 * The operator gives up a request that may have reached Paxos. Allowed only after a definite
 * lookup, done now: found, the intent follows what Paxos has; absent, it is abandoned,
 * labelled with the number of checks. Unreachable Paxos: refused, nothing changes.
 */
export async function abandon(options: OutboxOptions, id: string): Promise<Intent> {
  const current = requireIntent(options, id);
  if (current.state !== 'needs_attention')
    throw new AppError('conflict', 'Only a request waiting for you can be abandoned.', {
      state: current.state,
    });
  if (!mayHaveBeenSent(current))
    throw new AppError('conflict', 'This request never left Treasury Desk: cancel it instead.', {
      state: current.state,
    });
  if (current.lastError?.code === 'answer_mismatch') {
    throw new AppError(
      'conflict',
      'Paxos holds a different record under this reference. Resolve it with Paxos; it cannot be abandoned.',
      { refId: current.refId },
    );
  }
  const client = options.getClient();
  if (!client)
    throw new AppError(
      'not_configured',
      'Paxos cannot be checked without credentials, so the request cannot be abandoned yet.',
    );
  const found = await routeFor(current.kind).lookup(client, current);
  const checks = (current.checks ?? 0) + 1;
  if (found) {
    await recordDelivered(options, current, found, { ifState: 'needs_attention' });
    return requireIntent(options, id);
  }
  const intent = await options.intents.abandon(id, checks);
  options.onChange?.();
  return intent;
}

/**
 * The operator confirmed again: an expired or flagged intent may be sent. Not one whose answer
 * did not match what was asked: sending it again cannot fix what Paxos holds.
 */
export async function confirm(
  options: OutboxOptions,
  id: string,
  limit?: LimitAccepted,
): Promise<Intent> {
  const current = requireIntent(options, id);
  if (current.lastError?.code === 'answer_mismatch' && current.state === 'needs_attention') {
    throw new AppError(
      'conflict',
      'Paxos answered with a different record for this request. It is not sent again; resolve it with Paxos.',
      { refId: current.refId },
    );
  }
  const at = options.now().toISOString();
  const intent = await options.intents.reconfirm(id, current.state, at, limit);
  options.onChange?.();
  return intent;
}

function requireIntent(options: OutboxOptions, id: string): Intent {
  const current = options.intents.get(id);
  if (!current) throw new AppError('not_found', 'This outbox request no longer exists.', { id });
  return current;
}
