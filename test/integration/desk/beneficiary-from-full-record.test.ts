// Issue 24.2: the review, main's dialog and the lists name the same beneficiary. The seeded
// Operating account reaches the desk only through List Fiat Accounts, which (like Paxos's own
// example) keeps an owner object with no name in it; the desk reads the account's
// full record for the owner, keeps it, and the next list refresh does not forget it.
import { afterAll, describe, expect, it } from 'vitest';
import { SEED_IDS, manualDesk } from './desk-fixture';

describe('beneficiary from the full record when the list leaves it out', () => {
  let app: Awaited<ReturnType<typeof manualDesk>> | undefined;
  afterAll(async () => app?.close());

  it('names "Acme Treasury Inc" in the review, the dialog and the list, after one full read', async () => {
    app = await manualDesk();
    await app.desk().refreshNow();
    const listed = await app.desk().records.get('fiatAccounts', SEED_IDS.operatingBankAccount);
    // The list answer carries an owner object with no name in it.
    expect(listed?.record.fiat_account_owner).toBeDefined();
    expect(
      app.runtime.state.get().fiatAccounts.items.find((a) => a.id === SEED_IDS.operatingBankAccount)
        ?.ownerName,
    ).toBe('');
    const sim = app.sim.control;
    /** Get Fiat Account calls so far (the one route that names the owner). */
    const fullReads = () =>
      Object.entries(sim.counts())
        .filter(([route]) => /^GET \S*\/transfer\/fiat-accounts\/[^/]+$/.test(route))
        .reduce((sum, [, n]) => sum + n, 0);
    const getsBefore = fullReads();

    const input = {
      profileId: SEED_IDS.defaultProfile,
      asset: 'USDC' as const,
      amount: '1200',
      fiatAccountId: SEED_IDS.operatingBankAccount,
    };
    const review = await app.runtime.handlers.reviewRedemption(input);
    expect(review).toMatchObject({
      ok: true,
      value: { beneficiary: { ownerName: 'Acme Treasury Inc', ownerText: 'Acme Treasury Inc' } },
    });
    expect(fullReads() - getsBefore).toBe(1);

    // Main's dialog says the same owner, read from main's cache (no second full read).
    expect(await app.runtime.handlers.submitRedemption(input)).toMatchObject({ ok: true });
    const dialog = app.confirmer.requests.at(-1)!;
    expect(dialog.facts).toContainEqual(['Owner', 'Acme Treasury Inc']);
    expect(fullReads() - getsBefore).toBe(1);

    // Kept: the next list refresh (owner left out again) does not forget it.
    await app.desk().refreshNow();
    await expect
      .poll(
        () =>
          app!.runtime.state
            .get()
            .fiatAccounts.items.find((a) => a.id === SEED_IDS.operatingBankAccount)?.ownerName,
      )
      .toBe('Acme Treasury Inc');
  });
});
