// Auto-redeem: create a rule → show its deposit address → an external deposit arrives → Paxos
// spawns an orchestration (system ref_id, orchestration_rule_id) → the wire completes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../../main/simulator';
import { addAmounts } from '../../../shared/money';
import {
  balanceOf,
  eventsSince,
  orchestrationById,
  rejectionOf,
  refId,
  startHarness,
  waitFor,
  type Harness,
} from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

const usdgRule = (network: string) => ({
  ref_id: refId('rule'),
  profile_id: SEED_IDS.operatingProfile,
  nickname: `Auto-redeem USDG on ${network}`,
  source_asset: 'USDG',
  destination_asset: 'USD',
  source: { crypto: { network } },
  destination: {
    fiat: { fiat_account_id: SEED_IDS.operatingBankAccount, memo: 'USDG auto-redemption' },
  },
});

describe('rule flow', () => {
  it('turns a deposit to the rule address into a completed wire', async () => {
    const { client, sim } = h;
    const { rule, alreadyExisted } = await client.createRule(usdgRule('ETHEREUM'));
    expect(alreadyExisted).toBe(false);
    expect(rule.status).toBe('ACTIVE');
    expect(rule.destination?.fiat?.fiat_account_id).toBe(SEED_IDS.operatingBankAccount);
    const address = String(rule.source?.crypto?.address);
    expect(address).toMatch(/^0x[0-9a-f]{40}$/);
    expect(rule.source?.crypto?.network).toBe('ETHEREUM');

    const deposit = sim.control.injectDeposit({ address, amount: '75000.5' });
    const spawnedId = String(deposit.orchestration?.id);
    const seen = await waitFor(
      () => client.listOrchestrations({ orchestration_rule_id: [rule.id] }),
      (p) => p.items.length > 0,
    );
    const spawned = seen.items[0]!;
    expect(spawned.id).toBe(spawnedId);
    expect(spawned.ref_id).toBe(`orchestration_id.${spawned.id}`);
    expect(spawned.orchestration_rule_id).toBe(rule.id);
    expect(spawned.source?.crypto).toMatchObject({ address, network: 'ETHEREUM' });
    expect(spawned.destination?.fiat?.bank_account_id).toBe(SEED_IDS.operatingBankAccount);

    const done = await waitFor(
      () => orchestrationById(client, spawned.id),
      (o) => o.status !== 'PROCESSING',
    );
    expect(done.status).toBe('COMPLETED');
    const inbound = await client.getTransfer(String(done.source_transfer?.transfer_id));
    expect(inbound).toMatchObject({
      type: 'CRYPTO_DEPOSIT',
      direction: 'CREDIT',
      asset: 'USDG',
      amount: '75000.5',
      crypto_network: 'ETHEREUM',
    });
    const events = (
      await eventsSince(client, String(spawned.created_at), 'orchestration.completed')
    ).filter((e) => e.object?.id === spawned.id);
    expect(events[0]?.object).toMatchObject({
      orchestration_rule_id: rule.id,
      ref_id: spawned.ref_id,
      status: 'COMPLETED',
    });
  });

  it('gives each network a plausible deposit address', async () => {
    const { client } = h;
    const solana = await client.createRule(usdgRule('SOLANA'));
    expect(String(solana.rule.source?.crypto?.address)).toMatch(/^[1-9A-HJ-NP-Za-km-z]{32,44}$/);
    const stellar = await client.createRule({ ...usdgRule('STELLAR'), source_asset: 'USDC' });
    expect(String(stellar.rule.source?.crypto?.address)).toMatch(/^G[A-Z2-7]{55}$/);
    const error = await rejectionOf(client.createRule(usdgRule('STELLAR')));
    expect(error.code).toBe('validation');
    expect(error.message).toBe(
      'Paxos rejected the request: USDG deposits are not supported on STELLAR.',
    );
    expect(error.details?.field).toBe('source.crypto.network');
  });

  it('stops converting once the rule is deleted: later deposits are credited unconverted', async () => {
    const { client, sim } = h;
    const { rule } = await client.createRule(usdgRule('ETHEREUM'));
    const deleted = await client.deleteRule(rule.id);
    expect(deleted.status).toBe('DELETED');
    expect(
      (await client.listAllRules({ status: ['DELETED'] })).find((r) => r.id === rule.id)?.status,
    ).toBe('DELETED');
    expect((await client.listAllRules({ status: ['ACTIVE'] })).map((r) => r.id)).not.toContain(
      rule.id,
    );
    const before = (await balanceOf(client, SEED_IDS.operatingProfile, 'USDG')).available;
    const deposit = sim.control.injectDeposit({
      address: String(rule.source?.crypto?.address),
      amount: '10',
    });
    expect(deposit.orchestration).toBeNull();
    expect((await balanceOf(client, SEED_IDS.operatingProfile, 'USDG')).available).toBe(
      addAmounts(before, '10'),
    );
    expect((await client.listOrchestrations({ orchestration_rule_id: [rule.id] })).items).toEqual(
      [],
    );
  });

  it('sends the bank destination under the one field name the client decided on', async () => {
    const { client } = h;
    await client.createRule(usdgRule('SOLANA'));
    const sent = h.recorder.exchanges.filter(
      (e) => e.method === 'POST' && e.url.endsWith('/orchestration/rules'),
    );
    const body = JSON.parse(String(sent[sent.length - 1]?.requestBody)) as {
      destination: { fiat: Record<string, string> };
    };
    expect(Object.keys(body.destination.fiat).sort()).toEqual(['fiat_account_id', 'memo'].sort());
  });

  it('the simulator also accepts the older bank_account_id name and answers with fiat_account_id', async () => {
    const token = (await (
      await fetch(h.sim.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: h.sim.credentials.clientId,
          client_secret: h.sim.credentials.clientSecret,
          scope: 'orchestration:write_orchestration_rule',
        }).toString(),
      })
    ).json()) as { access_token: string };
    const { fiat_account_id: _drop, ...rest } = usdgRule('ETHEREUM').destination.fiat;
    const answer = await fetch(`${h.sim.url}/orchestration/rules`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token.access_token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        ...usdgRule('ETHEREUM'),
        destination: { fiat: { ...rest, bank_account_id: SEED_IDS.operatingBankAccount } },
      }),
    });
    expect(answer.status).toBe(200);
    const { rule } = (await answer.json()) as {
      rule: { destination: { fiat: Record<string, string> } };
    };
    expect(rule.destination.fiat).toEqual({
      fiat_account_id: SEED_IDS.operatingBankAccount,
      memo: 'USDG auto-redemption',
    });
  });
});
