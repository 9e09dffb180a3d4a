// The money-in part of the contract flows (contract.test.ts): wire instructions made, made again
// under the same ref_id (409 → the same record), listed by id and ref_id; a sandbox wire quoting
// the memo, one quoting no known memo (400); the WIRE_DEPOSIT followed by update time until it
// completes with its fee deducted. Through the desk's client only.
import { expect } from 'vitest';
import type { PaxosClient } from '../../../main/paxos';
import { SEED_IDS, type RunningSimulator } from '../../../main/simulator';
import { refId, rejectionOf, waitFor } from './harness';

export const SENDER_WIRE = {
  wire: {
    account_number: '12345678',
    fiat_account_owner_address: { country: 'USA', city: 'New York' },
    routing_details: {
      routing_number_type: 'ABA' as const,
      routing_number: '021000021',
      bank_name: 'Sender Bank',
      bank_address: { country: 'USA', city: 'New York' },
    },
  },
};

export async function exerciseMoneyIn(client: PaxosClient, sim: RunningSimulator): Promise<void> {
  const since = new Date(sim.control.now().getTime() - 1000).toISOString();
  const request = {
    ref_id: refId('fund'),
    profile_id: SEED_IDS.operatingProfile,
    fiat_network: 'WIRE' as const,
    routing_number_type: 'SWIFT' as const,
  };
  const made = await client.createDepositInstructions(request);
  expect(await client.createDepositInstructions(request)).toMatchObject({ id: made.id });
  const listed = await client.listAllDepositInstructions({
    ids: [made.id],
    ref_ids: [request.ref_id],
    limit: 10,
    order: 'ASC',
  });
  expect(listed.map((i) => i.memo_id)).toEqual([made.memo_id]);
  await client.createSandboxFiatDeposit({
    amount: '1500.00',
    asset: 'USD',
    memo_id: made.memo_id,
    fiat_network_instructions: SENDER_WIRE,
    fiat_account_owner: { institution_details: { name: 'Acme Corp' } },
  });
  await rejectionOf(
    client.createSandboxFiatDeposit({
      amount: '5.00',
      asset: 'USD',
      memo_id: 'NOSUCHMEMO',
      fiat_network_instructions: SENDER_WIRE,
    }),
  );
  // Wires move on Fed business days only: run the clock on to the day it is credited.
  // A jump past the token's life makes the next call a 401 (then a fresh token): let that call
  // be one whose 401 the contract already expects, whatever the day the test runs on.
  sim.control.settle();
  await client.listAllProfiles();
  const done = await waitFor(
    async () =>
      (
        await client.listTransfers({
          type: ['WIRE_DEPOSIT'],
          updated_at: { gte: since },
          order_by: 'UPDATED_AT',
          order: 'ASC',
          limit: 100,
        })
      ).items.find((t) => t.memo === made.memo_id),
    (t) => t?.status === 'COMPLETED',
  );
  expect(done).toMatchObject({ amount: '1500.00', fee: '10.00', total: '1490' });
}
