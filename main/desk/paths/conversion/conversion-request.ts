// A conversion between profiles as the operator asks for it (from a profile and asset, to a
// profile and asset, an amount), and the Create Orchestration body it is sent as: both ends are
// profiles, so the money never leaves Paxos. A mint is USD → a stablecoin; issue 26's
// conversions (stablecoin ↔ stablecoin, stablecoin → USD cash) are the same body.
import type { z } from 'zod';
import type { IntentPayloads } from '../../../../shared/intent-payloads';
import type { ConversionInput } from '../../../../shared/operation-inputs';

export type ConversionRequest = z.output<typeof ConversionInput>;

/** `requestedBy` names the desk's user for Paxos' records (at most 100 characters). */
export function conversionBody(
  input: ConversionRequest,
  requestedBy: string,
): IntentPayloads['create_conversion'] {
  return {
    source_asset: input.fromAsset,
    destination_asset: input.toAsset,
    source_amount: input.amount,
    source: { profile: { profile_id: input.fromProfileId } },
    destination: { profile: { profile_id: input.toProfileId } },
    metadata: { requested_by: requestedBy.slice(0, 100) },
  };
}

/** The request a stored conversion intent was made from (for main's review when it is confirmed again). */
export function conversionRequestOf(payload: IntentPayloads['create_conversion']) {
  return {
    fromProfileId: payload.source.profile.profile_id,
    fromAsset: payload.source_asset,
    toProfileId: payload.destination.profile.profile_id,
    toAsset: payload.destination_asset,
    amount: payload.source_amount,
  };
}
