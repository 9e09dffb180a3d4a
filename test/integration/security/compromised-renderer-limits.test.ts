// Every decision that can send money asks main, and the daily limit counts the account, not the
// desk (issue 21.3). A redemption queued offline at 23:30 expires after midnight; a new one is
// sent today; the renderer alone then confirms the expired one: main's dialog must ask, with
// today's total from Paxos' list, and a no sends nothing. A request queued yesterday is checked
// against today's total when it is sent. And two desks on one account cannot each spend the limit.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SEED_IDS, startSimulator, type RunningSimulator } from '../../../main/simulator';
import { scriptedConfirmer } from '../../support/scripted-confirmer';
import { createTestRuntime, type TestRuntime } from '../../support/test-runtime';
import { manualTimers } from '../desk/desk-fixture';
import { compromisedDesk } from './compromised-renderer';

const redemption = (amount: string) => ({
  profileId: SEED_IDS.defaultProfile,
  asset: 'USDC',
  amount,
  fiatAccountId: SEED_IDS.operatingBankAccount,
});
const HOUR = 3_600_000;

/** A desk whose clock and Paxos' both read 23:30 UTC, daily limit 1,000, one 900 queued offline. */
async function queuedAt2330(expiryMinutes: number) {
  const d = await compromisedDesk();
  const sim = await d.app.simulator();
  const desk = () => d.app.runtime.environments.desk;
  const day = 24 * HOUR;
  let target = Math.floor(Date.now() / day) * day + 23.5 * HOUR;
  if (target < Date.now() + 60_000) target += day;
  const both = (ms: number) => {
    d.clock.advance(ms);
    sim.control.tick(ms);
  };
  d.clock.advance(target - Date.now());
  sim.control.tick(target - sim.control.now().getTime());
  d.confirmer.answerWith('accept');
  expect(
    (
      await d.call('updateSettings', {
        perRedemptionSoftLimitUsd: '1000.00',
        dailySoftLimitUsd: '1000.00',
      })
    ).ok,
  ).toBe(true);
  expect((await d.call('updateSettings', { intentExpiryMinutes: expiryMinutes })).ok).toBe(true);
  const state = d.app.runtime.state;
  state.set({ connection: { ...state.get().connection, status: 'offline' } });
  const queued = await d.call('submitRedemption', redemption('900'));
  expect(queued).toMatchObject({ ok: true, value: { state: 'queued' } });
  const first = desk().intentsIn(['queued'])[0]!;
  both(HOUR); // 00:30 the next day
  const orchestrations = async () => (await d.app.simulator()).control.snapshot().orchestrations;
  return { d, sim, desk, first, orchestrations, today: () => sim.control.now() };
}

