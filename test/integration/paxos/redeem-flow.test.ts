// The whole ad-hoc redemption over real HTTP: token → profiles → balances → bank account
// (PENDING → APPROVED) → orchestration (PROCESSING → COMPLETED) → balance debited, wire leg
// visible as a transfer and in the Events API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAIL_MEMO_MARKER, SEED_IDS } from '../../../main/simulator';
import { addAmounts, compareAmounts, subtractAmounts } from '../../../shared/money';
import {
  balanceOf,
  eventsSince,
  orchestrationById,
  rejectionOf,
  refId,
  startHarness,
  waitFor,
  wireAccount,
  type Harness,
} from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

describe('redeem flow', () => {
  it('redeems USDG to a USD wire and debits the balance by exactly the amount', async () => {
    const { client } = h;
    const access = await client.verifyAccess();
    expect(access.grantedScopes).toContain('orchestration:write_orchestration');

    const profiles = await client.listAllProfiles();
    expect(profiles.map((p) => p.type)).toContain('DEFAULT');
    const profile = profiles.find((p) => p.type === 'NORMAL')!;
    const before = await balanceOf(client, profile.id, 'USDG');

    const { fiatAccount, alreadyExisted } = await client.createFiatAccount(wireAccount());
    expect(alreadyExisted).toBe(false);
    expect(fiatAccount.status).toBe('PENDING');
    const approved = await waitFor(
      () => client.getFiatAccount(fiatAccount.id),
      (a) => a.status !== 'PENDING',
    );
    expect(approved.status).toBe('APPROVED');
    expect(approved.fiat_network_instructions?.wire?.account_number).toBe('74600021314512');
    const listed = (await client.listFiatAccounts({ ids: [fiatAccount.id] })).items[0];
    expect(listed?.fiat_network_instructions?.wire?.account_number).toBe('XXXX4512');

    const amount = '12345.678901';
    const { orchestration } = await client.createOrchestration({
      ref_id: refId('redeem'),
      source_asset: 'USDG',
      destination_asset: 'USD',
      source_amount: amount,
      source: { profile: { profile_id: profile.id } },
      destination: { fiat: { bank_account_id: fiatAccount.id, memo: 'Q2 treasury' } },
    });
    expect(orchestration.status).toBe('PROCESSING');
    expect(orchestration.source_transfer?.status).toBe('PENDING');
    const during = await balanceOf(client, profile.id, 'USDG');
    expect(during.available).toBe(subtractAmounts(before.available, amount));

    const done = await waitFor(
      () => orchestrationById(client, orchestration.id),
      (o) => o.status !== 'PROCESSING',
    );
    expect(done.status).toBe('COMPLETED');
    expect(done.source_transfer?.status).toBe('COMPLETED');
    expect(done.destination_transfer?.status).toBe('COMPLETED');
    const wire = await client.getTransfer(String(done.destination_transfer?.transfer_id));
    expect(wire).toMatchObject({
      type: 'WIRE_WITHDRAWAL',
      status: 'COMPLETED',
      asset: 'USD',
      amount,
      fiat_account_id: fiatAccount.id,
      memo: 'Q2 treasury',
    });
    const after = await balanceOf(client, profile.id, 'USDG');
    expect(compareAmounts(addAmounts(after.available, amount), before.available)).toBe(0);

    const events = await eventsSince(client, String(orchestration.created_at));
    const mine = events
      .filter((e) => e.object?.id === orchestration.id || e.object?.id === wire.id)
      .map((e) => e.type);
    expect(mine).toEqual([
      'orchestration.processing',
      'transfer.wire_withdrawal.pending',
      'transfer.wire_withdrawal.completed',
      'orchestration.completed',
    ]);
    const found = await client.listOrchestrations({
      ref_id: [String(orchestration.ref_id)],
      status: ['COMPLETED'],
    });
    expect(found.items.map((o) => o.id)).toEqual([orchestration.id]);
  });

  it('shows a failed wire with its reason and returns the funds', async () => {
    const { client } = h;
    const before = await balanceOf(client, SEED_IDS.defaultProfile, 'PYUSD');
    const { orchestration } = await client.createOrchestration({
      ref_id: refId('redeem-fail'),
      source_asset: 'PYUSD',
      destination_asset: 'USD',
      source_amount: '500',
      source: { profile: { profile_id: SEED_IDS.defaultProfile } },
      destination: {
        fiat: { bank_account_id: SEED_IDS.operatingBankAccount, memo: `test ${FAIL_MEMO_MARKER}` },
      },
    });
    const failed = await waitFor(
      () => orchestrationById(client, orchestration.id),
      (o) => o.status !== 'PROCESSING',
    );
    expect(failed.status).toBe('FAILED');
    expect(failed.fail_reason?.detail).toMatch(/rejected/);
    expect(failed.destination_transfer?.status).toBe('FAILED');
    expect(
      compareAmounts(
        (await balanceOf(client, SEED_IDS.defaultProfile, 'PYUSD')).available,
        before.available,
      ),
    ).toBe(0);
    const types = (
      await eventsSince(client, String(orchestration.created_at), 'orchestration.failed')
    ).map((e) => e.object?.id);
    expect(types).toContain(orchestration.id);
  });

  it('refuses to redeem to a rejected bank account, naming the field', async () => {
    const { client } = h;
    const { fiatAccount } = await client.createFiatAccount(
      wireAccount({ accountNumber: '5550000' }),
    );
    const reviewed = await waitFor(
      () => client.getFiatAccount(fiatAccount.id),
      (a) => a.status !== 'PENDING',
    );
    expect(reviewed.status).toBe('REJECTED');
    const error = await rejectionOf(
      client.createOrchestration({
        ref_id: refId('redeem-rej'),
        source_asset: 'USDC',
        destination_asset: 'USD',
        source_amount: '10',
        source: { profile: { profile_id: SEED_IDS.defaultProfile } },
        destination: { fiat: { bank_account_id: fiatAccount.id } },
      }),
    );
    expect(error.code).toBe('validation');
    expect(error.message).toBe(
      'Paxos rejected the request: fiat account has invalid status REJECTED, must be approved.',
    );
    expect(error.details).toMatchObject({ field: 'destination.fiat.bank_account_id' });
  });

  it('sends an updated bank account back to review', async () => {
    const { client } = h;
    const { fiatAccount } = await client.createFiatAccount(wireAccount());
    await waitFor(
      () => client.getFiatAccount(fiatAccount.id),
      (a) => a.status === 'APPROVED',
    );
    const updated = await client.updateFiatAccount(fiatAccount.id, {
      fiat_network_instructions: { wire: { routing_details: { bank_name: 'Customers Bank NA' } } },
    });
    expect(updated.status).toBe('PENDING');
    expect(updated.fiat_network_instructions?.wire?.routing_details?.bank_name).toBe(
      'Customers Bank NA',
    );
    expect(
      (
        await waitFor(
          () => client.getFiatAccount(fiatAccount.id),
          (a) => a.status !== 'PENDING',
        )
      ).status,
    ).toBe('APPROVED');
    await client.deleteFiatAccount(fiatAccount.id);
    expect((await rejectionOf(client.getFiatAccount(fiatAccount.id))).code).toBe('not_found');
    expect((await client.listAllFiatAccounts()).map((a) => a.id)).not.toContain(fiatAccount.id);
    expect(
      (await client.listAllFiatAccounts({ include_deleted: true })).map((a) => a.id),
    ).toContain(fiatAccount.id);
  });
});
