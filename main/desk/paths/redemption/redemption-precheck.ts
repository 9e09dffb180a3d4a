// Before a queued redemption is sent, check that what the operator confirmed still holds: the
// balance still covers it, the bank account is still approved, and today's wires for the account
// with it (Paxos' list: any desk, the Dashboard, rules; plus this desk's pending ones) stay within
// the daily soft limit, or within the total main showed when the operator accepted going over it
// that same day. Another desk may have wired since this one was confirmed (issue 21, Deliver 3),
// and a confirmation made on another day counts another day's wires. If not, it waits for a
// fresh decision in main instead of being sent (or refused by Paxos) on stale assumptions.
import { compareAmounts, isDecimalString } from '../../../../shared/money';
import { MIN_WIRE_USD, splitAtCent } from '../../../../shared/wire';
import { balanceRecord } from '../../store/cache/cache-records';
import { limitAtSend } from '../limit-at-send';
import type { IntentOf, PrecheckCache, PrecheckFinding, SendDay } from '../money-path';

export async function precheckRedemption(
  cache: PrecheckCache,
  intent: IntentOf<'create_orchestration'>,
  day: SendDay,
): Promise<PrecheckFinding> {
  const p = intent.payload;
  const profileId = p.source.profile.profile_id;
  const bankId = 'fiat' in p.destination ? p.destination.fiat.bank_account_id : undefined;
  // Never send a wire of less than a cent ($0.00 at the bank), however the intent got here.
  if (!isDecimalString(p.source_amount) || compareAmounts(p.source_amount, MIN_WIRE_USD) < 0)
    return 'below_minimum_wire';
  // Nor one that is not whole cents (queued before this rule, or written by anything else).
  if (splitAtCent(p.source_amount)?.beyond !== undefined) return 'not_whole_cents';
  const balance = await cache.get(
    'balances',
    balanceRecord(profileId, { asset: p.source_asset }).id,
  );
  const available = balance ? String(balance.record.available ?? '0') : undefined;
  if (available !== undefined && compareAmounts(available, p.source_amount) < 0)
    return 'balance_changed';
  if (bankId) {
    const status = cache.statusOf('fiatAccounts', bankId);
    if (status !== undefined && status.toUpperCase() !== 'APPROVED') return 'destination_changed';
    return limitAtSend({
      todayUsd: await day.wiredTodayUsd(intent.refId),
      amountUsd: p.source_amount,
      limitUsd: day.dailyLimitUsd,
      now: day.now,
      accepted: intent.limitAccepted,
      counts: 'wires out of Paxos',
    });
  }
  return undefined;
}
