// Wire out USD cash on the desk, over the simulator: the intent's ref_id is sent, a lost answer
// is found by ref_id (one POST at Paxos, never a blind resend), even when List Transfers ignores
// its ref_ids filter; the transfer stays `submitted` until the sync's one List Transfers reads it
// COMPLETED (the fee deducted as asked); FAILED fails it; the daily wire limit counts it with
// redemptions; a credential that demands signed requests holds it in words, nothing resent.
import { afterEach, describe, expect, it } from 'vitest';
import {
  fiatWithdrawalConfirmationFacts,
  reviewFiatWithdrawal,
  type IntentPayloads,
} from '../../../main/desk';
import { defaultSettings } from '../../../shared/settings';
import { SEED_IDS, manualDesk } from './desk-fixture';

type App = Awaited<ReturnType<typeof manualDesk>>;
let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const POST = 'POST /v2/transfer/fiat-withdrawals';
const posts = (a: App) => a.sim.control.counts()[POST] ?? 0;
const body = (
  figure: { amount: string } | { total: string },
): IntentPayloads['create_fiat_withdrawal'] => ({
  profile_id: SEED_IDS.operatingProfile,
  fiat_account_id: SEED_IDS.operatingBankAccount,
  asset: 'USD',
  ...figure,
});
const atPaxos = (a: App, refId: string) =>
  a.sim.control.snapshot().transfers.filter((t) => t.ref_id === refId);

async function settleAndSync(a: App) {
  a.sim.control.settle();
  await a.desk().sync('full');
}

