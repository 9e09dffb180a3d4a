// A redemption as the operator asks for it (profile, asset, amount, bank account, memo), and the
// Create Orchestration body it is sent as: the coin is redeemed to USD and wired to the account.
import type { z } from 'zod';
import type { IntentPayloads } from '../../../../shared/intent-payloads';
import type { RedemptionInput } from '../../../../shared/operation-inputs';

export type Redemption = z.output<typeof RedemptionInput>;

/** `requestedBy` names the desk's user for Paxos' records (at most 100 characters). */
export function redemptionBody(
  input: Redemption,
  requestedBy: string,
): IntentPayloads['create_orchestration'] {
  return {
    source_asset: input.asset,
    destination_asset: 'USD',
    source_amount: input.amount,
    source: { profile: { profile_id: input.profileId } },
    destination: {
      fiat: { bank_account_id: input.fiatAccountId, ...(input.memo ? { memo: input.memo } : {}) },
    },
    metadata: { requested_by: requestedBy.slice(0, 100) },
  };
}
