// The daily limits are checked again when a queued wire out or conversion leaves, the day it
// leaves, against the account's total, as a redemption's is (issue 21.3, architecture.md
// "Storage, offline and recovery rules"): confirmed today under the limit, then another desk
// moves money on the same account before it leaves, it waits for a fresh decision in main
// instead of being sent over a total nobody accepted. Wires out count against the wire limit
// (money leaving Paxos), conversions against the conversion limit (money staying inside it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_IDS, startSimulator, type RunningSimulator } from '../../../main/simulator';
import { scriptedConfirmer } from '../../support/scripted-confirmer';
import { createTestRuntime, type TestRuntime } from '../../support/test-runtime';
import { manualTimers } from './desk-fixture';

const LIMITS = {
  perRedemptionSoftLimitUsd: '1000.00',
  dailySoftLimitUsd: '1000.00',
  perConversionSoftLimitUsd: '1000.00',
  dailyConversionSoftLimitUsd: '1000.00',
};

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
        settings: { onboarded: true, ...LIMITS },
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

const deskOf = (app: TestRuntime) => app.runtime.environments.desk;
function offline(app: TestRuntime) {
  const state = app.runtime.state;
  state.set({ connection: { ...state.get().connection, status: 'offline' } });
}

/** Main's dialog over the limit, ticked this time: the request leaves with the total accepted. */
async function freshDecision(app: TestRuntime, id: string) {
  app.confirmer.answerWith('accept');
  expect((await app.runtime.handlers.confirmIntent({ id })).ok).toBe(true);
  expect(app.confirmer.requests.at(-1)?.checkboxLabel).toBeDefined();
  await deskOf(app).flush();
  expect(deskOf(app).intent(id)?.state).toBe('submitted');
  app.confirmer.answerWith('accept-without-ticking');
}

describe('confirmed today under a daily limit, then another desk moves money on the account', () => {
  it('a wire out waits for a fresh decision in main instead of leaving over the wire limit', async () => {
    const [first, second] = apps as [TestRuntime, TestRuntime];
    await deskOf(first).refreshNow();
    offline(first);
    // Desk A: 600 USD cash confirmed in main (0 of 1,000 today: no box to tick), still queued.
    const queued = await first.runtime.handlers.submitFiatWithdrawal({
      profileId: SEED_IDS.operatingProfile,
      fiatAccountId: SEED_IDS.operatingBankAccount,
      amount: '600.00',
      feeMode: 'deducted',
    });
    expect(queued).toMatchObject({ ok: true, value: { state: 'queued' } });
    const intent = deskOf(first).intentsIn(['queued'])[0]!;
    // Desk B redeems 700 to a bank on the same account, today.
    await deskOf(second).refreshNow();
    const redeemed = await second.runtime.handlers.submitRedemption({
      profileId: SEED_IDS.defaultProfile,
      asset: 'USDC',
      amount: '700',
      fiatAccountId: SEED_IDS.operatingBankAccount,
    });
    expect(redeemed.ok).toBe(true);
    await deskOf(second).flush();
    // Desk A comes back: Paxos lists 700 wired today, so 600 more is 1,300 of 1,000.
    await deskOf(first).refreshNow();
    expect(await deskOf(first).redeemedToday(sim.control.now(), intent.refId)).toBe('700');
    await deskOf(first).flush();
    expect(deskOf(first).intent(intent.id)).toMatchObject({
      state: 'needs_attention',
      attentionReason: 'over_daily_limit',
    });
    const sent = () => sim.control.snapshot().transfers.filter((t) => t.ref_id === intent.refId);
    expect(sent()).toHaveLength(0);
    // Main's dialog, ticked: the operator chose 1,300 of 1,000; now it leaves, once.
    await freshDecision(first, intent.id);
    expect(sent()).toHaveLength(1);
  });

  it('a conversion waits for a fresh decision in main instead of leaving over the conversion limit', async () => {
    const [first, second] = apps as [TestRuntime, TestRuntime];
    await deskOf(first).refreshNow();
    offline(first);
    const convert = (amount: string) => ({
      fromProfileId: SEED_IDS.defaultProfile,
      fromAsset: 'PYUSD' as const,
      toProfileId: SEED_IDS.operatingProfile,
      toAsset: 'USDG' as const,
      amount,
    });
    const queued = await first.runtime.handlers.submitConversion(convert('600'));
    expect(queued).toMatchObject({ ok: true, value: { state: 'queued' } });
    const intent = deskOf(first)
      .intentsIn(['queued'])
      .find((i) => i.kind === 'create_conversion')!;
    await deskOf(second).refreshNow();
    expect((await second.runtime.handlers.submitConversion(convert('700'))).ok).toBe(true);
    await deskOf(second).flush();
    await deskOf(first).refreshNow();
    expect(await deskOf(first).convertedToday(sim.control.now(), intent.refId)).toBe('700');
    await deskOf(first).flush();
    expect(deskOf(first).intent(intent.id)).toMatchObject({
      state: 'needs_attention',
      attentionReason: 'over_daily_limit',
    });
    const sent = () =>
      sim.control.snapshot().orchestrations.filter((o) => o.ref_id === intent.refId);
    expect(sent()).toHaveLength(0);
    await freshDecision(first, intent.id);
    expect(sent()).toHaveLength(1);
  });
});
