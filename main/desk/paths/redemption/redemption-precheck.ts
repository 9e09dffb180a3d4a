// Before a queued redemption is sent, check that what the operator confirmed still holds: the
// balance still covers it and the bank account is still approved. If not, it waits for a fresh
// confirmation instead of being sent (or refused by Paxos) on stale assumptions.
import { compareAmounts, isDecimalString } from '../../../../shared/money';
import { MIN_WIRE_USD } from '../../../../shared/wire';
import { balanceRecord } from '../../store/cache/cache-records';
import type { IntentOf, PrecheckCache } from '../money-path';

export async function precheckRedemption(
  cache: PrecheckCache,
  intent: IntentOf<'create_orchestration'>,
): Promise<string | undefined> {
  const p = intent.payload;
  const profileId = p.source.profile.profile_id;
  const bankId = 'fiat' in p.destination ? p.destination.fiat.bank_account_id : undefined;
  // Never send a wire of less than a cent ($0.00 at the bank), however the intent got here.
  if (!isDecimalString(p.source_amount) || compareAmounts(p.source_amount, MIN_WIRE_USD) < 0)
    return 'below_minimum_wire';
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
  }
  return undefined;
}