describe('an expired 900 confirmed by the renderer after another 900 went today (limit 1,000)', () => {
  let s: Awaited<ReturnType<typeof queuedAt2330>>;
  beforeAll(async () => {
    s = await queuedAt2330(60);
    await s.desk().refreshNow(); // back online: the first one expired, nothing sent
    expect(s.desk().intent(s.first.id)).toMatchObject({
      state: 'needs_attention',
      attentionReason: 'expired',
    });
    expect((await s.d.call('submitRedemption', redemption('900'))).ok).toBe(true);
    await s.desk().flush();
    await s.desk().refreshNow();
    expect(await s.desk().redeemedToday(s.today())).toBe('900');
  });
  afterAll(async () => s?.d.app.close());

  it('asks main, with today’s total over the limit; declined or unticked, nothing is sent', async () => {
    const before = await s.d.fingerprint();
    const sent = (await s.orchestrations()).length;
    // Pressed without ticking, the dialog is shown once more with the reason, then main declines.
    for (const [answer, showings] of [
      ['decline', 1],
      ['accept-without-ticking', 2],
    ] as const) {
      s.d.confirmer.answerWith(answer);
      const asked = s.d.confirmer.requests.length;
      const result = await s.d.call('confirmIntent', { id: s.first.id });
      expect(result.error?.code, answer).toBe('declined');
      expect(s.d.confirmer.requests.length, answer).toBe(asked + showings);
      await s.desk().flush();
      expect(await s.d.fingerprint()).toBe(before);
      expect((await s.orchestrations()).length).toBe(sent);
      expect(await s.desk().redeemedToday(s.today())).toBe('900');
    }
    const request = s.d.confirmer.requests.at(-2)!;
    expect(s.d.confirmer.requests.at(-1)).toEqual({
      ...request,
      notice:
        'Nothing was sent: the box “I checked the amount and the destination” was not ticked. Tick it to go ahead, or Cancel.',
    });
    expect(request.notice).toBeUndefined();
    expect(request).toMatchObject({
      action: 'intent.confirm',
      message: 'Redeem 900.00 USDC to the account ending 6789 in Demo?',
      confirmLabel: 'Redeem 900.00 USDC',
      checkboxLabel: 'I checked the amount and the destination',
    });
    expect(request.facts).toContainEqual(['Above your soft limit', 'per day 1,000.00 USD']);
    expect(request.facts).toContainEqual(['Bank', 'JPMorgan Chase Bank, account ending 6789']);
    expect(request.facts).toContainEqual(['Your label', '“Operating account”']);
    expect(await s.d.lastAudit('intent.confirm')).toMatchObject({
      outcome: 'cancelled',
      details: { amount: '900', asset: 'USDC', last4: '6789', refId: s.first.refId },
    });
  });

  it('confirmed and ticked in main, it is sent: the operator chose to go over', async () => {
    s.d.confirmer.answerWith('accept');
    expect((await s.d.call('confirmIntent', { id: s.first.id })).ok).toBe(true);
    await s.desk().flush();
    expect(s.desk().intent(s.first.id)?.state).toBe('submitted');
    expect(await s.d.lastAudit('intent.confirm')).toMatchObject({
      outcome: 'confirmed',
      details: { amount: '900', overSoftLimit: true },
    });
  });
});

describe('a 900 queued yesterday, sent after another 900 was confirmed today (limit 1,000)', () => {
  let s: Awaited<ReturnType<typeof queuedAt2330>>;
  beforeAll(async () => void (s = await queuedAt2330(180)));
  afterAll(async () => s?.d.app.close());

  it('waits for a fresh confirmation instead of being sent over today’s limit', async () => {
    expect((await s.d.call('submitRedemption', redemption('900'))).ok).toBe(true);
    await s.desk().refreshNow();
    await s.desk().flush();
    expect(s.desk().intent(s.first.id)).toMatchObject({
      state: 'needs_attention',
      attentionReason: 'over_daily_limit',
    });
    const created = (await s.orchestrations()).filter((o) => o.source_amount === '900');
    expect(created).toHaveLength(1);
    expect(await s.desk().redeemedToday(s.today())).toBe('900');
  });
});

describe('two desks on one Paxos account (limit 1,000 each)', () => {
  let sim: RunningSimulator;
  const apps: TestRuntime[] = [];
  beforeAll(async () => {
    sim = await startSimulator({
      seed: 7,
      timing: { fiatApprovalMs: 800, orchestrationStepMs: 300 },
    });
    for (let i = 0; i < 2; i += 1)
      apps.push(
        await createTestRuntime({
          settings: {
            onboarded: true,
            perRedemptionSoftLimitUsd: '1000.00',
            dailySoftLimitUsd: '1000.00',
          },
          confirmer: scriptedConfirmer('accept-without-ticking'),
          runtime: {
            timers: manualTimers,
            startDemoSimulator: async () => ({ ...sim, close: async () => undefined }),
          },
        }),
      );
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await sim?.close();
  });

  it('the second sees the first’s wire in Paxos’ list and cannot spend the limit again unticked', async () => {
    const [first, second] = apps as [TestRuntime, TestRuntime];
    await first.runtime.environments.desk.refreshNow();
    expect((await first.runtime.handlers.submitRedemption(redemption('900'))).ok).toBe(true);
    await first.runtime.environments.desk.flush();
    const before = sim.control.snapshot().orchestrations.length;

    await second.runtime.environments.desk.refreshNow();
    expect(await second.runtime.environments.desk.redeemedToday(new Date())).toBe('900');
    const result = await second.runtime.handlers.submitRedemption(redemption('900'));
    expect(result).toMatchObject({ ok: false, error: { code: 'declined' } });
    expect(second.confirmer.requests.at(-1)?.facts).toContainEqual([
      'Above your soft limit',
      'per day 1,000.00 USD',
    ]);
    await second.runtime.environments.desk.flush();
    expect(sim.control.snapshot().orchestrations.length).toBe(before);
  });
});

