// Before a queued wire out is sent, what the operator confirmed must still hold: the profile's
// USD still covers the figure asked, the bank account is still approved, and today's wires for
// the account with it (redemptions and wires out alike: money leaving Paxos; any desk) stay
// within the daily soft limit, or within the total main showed when the operator accepted going
// over it that same day (limit-at-send.ts). Otherwise it waits for a new decision.
import { compareAmounts, isDecimalString } from '../../../../shared/money';
import { MIN_WIRE_USD } from '../../../../shared/wire';
import { balanceRecord } from '../../store/cache/cache-records';
import { limitAtSend } from '../limit-at-send';
import type { IntentOf, PrecheckCache, PrecheckFinding, SendDay } from '../money-path';
import { askedUsd } from './fiat-withdrawal-request';

export async function precheckFiatWithdrawal(
  cache: PrecheckCache,
  intent: IntentOf<'create_fiat_withdrawal'>,
  day: SendDay,
): Promise<PrecheckFinding> {
  const p = intent.payload;
  const asked = askedUsd(p);
  if (!isDecimalString(asked) || compareAmounts(asked, MIN_WIRE_USD) < 0)
    return 'below_minimum_wire';
  const balance = await cache.get('balances', balanceRecord(p.profile_id, { asset: 'USD' }).id);
  const available = balance ? String(balance.record.available ?? '0') : undefined;
  if (available !== undefined && compareAmounts(available, asked) < 0) return 'balance_changed';
  const status = cache.statusOf('fiatAccounts', p.fiat_account_id);
  if (status !== undefined && status.toUpperCase() !== 'APPROVED') return 'destination_changed';
  return limitAtSend({
    todayUsd: await day.wiredTodayUsd(intent.refId),
    amountUsd: asked,
    limitUsd: day.dailyLimitUsd,
    now: day.now,
    accepted: intent.limitAccepted,
    counts: 'wires out of Paxos',
  });
}
