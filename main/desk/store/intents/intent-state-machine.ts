// The allowed life of an intent. Pure: no I/O, so the outbox, the UI and tests share one truth.
//
//   queued ──► sending ──► submitted ──► completed | failed
//     │           ├──► failed            (Paxos refused it outright: nothing was created)
//     │           ├──► needs_attention   (Paxos refused it, the operator may fix and retry)
//     │           └──► reconciling ──► submitted        (found by ref_id: it went through)
//     │                     ├──► queued                 (proved absent: send again, same ref_id)
//     │                     └──► needs_attention        (cannot tell: ask the operator)
//     ├──► needs_attention ──► queued (re-confirmed) | cancelled (never left this desk)
//     │                   ├──► submitted (a definite lookup found it)
//     │                   └──► abandoned (a definite lookup found nothing) ──► queued (same ref_id)
//     └──► cancelled (never left this desk)
//   cancelled | abandoned ──► submitted: it turned up at Paxos after all (an alert is raised)
//
// sending → queued is deliberately impossible: after a timeout, a dropped connection or a
// crash the request may have reached Paxos, so the intent goes through `reconciling` (lookup
// by ref_id) first. On start, every intent found in `sending` must be moved to `reconciling`.
// Cancelling is allowed only for an intent that never left this desk (`mayHaveBeenSent` is
// false); one that may have reached Paxos can only be abandoned, after a definite lookup.
import { AppError } from '../../../../shared/app-error';
import type { Intent, IntentState } from './intent';

const allowed: Readonly<Record<IntentState, readonly IntentState[]>> = {
  queued: ['sending', 'needs_attention', 'cancelled'],
  sending: ['submitted', 'failed', 'needs_attention', 'reconciling'],
  reconciling: ['submitted', 'queued', 'needs_attention'],
  submitted: ['completed', 'failed'],
  needs_attention: ['queued', 'cancelled', 'submitted', 'abandoned'],
  completed: [],
  failed: [],
  cancelled: ['submitted'],
  abandoned: ['queued', 'submitted'],
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
  abandoned: 'abandoned (not found at Paxos)',
};

export function canTransition(from: IntentState, to: IntentState): boolean {
  return allowed[from].includes(to);
}

/** Nothing more happens to it by itself (cancelled and abandoned wake only if Paxos shows them). */
export function isTerminal(state: IntentState): boolean {
  return ['completed', 'failed', 'cancelled', 'abandoned'].includes(state);
}

/** True once a request for this intent may have left the machine. */
export function mayHaveBeenSent(intent: Pick<Intent, 'state' | 'attempts'>): boolean {
  return (
    intent.attempts > 0 ||
    ['sending', 'reconciling', 'submitted', 'completed', 'abandoned'].includes(intent.state)
  );
}

/** Cancel is for requests that never left this desk; anything else may be at Paxos already. */
export function assertCancellable(intent: Pick<Intent, 'state' | 'attempts'>): void {
  if (mayHaveBeenSent(intent)) {
    throw new AppError(
      'conflict',
      'This request may already have reached Paxos, so it cannot be cancelled. Treasury Desk checks with Paxos; if it is not found there you can abandon it.',
      { state: intent.state, attempts: intent.attempts },
    );
  }
}

export function assertTransition(from: IntentState, to: IntentState): void {
  if (canTransition(from, to)) return;
  const message =
    to === 'cancelled' &&
    ['sending', 'reconciling', 'submitted', 'completed', 'failed'].includes(from)
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