describe('confirmed today under the limit, then another desk wires on the account (limit 1,000)', () => {
  let sim: RunningSimulator;
  const apps: TestRuntime[] = [];
  beforeAll(async () => {
    sim = await startSimulator({
      seed: 7,
      timing: { fiatApprovalMs: 800, orchestrationStepMs: 300 },
    });
    for (let i = 0; i < 2; i += 1)
      apps.push(
        await createTestRuntime({
          settings: {
            onboarded: true,
            perRedemptionSoftLimitUsd: '1000.00',
            dailySoftLimitUsd: '1000.00',
          },
          confirmer: scriptedConfirmer('accept-without-ticking'),
          runtime: {
            timers: manualTimers,
            startDemoSimulator: async () => ({ ...sim, close: async () => undefined }),
          },
        }),
      );
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await sim?.close();
  });

  it('is not sent over the account’s total: it waits for a fresh decision in main, and only main’s ticked yes sends it', async () => {
    const [first, second] = apps as [TestRuntime, TestRuntime];
    const deskA = first.runtime.environments.desk;
    await deskA.refreshNow();
    // Desk A: 600 confirmed in main today (0 of 1,000 so far: no box), still queued.
    const state = first.runtime.state;
    state.set({ connection: { ...state.get().connection, status: 'offline' } });
    expect(await first.runtime.handlers.submitRedemption(redemption('600'))).toMatchObject({
      ok: true,
      value: { state: 'queued' },
    });
    const queued = deskA.intentsIn(['queued'])[0]!;
    // Meanwhile desk B wires 700 on the same account.
    await second.runtime.environments.desk.refreshNow();
    expect((await second.runtime.handlers.submitRedemption(redemption('700'))).ok).toBe(true);
    await second.runtime.environments.desk.flush();
    const amounts = () => sim.control.snapshot().orchestrations.map((o) => String(o.source_amount));
    expect(amounts()).toContain('700');

    // Desk A comes back: Paxos lists 700 today, so 600 more is 1,300 of 1,000. Not sent.
    await deskA.refreshNow();
    await deskA.flush();
    const held = deskA.intent(queued.id);
    expect(held).toMatchObject({ state: 'needs_attention', attentionReason: 'over_daily_limit' });
    // Main's words, with the figures, where the operator decides (not as a failed attempt).
    await vi.waitFor(() => {
      const view = first.runtime.state.get().outbox.items.find((i) => i.id === queued.id);
      expect(view?.confirmationNeeded).toContain(
        "Sent now, today's wires out of Paxos for the account would be 1,300.00 USD of your 1,000.00 USD daily limit",
      );
      expect(view?.lastError).toBeUndefined();
    });
    expect(sim.control.snapshot().orchestrations.map((o) => o.ref_id)).not.toContain(queued.refId);

    // The renderer alone cannot send it: main asks, over the limit, and an unticked yes is a no.
    const asked = first.confirmer.requests.length;
    const unticked = await first.runtime.handlers.confirmIntent({ id: queued.id });
    expect(unticked).toMatchObject({ ok: false, error: { code: 'declined' } });
    // Pressed unticked, main shows its dialog once more with the reason, then declines (24.2).
    expect(first.confirmer.requests.length).toBe(asked + 2);
    expect(first.confirmer.requests.at(-1)?.facts).toContainEqual([
      'Above your soft limit',
      'per day 1,000.00 USD',
    ]);
    await deskA.flush();
    expect(sim.control.snapshot().orchestrations.map((o) => o.ref_id)).not.toContain(queued.refId);

    // Main's dialog, ticked: the operator chose 1,300 of 1,000; now it is sent, once.
    first.confirmer.answerWith('accept');
    expect((await first.runtime.handlers.confirmIntent({ id: queued.id })).ok).toBe(true);
    await deskA.flush();
    expect(deskA.intent(queued.id)?.state).toBe('submitted');
    expect(
      sim.control.snapshot().orchestrations.filter((o) => o.ref_id === queued.refId),
    ).toHaveLength(1);
  });
});
