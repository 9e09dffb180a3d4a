// How one orchestration moves one profile's balances, as Paxos moves them (paxos-api.md §6.1:
// funds are reserved when the orchestration is created, ORCHESTRATION_RESERVE, and returned if it
// fails, ORCHESTRATION_UNRESERVE; the simulator does the same):
//   - from the profile (source.profile, ad hoc): the source asset leaves at created_at, whatever
//     happens next (the reported `available` drops at once);
//   - failed or rejected after that: the same amount comes back, at updated_at (final: nothing
//     updates a FAILED record after);
//   - into the profile (destination.profile, a conversion or mint): the destination asset arrives
//     when Paxos reports it COMPLETED (updated_at), destination_amount if given, else 1:1;
//   - a fee on a leg (Transfer.fee, read from Paxos): charged on top, in the leg's asset, when
//     the leg completed (paxos-api.md §3.1: withdrawal fees are charged on top).
// A rule's orchestration starts from a deposit (source.crypto / source.fiat): the deposit is
// converted and sent on, and the profile's balance never holds it, so it moves nothing here.
import { orchestrationStatusMeaning } from '../../../shared/paxos/status-meanings';
import type { Orchestration, Transfer } from '../../../shared/paxos/responses';
import { isDecimalString, isZeroAmount } from '../../../shared/money';

export interface BalanceEffect {
  at: string;
  asset: string;
  /** Signed decimal string. */
  amount: string;
  what: 'sent' | 'returned' | 'received' | 'fee';
  orchestration: Orchestration;
}

const upper = (v: string | undefined) => (v ?? '').toUpperCase();

export function balanceEffects(
  o: Orchestration,
  profileId: string,
  legs: ReadonlyMap<string, Transfer> | undefined,
): BalanceEffect[] {
  const effects: BalanceEffect[] = [];
  const outcome = orchestrationStatusMeaning(upper(o.status)).outcome;
  const amount = o.source_amount;
  const fromProfile =
    (o.source?.profile?.profile_id ?? (o.source ? undefined : o.profile_id)) === profileId &&
    !o.orchestration_rule_id;
  if (fromProfile && amount && isDecimalString(amount) && o.created_at && o.source_asset) {
    const asset = upper(o.source_asset);
    effects.push({ at: o.created_at, asset, amount: `-${amount}`, what: 'sent', orchestration: o });
    if ((outcome === 'failed' || outcome === 'rejected') && o.updated_at)
      effects.push({ at: o.updated_at, asset, amount, what: 'returned', orchestration: o });
  }
  const intoProfile = o.destination?.profile?.profile_id === profileId;
  if (intoProfile && outcome === 'succeeded' && o.updated_at && o.destination_asset) {
    const reported = (o as { destination_amount?: unknown }).destination_amount;
    const credited = typeof reported === 'string' && isDecimalString(reported) ? reported : amount;
    if (credited && isDecimalString(credited))
      effects.push({
        at: o.updated_at,
        asset: upper(o.destination_asset),
        amount: credited,
        what: 'received',
        orchestration: o,
      });
  }
  if (fromProfile)
    for (const id of [o.source_transfer?.transfer_id, o.destination_transfer?.transfer_id]) {
      const leg = id ? legs?.get(id) : undefined;
      if (!leg?.fee || !isDecimalString(leg.fee) || isZeroAmount(leg.fee)) continue;
      if (upper(leg.status) !== 'COMPLETED' || !leg.updated_at || !leg.asset) continue;
      effects.push({
        at: leg.updated_at,
        asset: upper(leg.asset),
        amount: `-${leg.fee}`,
        what: 'fee',
        orchestration: o,
      });
    }
  return effects;
}
