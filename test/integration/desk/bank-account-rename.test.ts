// Renaming a bank account is local: nothing is sent to Paxos (no update, which would send an
// approved account back to review), the account stays APPROVED, the list shows the new name,
// a redemption queued before the rename keeps the old one, and the rename is in the audit log.
import { afterAll, describe, expect, it } from 'vitest';
import { SEED_IDS, manualDesk } from './desk-fixture';

describe('rename a bank account', () => {
  let app: Awaited<ReturnType<typeof manualDesk>> | undefined;
  afterAll(async () => app?.close());

  it('changes only the local label', async () => {
    app = await manualDesk();
    await app.desk().refreshNow();
    const id = SEED_IDS.operatingBankAccount;
    const before = app.runtime.state.get().fiatAccounts.items.find((a) => a.id === id);
    expect(before?.status).toBe('APPROVED');
    const simBefore = JSON.stringify(app.sim.control.snapshot().fiatAccounts);
    // A request made under the old name.
    expect(
      await app.runtime.handlers.submitRedemption({
        profileId: SEED_IDS.defaultProfile,
        asset: 'USDC',
        amount: '10',
        fiatAccountId: id,
      }),
    ).toMatchObject({ ok: true });

    expect(
      await app.runtime.handlers.renameBankAccount({ id, label: 'Main operating' }),
    ).toMatchObject({ ok: true, value: { id, label: 'Main operating' } });

    expect(JSON.stringify(app.sim.control.snapshot().fiatAccounts)).toBe(simBefore);
    expect(
      app
        .desk()
        .intentsIn()
        .filter((i) => i.kind === 'update_fiat_account'),
    ).toEqual([]);
    await app.desk().refreshNow();
    const after = app.runtime.state.get().fiatAccounts.items.find((a) => a.id === id);
    expect(after).toMatchObject({ status: 'APPROVED', label: 'Main operating' });
    const request = app.runtime.state
      .get()
      .outbox.items.find((i) => i.kind === 'create_orchestration');
    expect(request?.summary).toContain(before!.label);
    expect(request?.summary).not.toContain('Main operating');
    const audit = await app.runtime.handlers.getAuditLog({ limit: 20 });
    expect(JSON.stringify(audit)).toContain('fiat_account.rename');
  });

  it('refuses an empty label and an unknown account', async () => {
    expect(
      await app!.runtime.handlers.renameBankAccount({
        id: SEED_IDS.operatingBankAccount,
        label: '   ',
      }),
    ).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(
      await app!.runtime.handlers.renameBankAccount({ id: 'no-such-account', label: 'X' }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
