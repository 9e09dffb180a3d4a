// On completion, what Paxos CREDITED is checked against what the operator confirmed: 1:1 at the
// lowest precision of the pair (shared/conversion.ts). The credited amount is read from the
// orchestration's destination leg (its transfer's total: amount less any fee), never assumed
// from the orchestration's own fields: Paxos states no rate for every pair (USDC), and a fee or
// a rounding on the leg is exactly what the operator must hear about. A difference, or a leg
// that cannot be read, completes the intent with an alert (an exception item the operator looks
// at), never silently.
import { expectedCredit } from '../../../../shared/conversion';
import { amountsEqual, formatAmount, isDecimalString } from '../../../../shared/money';
import type { Orchestration } from '../../../../shared/paxos/responses';
import type { PaxosRecord } from '../../store/cache/cache-records';
import type { CompletionAlert, IntentOf, TransferReader } from '../money-path';

export async function checkCredited(
  legs: TransferReader,
  intent: IntentOf<'create_conversion'>,
  record: PaxosRecord,
): Promise<CompletionAlert | undefined> {
  const p = intent.payload;
  const expected = expectedCredit(p.source_amount, p.source_asset, p.destination_asset);
  const asked = formatAmount(expected, p.destination_asset);
  const legId = (record as Orchestration).destination_transfer?.transfer_id;
  if (!legId)
    return {
      message: `Paxos completed ${String(record.id)} but named no credited transfer: the amount credited is unknown. ${asked} was confirmed; check the profile's balance.`,
      asked,
      answered: '(no credited transfer named)',
    };
  // Throws while Paxos cannot be asked: the intent stays submitted and is checked next cycle.
  const leg = await legs.getTransfer(legId);
  const credited = leg.total ?? leg.amount;
  const to = p.destination.profile.profile_id;
  const answered =
    credited && isDecimalString(credited)
      ? formatAmount(credited, leg.asset ?? '?')
      : '(no amount)';
  const wrongAsset = leg.asset !== undefined && leg.asset !== p.destination_asset;
  const wrongProfile = leg.profile_id !== undefined && leg.profile_id !== to;
  const wrongAmount = !credited || !isDecimalString(credited) || !amountsEqual(credited, expected);
  if (!wrongAsset && !wrongProfile && !wrongAmount) return undefined;
  const where = wrongProfile ? ` into profile ${leg.profile_id ?? '?'} (not ${to})` : '';
  return {
    message: `Paxos credited ${answered}${where} for ${String(record.id)}, but ${asked} was confirmed (1:1 at the pair's precision). Look at it with Paxos.`,
    asked,
    answered: `${answered}${where}`,
  };
}
