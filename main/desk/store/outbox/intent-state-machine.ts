// The allowed life of an intent. Pure: no I/O, so the outbox, the UI and tests share one truth.
//
//   queued ──► sending ──► submitted ──► completed | failed
//     │           ├──► failed            (Paxos refused it outright: nothing was created)
//     │           ├──► needs_attention   (Paxos refused it, the operator may fix and retry)
//     │           └──► reconciling ──► submitted        (found by ref_id: it went through)
//     │                     ├──► queued                 (proved absent: safe to send again)
//     │                     └──► needs_attention        (cannot tell: ask the operator)
//     ├──► needs_attention ──► queued (re-confirmed) | cancelled
//     └──► cancelled
//
// sending → queued is deliberately impossible: after a timeout, a dropped connection or a
// crash the request may have reached Paxos, so the intent goes through `reconciling` (lookup
// by ref_id) first. On start, every intent found in `sending` must be moved to `reconciling`.
import { AppError } from '../../../../shared/app-error';
import type { Intent, IntentState } from './intent';

const allowed: Readonly<Record<IntentState, readonly IntentState[]>> = {
  queued: ['sending', 'needs_attention', 'cancelled'],
  sending: ['submitted', 'failed', 'needs_attention', 'reconciling'],
  reconciling: ['submitted', 'queued', 'needs_attention'],
  submitted: ['completed', 'failed'],
  needs_attention: ['queued', 'cancelled'],
  completed: [],
  failed: [],
  cancelled: [],
};

const labels: Readonly<Record<IntentState, string>> = {
  queued: 'queued (not sent)',
  sending: 'being sent to Paxos',
  reconciling: 'being checked with Paxos',
  submitted: 'accepted by Paxos',
  completed: 'completed',
  failed: 'failed',
  needs_attention: 'waiting for your confirmation',
  cancelled: 'cancelled',
};

export function canTransition(from: IntentState, to: IntentState): boolean {
  return allowed[from].includes(to);
}

export function isTerminal(state: IntentState): boolean {
  return allowed[state].length === 0;
}

/** True once a request for this intent may have left the machine. */
export function mayHaveBeenSent(intent: Pick<Intent, 'state' | 'attempts'>): boolean {
  return intent.attempts > 0 || !['queued', 'cancelled'].includes(intent.state);
}

export function assertTransition(from: IntentState, to: IntentState): void {
  if (canTransition(from, to)) return;
  const message =
    to === 'cancelled' && ['sending', 'reconciling', 'submitted', 'completed', 'failed'].includes(from)
      ? 'This request has already been sent to Paxos and can no longer be cancelled.'
      : `This request is ${labels[from]} and cannot become ${labels[to]}.`;
  throw new AppError('conflict', message, { from, to });
}

/** A queued intent older than the expiry (since creation or last confirmation) must be confirmed again. */
export function isQueuedIntentExpired(
  intent: Pick<Intent, 'state' | 'createdAt' | 'confirmedAt'>,
  now: Date,
  expiryMinutes: number,
): boolean {
  if (intent.state !== 'queued') return false;
  const since = Date.parse(intent.confirmedAt ?? intent.createdAt);
  return now.getTime() - since > expiryMinutes * 60_000;
}
