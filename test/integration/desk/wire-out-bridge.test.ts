// Wire out USD through the bridge: main asks in its own dialog, worded from main's facts (the fee
// mode, the last 4), before anything is queued; declined, nothing is queued or sent; accepted,
// the wire out is queued under a ref_id and followed to COMPLETED with the fee deducted.
import { afterEach, describe, expect, it } from 'vitest';
import { SEED_IDS, manualDesk } from './desk-fixture';

type App = Awaited<ReturnType<typeof manualDesk>>;
let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const ask = {
  profileId: SEED_IDS.operatingProfile,
  fiatAccountId: SEED_IDS.operatingBankAccount,
  amount: '2500.00',
  feeMode: 'deducted' as const,
};

describe('wire out through the bridge', () => {
  it('declined in main: nothing queued, nothing sent', async () => {
    app = await manualDesk();
    await app.desk().refreshNow();
    app.confirmer.answerWith('decline');
    const result = await app.runtime.handlers.submitFiatWithdrawal(ask);
    expect(result).toMatchObject({ ok: false, error: { code: 'declined' } });
    expect(
      app
        .desk()
        .intentsIn()
        .filter((i) => i.kind === 'create_fiat_withdrawal'),
    ).toEqual([]);
    expect(app.sim.control.counts()['POST /v2/transfer/fiat-withdrawals'] ?? 0).toBe(0);
  });

  it("accepted in main's dialog (fee mode in its words): queued, sent, followed to COMPLETED", async () => {
    app = await manualDesk();
    await app.desk().refreshNow();
    const review = await app.runtime.handlers.reviewFiatWithdrawal(ask);
    expect(review).toMatchObject({
      ok: true,
      value: { feeModeText: 'debit exactly 2,500.00 USD, fee deducted' },
    });
    const result = await app.runtime.handlers.submitFiatWithdrawal(ask);
    expect(result.ok).toBe(true);
    const asked = app.confirmer.requests.at(-1);
    expect(asked?.message).toMatch(/debit exactly 2,500\.00 USD, fee deducted/);
    expect(asked?.confirmLabel).toBe('Debit exactly 2,500.00 USD');
    await app.desk().flush();
    app.sim.control.settle();
    await app.desk().sync('full');
    const done = app
      .desk()
      .intentsIn()
      .find((i) => i.kind === 'create_fiat_withdrawal');
    expect(done?.state).toBe('completed');
    const atPaxos = app.sim.control.snapshot().transfers.find((t) => t.ref_id === done?.refId);
    expect(atPaxos).toMatchObject({ total: '2500.00', amount: '2475', status: 'COMPLETED' });
  });
});
