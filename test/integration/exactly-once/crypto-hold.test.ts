// Issue 26.4: a Convert & Hold rule for crypto deposits (USDC on Ethereum in, USDG kept in the
// profile) keeps every guarantee the other rules have, through the real runtime and bridge
// handler table, against the simulator behind the fault proxy: main's confirmation worded from
// main's facts, the ref_id written before it is sent (always sent), a lost answer reconciled by a
// lookup by ref_id (no second create), an unsupported pair refused as Paxos answers it (400, the
// pair named, nothing resent), the rule's status announced, and a deposit to its address
// converted and held in the profile.
import { afterEach, describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../../main/simulator';
import { proxiedDesk, type ProxiedDesk } from '../../support/proxied-desk';

let app: ProxiedDesk | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const CREATE = 'POST /v2/orchestration/rules';
const hold = {
  profileId: SEED_IDS.payrollProfile,
  depositAsset: 'USDC' as const,
  network: 'ETHEREUM' as const,
  asset: 'USDG' as const,
  nickname: 'USDC in, USDG kept',
};
type Rule = {
  id: string;
  ref_id?: string;
  status: string;
  source: { crypto?: { address: string; network: string } };
};
const atPaxos = (a: ProxiedDesk, ref: string) =>
  (a.sim.control.snapshot().rules as unknown as Rule[]).filter((r) => r.ref_id === ref);

async function start(): Promise<ProxiedDesk> {
  app = await proxiedDesk();
  await app.desk().refreshNow();
  return app;
}

async function create(a: ProxiedDesk, input: Record<string, unknown> = hold) {
  const answer = await a.runtime.handlers.createConvertHoldRule(input);
  if (!answer.ok) throw new Error(`createConvertHoldRule failed: ${JSON.stringify(answer.error)}`);
  return a.desk().intent((answer.value as { id: string }).id)!;
}

describe('Convert & Hold for crypto deposits: exactly once', () => {
  it("main confirms from its own facts; the ref_id is written first and sent; the rule is Paxos's, announced, and a deposit is converted and held", async () => {
    const a = await start();
    a.sim.control.setApprovals({ rules: { mode: 'manual' } });
    const intent = await create(a);
    const asked = a.confirmer.requests.at(-1)!;
    expect(asked.message).toBe(
      'Convert every USDC deposit on Ethereum to USDG in Payroll float in Demo?',
    );
    expect(Object.fromEntries(asked.facts)).toMatchObject({
      Deposits: "USDC on Ethereum, to the rule's deposit address",
      'Converted to': 'USDG, kept in Payroll float',
      Rate: 'rate not stated by Paxos (each credited amount is read from Paxos), at 6 decimals (any finer remainder is not credited)',
    });
    expect(intent).toMatchObject({ kind: 'create_rule', refId: expect.stringMatching(/^td-/) });
    await a.drain();
    expect(a.proxy.requests[CREATE]).toBe(1);
    const [rule] = atPaxos(a, intent.refId);
    expect(rule).toMatchObject({
      status: 'PENDING',
      source_asset: 'USDC',
      destination_asset: 'USDG',
      source: { crypto: { network: 'ETHEREUM' } },
      destination: { profile: { profile_id: SEED_IDS.payrollProfile } },
    });
    // A rule is done once Paxos holds it (its status is followed on the rule itself).
    expect(a.desk().intent(intent.id)).toMatchObject({
      state: 'completed',
      result: { paxosId: rule!.id },
    });

    a.sim.control.decideApproval({ kind: 'rule', id: rule!.id, decision: 'approve' });
    await a.desk().sync('full');
    await a.runtime.handlers.getState(undefined);
    const shown = a.runtime.state.get().rules.items.find((r) => r.id === rule!.id)!;
    expect(shown).toMatchObject({
      status: 'ACTIVE',
      holdsDeposits: true,
      destinationProfileId: SEED_IDS.payrollProfile,
      depositAddress: rule!.source.crypto!.address,
    });
    const active = a.notifier.shown.find(
      (n) => n.title === 'Convert & Hold rule is active: USDC in, USDG kept',
    );
    expect(active?.body).toContain(
      'USDC deposits on Ethereum to its address are now converted to USDG and kept in the profile',
    );

    const before = a.sim.control.snapshot().profiles.find((p) => p.id === SEED_IDS.payrollProfile)!
      .balances.USDG;
    const sent = await a.runtime.handlers.simulateDeposit({ ruleId: rule!.id, amount: '1200.5' });
    expect(sent).toMatchObject({ ok: true });
    a.sim.control.settle();
    await a.desk().sync('full');
    const made = a.sim.control
      .snapshot()
      .orchestrations.filter((o) => o.orchestration_rule_id === rule!.id);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({
      status: 'COMPLETED',
      source_asset: 'USDC',
      destination_asset: 'USDG',
      destination: { profile: { profile_id: SEED_IDS.payrollProfile } },
    });
    const after = a.sim.control.snapshot().profiles.find((p) => p.id === SEED_IDS.payrollProfile)!
      .balances.USDG;
    expect(Number(after) - Number(before ?? '0')).toBeCloseTo(1200.5, 6);
    expect(a.notifier.shown.map((n) => n.title)).toContainEqual(
      expect.stringContaining('Conversion completed'),
    );

    // Deleting says what it means from main's facts: deposits then stay the coin they came as.
    const deleted = await a.runtime.handlers.deleteRule({ id: rule!.id });
    expect(deleted).toMatchObject({ ok: true });
    const facts = a.confirmer.requests.at(-1)!;
    expect(facts.message).toContain('Delete the Convert & Hold rule USDC on Ethereum to USDG');
    expect(Object.fromEntries(facts.facts).After).toBe(
      'Deposits after deletion stay USDC in the profile; nothing is converted to USDG',
    );
  });

  it('after a lost answer, the rule is looked up by ref_id: no second create is sent', async () => {
    const a = await start();
    a.proxy.set({ dropAnswer: { method: 'POST', path: '/orchestration/rules', count: 3 } });
    const intent = await create(a);
    await a.desk().flush();
    expect(a.desk().intent(intent.id)?.state).toBe('reconciling');
    const creates = a.proxy.requests[CREATE];
    await a.drain();
    expect(a.desk().intent(intent.id)?.state).toBe('completed');
    expect(a.proxy.requests[CREATE]).toBe(creates);
    expect(atPaxos(a, intent.refId)).toHaveLength(1);
  });

  it('an unsupported pair: Paxos answers 400, the request fails naming the pair, nothing is resent', async () => {
    const a = await start();
    const refused = await fetch(`${a.sim.url}/simulator/entitlements`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ source_asset: 'USDC', destination_asset: 'USDG', refused: true }),
    });
    expect(refused.status).toBe(200);
    const intent = await create(a);
    await a.drain();
    const failed = a.desk().intent(intent.id)!;
    expect(failed.state).toBe('failed');
    expect(failed.lastError?.message).toContain('USDC to USDG');
    const creates = a.proxy.requests[CREATE];
    await a.desk().refreshNow();
    await a.drain();
    expect(a.proxy.requests[CREATE]).toBe(creates);
    expect(atPaxos(a, intent.refId)).toHaveLength(0);
  });

  it('main refuses a coin the network does not carry before anything is confirmed or queued', async () => {
    const a = await start();
    const asked = a.confirmer.requests.length;
    const answer = await a.runtime.handlers.createConvertHoldRule({
      ...hold,
      depositAsset: 'USDG',
      network: 'BASE',
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(a.confirmer.requests.length).toBe(asked);
    expect(a.desk().intentsIn()).toHaveLength(0);
  });
});
