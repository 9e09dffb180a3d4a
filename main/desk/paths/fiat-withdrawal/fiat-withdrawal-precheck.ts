// Before a queued wire out is sent, what the operator confirmed must still hold: the profile's
// USD still covers the figure asked, the bank account is still approved, and, when it leaves on
// another day than it was confirmed, today's wires with it (redemptions and wires out alike:
// money leaving Paxos) stay within the daily soft limit. Otherwise it waits for a new decision.
import { addAmounts, compareAmounts, isDecimalString } from '../../../../shared/money';
import { MIN_WIRE_USD } from '../../../../shared/wire';
import { balanceRecord } from '../../store/cache/cache-records';
import type { IntentOf, PrecheckCache, SendDay } from '../money-path';
import { askedUsd } from './fiat-withdrawal-request';

export async function precheckFiatWithdrawal(
  cache: PrecheckCache,
  intent: IntentOf<'create_fiat_withdrawal'>,
  day: SendDay,
): Promise<string | undefined> {
  const p = intent.payload;
  const asked = askedUsd(p);
  if (!isDecimalString(asked) || compareAmounts(asked, MIN_WIRE_USD) < 0)
    return 'below_minimum_wire';
  const balance = await cache.get('balances', balanceRecord(p.profile_id, { asset: 'USD' }).id);
  const available = balance ? String(balance.record.available ?? '0') : undefined;
  if (available !== undefined && compareAmounts(available, asked) < 0) return 'balance_changed';
  const status = cache.statusOf('fiatAccounts', p.fiat_account_id);
  if (status !== undefined && status.toUpperCase() !== 'APPROVED') return 'destination_changed';
  const today = day.now.toISOString().slice(0, 10);
  if ((intent.confirmedAt ?? intent.createdAt).slice(0, 10) !== today) {
    const total = addAmounts(await day.wiredTodayUsd(intent.refId), asked);
    if (compareAmounts(total, day.dailyLimitUsd) > 0) return 'over_daily_limit';
  }
  return undefined;
}