describe('wire out USD cash', () => {
  it('sends the ref_id, stays submitted until Paxos says COMPLETED, with the fee deducted', async () => {
    app = await manualDesk();
    await app.desk().refreshNow();
    const intent = await app.desk().enqueue('create_fiat_withdrawal', body({ total: '1025.00' }));
    await app.desk().flush();
    const sent = app.desk().intent(intent.id);
    expect(sent?.state).toBe('submitted');
    const [transfer] = atPaxos(app, intent.refId);
    expect(transfer).toMatchObject({ total: '1025.00', fee: '25.00', status: 'PENDING' });
    expect(sent?.result?.paxosId).toBe(transfer?.id);
    await app.desk().sync('full');
    expect(app.desk().intent(intent.id)?.state).toBe('submitted');
    await settleAndSync(app);
    expect(app.desk().intent(intent.id)?.state).toBe('completed');
    expect(posts(app)).toBe(1);
  });

  it('a FAILED wire out fails its request, with Paxos saying so', async () => {
    app = await manualDesk();
    await app.desk().refreshNow();
    app.sim.control.failNextOutgoingWires(1);
    const intent = await app.desk().enqueue('create_fiat_withdrawal', body({ amount: '10.00' }));
    await app.desk().flush();
    await settleAndSync(app);
    const failed = app.desk().intent(intent.id);
    expect(failed?.state).toBe('failed');
    expect(failed?.lastError?.message).toMatch(/FAILED/);
  });

  it('a lost answer is found by ref_id, even when the ref_ids filter is ignored: one POST', async () => {
    app = await manualDesk();
    await app.desk().refreshNow();
    const other = await app.desk().enqueue('create_fiat_withdrawal', body({ amount: '1.00' }));
    await app.desk().flush();
    app.sim.control.ignoreTransferRefIds(true);
    app.sim.control.setFaults({
      drop: { count: 3, when: 'after', match: { method: 'POST', path: '/fiat-withdrawals' } },
    });
    const before = posts(app);
    const intent = await app.desk().enqueue('create_fiat_withdrawal', body({ total: '500.00' }));
    await app.desk().flush();
    expect(app.desk().intent(intent.id)?.state).toBe('reconciling');
    const afterLoss = posts(app);
    expect(afterLoss - before).toBe(1);
    app.sim.control.clearFaults();
    // The other wire comes back after ours was sent: the newest transfer, first in a list whose
    // ref_ids filter is ignored, and not ours (only a check of each hit's ref_id passes it by).
    app.sim.control.settle();
    const otherId = String(atPaxos(app, other.refId)[0]?.id);
    expect(app.sim.control.returnOutgoingWire(otherId)).toMatchObject({ type: 'WIRE_DEPOSIT' });
    await app.desk().refreshNow();
    await app.desk().flush();
    const found = app.desk().intent(intent.id);
    const held = atPaxos(app, intent.refId);
    // Paxos completed it (settle above) before the lookup found it: closed at once as completed.
    expect(held[0]?.status).toBe('COMPLETED');
    expect(found?.state).toBe('completed');
    expect(posts(app)).toBe(afterLoss);
    expect(held).toHaveLength(1);
    expect(found?.result?.paxosId).toBe(held[0]?.id);
  });

  it("main's confirmation states the fee mode, the beneficiary's last 4 and the arrival window", async () => {
    app = await manualDesk();
    await app.desk().refreshNow();
    const desk = app.desk();
    const account = await desk.live.bankAccountFacts(SEED_IDS.operatingBankAccount);
    if (!account) throw new Error('the seeded bank account is not cached');
    const ask = {
      profileId: SEED_IDS.operatingProfile,
      fiatAccountId: SEED_IDS.operatingBankAccount,
      amount: '1000.00',
    };
    const context = {
      environment: 'demo' as const,
      cache: desk.records,
      settings: { ...defaultSettings, dailySoftLimitUsd: '1500.00' },
      wiredTodayUsd: '600.00',
      online: true,
      now: new Date('2026-12-24T23:30:00Z'), // after the cut-off, before Christmas Day
    };
    const deducted = fiatWithdrawalConfirmationFacts(
      await reviewFiatWithdrawal({ ...ask, feeMode: 'deducted' }, context),
      account,
      { dailyUsd: '1500.00' },
    );
    expect(deducted.question).toMatch(/debit exactly 1,000\.00 USD.*fee deducted/);
    expect(deducted.question).toContain(`ending ${account.last4}`);
    expect(deducted.confirmLabel).toMatch(/^Debit exactly/);
    expect(deducted.mustTickChecked).toBe(true); // 600 + 1,000 is over the 1,500 a day
    expect(Object.fromEntries(deducted.rows)['Expected arrival']).toMatch(/Christmas/);
    expect(deducted.audit).toMatchObject({ amount: '1000.00', feeMode: 'deducted' });
    const onTop = fiatWithdrawalConfirmationFacts(
      await reviewFiatWithdrawal({ ...ask, feeMode: 'on_top' }, { ...context, wiredTodayUsd: '0' }),
      account,
      { dailyUsd: '1500.00' },
    );
    expect(onTop.question).toMatch(/send exactly 1,000\.00 USD.*fee on top/);
    expect(onTop.mustTickChecked).toBe(false);
  });

  it('counts toward the same daily wire limit as redemptions', async () => {
    app = await manualDesk();
    await app.desk().refreshNow();
    const now = app.sim.control.now();
    const before = await app.desk().redeemedToday(now);
    await app.desk().enqueue('create_fiat_withdrawal', body({ total: '700.00' }));
    expect(await app.desk().redeemedToday(now)).toBe(String(Number(before) + 700));
  });

  it('a credential that demands signed requests: refused in words, held, never resent', async () => {
    app = await manualDesk();
    await app.desk().refreshNow();
    const intent = await app.desk().enqueue('create_fiat_withdrawal', body({ amount: '20.00' }));
    app.sim.control.requireSignedRequests(true);
    await app.desk().flush();
    const held = app.desk().intent(intent.id);
    expect(held?.state).toBe('needs_attention');
    expect(held?.attentionReason).toBe('signature_required');
    expect(held?.lastError?.message).toMatch(
      /requires signed requests, which this desk is not set up for/,
    );
    expect(posts(app)).toBe(1);
    expect(atPaxos(app, intent.refId)).toHaveLength(0);
  });
});
