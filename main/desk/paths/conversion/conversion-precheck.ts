// Before a queued conversion is sent, check that what the operator confirmed still holds: the
// source balance still covers it, the destination profile is still there, and, when it was
// confirmed on another day than the one it leaves on, today's conversions with it stay within
// the daily conversion limit. If not, it waits for a fresh confirmation.
import { addAmounts, compareAmounts } from '../../../../shared/money';
import { balanceRecord } from '../../store/cache/cache-records';
import type { IntentOf, PrecheckCache, SendDay } from '../money-path';

export async function precheckConversion(
  cache: PrecheckCache,
  intent: IntentOf<'create_conversion'>,
  day: SendDay,
): Promise<string | undefined> {
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
  const today = day.now.toISOString().slice(0, 10);
  if ((intent.confirmedAt ?? intent.createdAt).slice(0, 10) !== today) {
    const total = addAmounts(await day.convertedTodayUsd(intent.refId), p.source_amount);
    if (compareAmounts(total, day.dailyConversionLimitUsd) > 0) return 'over_daily_limit';
  }
  return undefined;
}
