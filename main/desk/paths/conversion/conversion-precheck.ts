// Before a queued conversion is sent, check that what the operator confirmed still holds: the
// source balance still covers it, the destination profile is still there, and today's
// conversions for the account with it stay within the daily conversion limit, or within the
// total main showed when the operator accepted going over it that same day (limit-at-send.ts):
// another desk may have converted since. If not, it waits for a fresh confirmation.
import { compareAmounts } from '../../../../shared/money';
import { balanceRecord } from '../../store/cache/cache-records';
import { limitAtSend } from '../limit-at-send';
import type { IntentOf, PrecheckCache, PrecheckFinding, SendDay } from '../money-path';

export async function precheckConversion(
  cache: PrecheckCache,
  intent: IntentOf<'create_conversion'>,
  day: SendDay,
): Promise<PrecheckFinding> {
  const p = intent.payload;
  const balance = await cache.get(
    'balances',
    balanceRecord(p.source.profile.profile_id, { asset: p.source_asset }).id,
  );
  const available = balance ? String(balance.record.available ?? '0') : undefined;
  if (available !== undefined && compareAmounts(available, p.source_amount) < 0)
    return 'balance_changed';
  if (!(await cache.get('profiles', p.destination.profile.profile_id)))
    return 'destination_changed';
  return limitAtSend({
    todayUsd: await day.convertedTodayUsd(intent.refId),
    amountUsd: p.source_amount,
    limitUsd: day.dailyConversionLimitUsd,
    now: day.now,
    accepted: intent.limitAccepted,
    counts: 'conversions inside Paxos',
  });
}
