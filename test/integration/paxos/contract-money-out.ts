// The money-out part of the contract flows (contract.test.ts): a fiat withdrawal with the fee
// deducted (`total`), made again under the same ref_id (409 → the same transfer), one with the
// fee on top (`amount`), one the profile's USD cannot cover (403 insufficient funds), found
// again by ref_id through List Transfers, and followed until COMPLETED. Through the desk's client.
import { expect } from 'vitest';
import type { PaxosClient } from '../../../main/paxos';
import { SEED_IDS, type RunningSimulator } from '../../../main/simulator';
import { refId, rejectionOf, waitFor } from './harness';

export async function exerciseMoneyOut(client: PaxosClient, sim: RunningSimulator): Promise<void> {
  const base = {
    profile_id: SEED_IDS.operatingProfile,
    fiat_account_id: SEED_IDS.operatingBankAccount,
    asset: 'USD' as const,
  };
  const deducted = { ...base, ref_id: refId('wire-out'), total: '1025.00', memo: 'Invoice 42' };
  const made = await client.createFiatWithdrawal(deducted);
  expect(made.transfer).toMatchObject({ amount: '1000', fee: '25.00', total: '1025.00' });
  const again = await client.createFiatWithdrawal(deducted);
  expect(again).toMatchObject({ alreadyExisted: true, transfer: { id: made.transfer.id } });
  const onTop = await client.createFiatWithdrawal({
    ...base,
    ref_id: refId('wire-out'),
    amount: '10.00',
  });
  expect(onTop.transfer).toMatchObject({ amount: '10.00', total: '35' });
  expect(
    (
      await rejectionOf(
        client.createFiatWithdrawal({ ...base, ref_id: refId('wire-out'), amount: '99999999.00' }),
      )
    ).code,
  ).toBe('insufficient_funds');
  expect((await client.findFiatWithdrawalByRefId(deducted.ref_id))?.id).toBe(made.transfer.id);
  sim.control.settle();
  await client.listAllProfiles();
  const done = await waitFor(
    () => client.getTransfer(made.transfer.id),
    (t) => t.status === 'COMPLETED',
  );
  expect(done).toMatchObject({ type: 'WIRE_WITHDRAWAL', ref_id: deducted.ref_id });
}
