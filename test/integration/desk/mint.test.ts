// Issue 25, mint on the desk: main's confirmation worded from main's facts, the conversion limits
// counted apart from wires, the credited amount checked on completion (a difference becomes an
// exception item, never silence), and Convert & Hold rules (memo shown only once ACTIVE, each
// rule-made mint announced, deleting says deposits then stay USD).
import { afterEach, describe, expect, it } from 'vitest';
import { SEED_IDS, manualDesk } from './desk-fixture';

type App = Awaited<ReturnType<typeof manualDesk>>;
let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const mint = (amount: string) => ({
  fromProfileId: SEED_IDS.defaultProfile,
  fromAsset: 'USD' as const,
  toProfileId: SEED_IDS.payrollProfile,
  toAsset: 'USDC' as const,
  amount,
});

async function start(): Promise<App> {
  app = await manualDesk();
  await app.desk().refreshNow();
  return app;
}

async function control(a: App, path: string, body: unknown) {
  const r = await fetch(`${a.sim.url}/simulator/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(r.status).toBe(200);
  return (await r.json()) as Record<string, unknown>;
}

async function mintAndComplete(a: App, amount: string) {
  const answer = await a.runtime.handlers.submitConversion(mint(amount));
  expect(answer).toMatchObject({ ok: true });
  await a.desk().flush();
  const intent = a.desk().intentsIn().at(-1)!;
  expect(intent.state).toBe('submitted');
  a.sim.control.settle();
  await a.desk().sync('full');
  return a.desk().intent(intent.id)!;
}

describe('mint on the desk', () => {
  it("main's confirmation says what leaves, what is credited where, 1:1 at the pair's precision, and the environment", async () => {
    const a = await start();
    await a.runtime.handlers.submitConversion(mint('1500.00'));
    const asked = a.confirmer.requests.at(-1)!;
    expect(asked.action).toBe('conversion.create');
    expect(asked.message).toBe('Mint 1,500.00 USDC from 1,500.00 USD into Payroll float in Demo?');
    expect(Object.fromEntries(asked.facts)).toMatchObject({
      From: '1,500.00 USD in default',
      Credited: '1,500.00 USDC into Payroll float',
      Rate: '1:1, at 2 decimals',
    });
    expect(asked.checkboxLabel).toBeUndefined();
  });

  it('declined: nothing is queued, and the refusal is audited', async () => {
    const a = await start();
    a.confirmer.answerWith('decline');
    const answer = await a.runtime.handlers.submitConversion(mint('10.00'));
    expect(answer.ok).toBe(false);
    expect(
      a
        .desk()
        .intentsIn()
        .filter((i) => i.kind === 'create_conversion'),
    ).toHaveLength(0);
  });

  it('conversions count against their own limits, apart from the wire limits', async () => {
    const a = await start();
    await a.runtime.handlers.updateSettings({
      perConversionSoftLimitUsd: '1000.00',
      dailyConversionSoftLimitUsd: '2000.00',
    });
    const review = await a.runtime.handlers.reviewConversion(mint('1500.00'));
    expect(review).toMatchObject({
      ok: true,
      value: { overPerConversionLimit: true, overDailyConversionLimit: false },
    });
    await mintAndComplete(a, '1500.00');
    const redeemedBefore = await a.desk().redeemedToday(new Date());
    expect(await a.desk().convertedToday(new Date())).toBe('1500');
    expect(redeemedBefore).toBe('0');
    const next = await a.runtime.handlers.reviewConversion(mint('600.00'));
    expect(next).toMatchObject({ ok: true, value: { overDailyConversionLimit: true } });
    // Above a limit, main asks for the box.
    await a.runtime.handlers.submitConversion(mint('600.00'));
    expect(a.confirmer.requests.at(-1)?.checkboxLabel).toBe(
      'I checked the amount and the destination',
    );
  });

  it("a queued mint whose balance moved waits, and is confirmed again from main's facts", async () => {
    const a = await start();
    const intent = await a.desk().enqueue('create_conversion', {
      source_asset: 'USD',
      destination_asset: 'USDC',
      source_amount: '150000.00',
      source: { profile: { profile_id: SEED_IDS.defaultProfile } },
      destination: { profile: { profile_id: SEED_IDS.payrollProfile } },
    });
    a.sim.control.setBalance(SEED_IDS.defaultProfile, 'USD', '100.00');
    await a.desk().refreshNow();
    await a.desk().flush();
    expect(a.desk().intent(intent.id)).toMatchObject({
      state: 'needs_attention',
      attentionReason: 'balance_changed',
      attempts: 0,
    });
    // Confirming it again is main's review as for a new mint: refused while the USD is short.
    expect((await a.runtime.handlers.confirmIntent({ id: intent.id })).ok).toBe(false);
    a.sim.control.setBalance(SEED_IDS.defaultProfile, 'USD', '200000.00');
    await a.desk().refreshNow();
    expect(await a.runtime.handlers.confirmIntent({ id: intent.id })).toMatchObject({ ok: true });
    const asked = a.confirmer.requests.at(-1)!;
    expect(asked.action).toBe('intent.confirm');
    expect(Object.fromEntries(asked.facts)).toMatchObject({
      Credited: '150,000.00 USDC into Payroll float',
    });
    await a.desk().flush();
    expect(a.desk().intent(intent.id)?.state).toBe('submitted');
  });

  it('completed as confirmed: the intent completes without an exception', async () => {
    const a = await start();
    const done = await mintAndComplete(a, '2500.00');
    expect(done.state).toBe('completed');
    expect(done.alert).toBeUndefined();
    expect(a.runtime.state.get().needsALook).toEqual([]);
  });

  it('credited short of what was confirmed: an exception item, never silence', async () => {
    const a = await start();
    await control(a, 'short-credit', { by: '0.01' });
    const done = await mintAndComplete(a, '2500.00');
    expect(done.state).toBe('completed');
    expect(done.lastError).toMatchObject({
      code: 'credited_mismatch',
      asked: '2,500.00 USDC',
      answered: '2,499.99 USDC',
    });
    await a.runtime.handlers.getState(undefined);
    const look = a.runtime.state.get().needsALook;
    expect(look).toHaveLength(1);
    expect(look[0]?.message).toContain('Paxos credited 2,499.99 USDC');
  });

  it('Convert & Hold: PENDING hides the memo; ACTIVE shows it; a wire quoting it becomes an announced mint', async () => {
    const a = await start();
    a.sim.control.setApprovals({ rules: { mode: 'manual' } });
    const created = await a.runtime.handlers.createConvertHoldRule({
      profileId: SEED_IDS.payrollProfile,
      asset: 'USDC',
      accountType: 'ABA',
      nickname: 'Mint on wire',
    });
    expect(created).toMatchObject({ ok: true });
    expect(a.confirmer.requests.at(-1)?.message).toBe(
      "Convert every USD wire quoting this rule's memo to USDC in Payroll float in Demo?",
    );
    await a.desk().flush();
    await a.desk().sync('full');
    await a.runtime.handlers.getState(undefined);
    const pending = a.runtime.state.get().rules.items.find((r) => r.nickname === 'Mint on wire')!;
    expect(pending).toMatchObject({ status: 'PENDING', convertsWires: true });
    expect(pending.wireMemoId).toBeUndefined();
    a.sim.control.decideApproval({ kind: 'rule', id: pending.id, decision: 'approve' });
    await a.desk().sync('full');
    await a.runtime.handlers.getState(undefined);
    const active = a.runtime.state.get().rules.items.find((r) => r.id === pending.id)!;
    expect(active.status).toBe('ACTIVE');
    expect(active.wireMemoId).toMatch(/^[A-Z0-9]{10}$/);
    expect(a.notifier.shown.map((n) => n.title)).toContain(
      'Convert & Hold rule is active: Mint on wire',
    );
    // The rule's "simulate a deposit" is Paxos's sandbox wire (POST /sandbox/fiat-deposits)
    // quoting the rule's memo: the simulator converts it by the rule, as the sandbox would.
    const sent = await a.runtime.handlers.simulateDeposit({ ruleId: active.id, amount: '5000.00' });
    expect(sent).toMatchObject({ ok: true });
    const made = a.sim.control
      .snapshot()
      .orchestrations.filter((o) => o.orchestration_rule_id === active.id);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({
      source_asset: 'USD',
      destination_asset: 'USDC',
      source: { fiat: { memo: active.wireMemoId } },
    });
    expect(a.sim.control.snapshot().transfers.filter((t) => t.memo === active.wireMemoId)).toEqual([
      expect.objectContaining({ type: 'WIRE_DEPOSIT', asset: 'USD', amount: '5000.00' }),
    ]);
    a.sim.control.settle();
    await a.desk().sync('full');
    expect(a.notifier.shown.map((n) => n.title)).toContain(
      'Mint from USD completed: 5,000.00 USD → USDC',
    );
    expect(
      a.notifier.shown.find((n) => n.title === 'Mint from USD completed: 5,000.00 USD → USDC')
        ?.body,
    ).toBe('Paxos completed this mint from usd (by rule "Mint on wire"): 5,000.00 USD → USDC.');
    const payroll = a.sim.control.snapshot().profiles.find((p) => p.id === SEED_IDS.payrollProfile);
    expect(payroll?.balances.USDC).toBe('130000');
    const deleted = await a.runtime.handlers.deleteRule({ id: active.id });
    expect(deleted).toMatchObject({ ok: true });
    expect(Object.fromEntries(a.confirmer.requests.at(-1)!.facts).After).toBe(
      'Deposits after deletion stay USD in the profile; nothing is converted to USDC',
    );
  });
});
