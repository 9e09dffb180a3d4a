// Every Paxos answer that closes an intent is checked against what was asked: ref_id, profile,
// asset, amount and destination (the bank account, or the rule's destination). Each path says
// what its answers must match (its route's checkAnswer); this is how a difference is told. A
// record that differs is never taken as done: it raises answer_mismatch with both sides, and the
// outbox puts the intent in front of the operator instead of retrying or reconciling it.
import { AppError } from '../../../shared/app-error';
import type { Intent } from '../store/intents/intent';
import type { Delivered, Mismatch } from './money-path';

export function mismatchError(
  intent: Intent,
  found: Mismatch,
  extra: Record<string, unknown> = {},
): AppError {
  return new AppError(
    'answer_mismatch',
    `Paxos answered with a record whose ${found.field} is ${found.answered}, but this request asked for ${found.asked}. It was not taken as done.`,
    { refId: intent.refId, ...found, ...extra },
  );
}

/** A create answered without a record cannot be checked, so it is not taken as done. */
export const noRecord = (refId: string): Mismatch => ({
  field: 'record',
  asked: refId,
  answered: '(none)',
});

/** An update or delete must answer for the very record it named. */
export function sameTarget(target: string, delivered: Delivered): Mismatch | undefined {
  return delivered.paxosId === target
    ? undefined
    : { field: 'id', asked: target, answered: delivered.paxosId };
}
