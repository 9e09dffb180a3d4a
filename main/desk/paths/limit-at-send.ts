// The daily soft limit as it stands when a queued request leaves, for every path that counts one
// (redemption, wire out, conversion): the day's total for the account
// with this request, against the limit, and against the total main's dialog showed when the
// operator confirmed it that same day (`limitAccepted`). Within the limit it leaves; over it, it
// leaves only if the operator accepted at least that total today in main. Otherwise another desk
// moved money since, or it was confirmed on another day, and it waits for a fresh decision
// instead of leaving over a total nobody accepted.
import { addAmounts, compareAmounts, formatAmount } from '../../../shared/money';
import type { LimitAccepted } from '../store/intents/intent';
import type { PrecheckFinding } from './money-path';

export interface LimitAtSend {
  /** Today's total for the account with this request left out. */
  todayUsd: string;
  amountUsd: string;
  limitUsd: string;
  now: Date;
  accepted: LimitAccepted | undefined;
  /** "wires out of Paxos", "conversions inside Paxos": what the limit counts, in the message. */
  counts: string;
}

export function limitAtSend(at: LimitAtSend): PrecheckFinding {
  const total = addAmounts(at.todayUsd, at.amountUsd);
  if (compareAmounts(total, at.limitUsd) <= 0) return undefined;
  const today = at.now.toISOString().slice(0, 10);
  if (at.accepted?.day === today && compareAmounts(total, at.accepted.totalUsd) <= 0)
    return undefined;
  return {
    reason: 'over_daily_limit',
    message: `Sent now, today's ${at.counts} for the account would be ${formatAmount(total, 'USD')} of your ${formatAmount(at.limitUsd, 'USD')} daily limit (more may have moved since you confirmed it). Check it and confirm again.`,
  };
}
