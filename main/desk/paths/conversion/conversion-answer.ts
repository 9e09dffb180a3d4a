// The answer check of a conversion: every answer that closes a conversion intent, sent or found
// by ref_id, must be the orchestration that was asked for — the ref_id, both assets, the amount,
// the source profile and the destination profile. Stricter than a redemption's on the ends: a
// conversion's whole point is which profile receives which asset, so an answer that names no
// destination profile, or another, is not taken as done (the money may sit elsewhere).
import { amountsEqual, isDecimalString } from '../../../../shared/money';
import type { Orchestration } from '../../../../shared/paxos/responses';
import { noRecord } from '../answer-mismatch';
import type { Delivered, IntentOf, Mismatch } from '../money-path';

const named = (value: string | undefined) => value ?? '(none named)';

export function conversionMismatch(
  intent: IntentOf<'create_conversion'>,
  { record }: Delivered,
): Mismatch | undefined {
  const p = intent.payload;
  const o = record as Orchestration | undefined;
  if (!o) return noRecord(intent.refId);
  if (o.ref_id !== intent.refId)
    return { field: 'ref_id', asked: intent.refId, answered: named(o.ref_id) };
  if (o.source_asset !== p.source_asset)
    return { field: 'source asset', asked: p.source_asset, answered: named(o.source_asset) };
  if (o.destination_asset !== p.destination_asset)
    return {
      field: 'destination asset',
      asked: p.destination_asset,
      answered: named(o.destination_asset),
    };
  const amount = o.source_amount;
  if (!isDecimalString(amount) || !amountsEqual(amount, p.source_amount))
    return { field: 'amount', asked: p.source_amount, answered: named(amount) };
  const from = o.source?.profile?.profile_id ?? o.profile_id;
  if (from !== p.source.profile.profile_id)
    return { field: 'source profile', asked: p.source.profile.profile_id, answered: named(from) };
  const to = o.destination?.profile?.profile_id;
  if (to !== p.destination.profile.profile_id)
    return {
      field: 'destination profile',
      asked: p.destination.profile.profile_id,
      answered: named(to),
    };
  return undefined;
}
