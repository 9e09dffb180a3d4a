// The operator's services ask the desk for today's redeemed dollars and for the names of
// accounts and rules; the desk computes them from its own stores. They must match what the
// published state shows the operator (the renderer keeps reading that).
import { afterAll, describe, expect, it } from 'vitest';
import { SEED_IDS, manualDesk } from './desk-fixture';

describe("the desk's own answers match the published state", () => {
  let app: Awaited<ReturnType<typeof manualDesk>> | undefined;
  afterAll(async () => app?.close());

  it('redeemedToday and labels, after a redemption and a local rename', async () => {
    app = await manualDesk();
    await app.desk().refreshNow();
    const id = SEED_IDS.operatingBankAccount;
    for (const amount of ['10', '15.5'])
      expect(
        await app.runtime.handlers.submitRedemption({
          profileId: SEED_IDS.defaultProfile,
          asset: 'USDC',
          amount,
          fiatAccountId: id,
        }),
      ).toMatchObject({ ok: true });
    expect(
      await app.runtime.handlers.renameBankAccount({ id, label: 'Main operating' }),
    ).toMatchObject({ ok: true });
    await app.desk().refreshNow();
    await app.runtime.handlers.getState(undefined);

    const state = app.runtime.state.get();
    expect(state.redeemedTodayUsd).not.toBe('0');
    expect(await app.desk().redeemedToday(new Date())).toBe(state.redeemedTodayUsd);

    const labels = await app.desk().labels();
    expect(state.fiatAccounts.items.length).toBeGreaterThan(0);
    for (const account of state.fiatAccounts.items)
      expect(labels.bankAccount(account.id), account.id).toBe(account.label);
    expect(labels.bankAccount(id)).toBe('Main operating');
    for (const rule of state.rules.items) expect(labels.rule(rule.id), rule.id).toBe(rule.nickname);
    expect(labels.bankAccount('no-such-account')).toBeUndefined();
    expect(labels.rule('no-such-rule')).toBeUndefined();
  });
});
