// Renaming a bank account is local and never rewrites a past wire: Activity search and the CSV
// name each redemption by the label its account had when the redemption was created (the rows
// and the drawer read the same history from the state), and a new redemption uses the new label.
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelAt } from '../../../shared/account-label';
import { manualDesk, SEED_IDS } from './desk-fixture';

type App = Awaited<ReturnType<typeof manualDesk>>;
type Row = { id: string; createdAt: string; memo?: string };

/** Waits for the wall clock to pass `iso` (labels and Paxos times are compared in milliseconds). */
async function clockPast(iso: string) {
  while (Date.now() <= Date.parse(iso)) await new Promise((resolve) => setTimeout(resolve, 1));
}

describe('a renamed bank account keeps its old label on past wires', () => {
  let app: App;
  let oldRow: Row;
  let newRow: Row;
  const ids = (rows: readonly Row[]) => rows.map((r) => r.id);

  async function redeem(memo: string): Promise<Row> {
    const { handlers } = app.runtime;
    const request = {
      profileId: SEED_IDS.defaultProfile,
      asset: 'USDC',
      fiatAccountId: SEED_IDS.operatingBankAccount,
      amount: '321.09',
      memo,
    };
    expect(
      await handlers.submitRedemption({ ...request, retypedAmount: request.amount }),
    ).toMatchObject({ ok: true });
    await app.desk().flush();
    await app.desk().refreshNow();
    const found = (await handlers.queryActivity({
      filter: { text: memo },
      offset: 0,
      limit: 10,
    })) as { ok: true; value: { rows: Row[] } };
    expect(found.value.rows).toHaveLength(1);
    return found.value.rows[0]!;
  }
  async function search(text: string): Promise<string[]> {
    const result = (await app.runtime.handlers.queryActivity({
      filter: { text },
      offset: 0,
      limit: 500,
    })) as { ok: true; value: { rows: Row[] } };
    return ids(result.value.rows);
  }

  beforeAll(async () => {
    app = await manualDesk();
    await app.desk().refreshNow();
    oldRow = await redeem('BEFORE-RENAME');
    await clockPast(oldRow.createdAt);
    expect(
      await app.runtime.handlers.renameBankAccount({
        id: SEED_IDS.operatingBankAccount,
        label: 'Payroll',
      }),
    ).toMatchObject({ ok: true });
    const renamedAt = new Date().toISOString();
    await clockPast(renamedAt);
    newRow = await redeem('AFTER-RENAME');
  });
  afterAll(async () => app?.close());

  it('the state carries the label history; each wire reads the label of its own time', () => {
    const account = app.runtime.state
      .get()
      .fiatAccounts.items.find((a) => a.id === SEED_IDS.operatingBankAccount)!;
    expect(account.label).toBe('Payroll');
    expect(account.labelHistory?.map((h) => h.label)).toEqual(['Operating account', 'Payroll']);
    expect(labelAt(account, oldRow.createdAt)).toBe('Operating account');
    expect(labelAt(account, newRow.createdAt)).toBe('Payroll');
  });

  it('search matches the label each row shows: the old name finds the old wire only, the new name the new one', async () => {
    const byOldName = await search('Operating account');
    expect(byOldName).toContain(oldRow.id);
    expect(byOldName).not.toContain(newRow.id);
    const byNewName = await search('Payroll');
    expect(byNewName).toContain(newRow.id);
    expect(byNewName).not.toContain(oldRow.id);
    // The last 4 did not change: both.
    expect(await search('6789')).toEqual(expect.arrayContaining([oldRow.id, newRow.id]));
  });

  it("the CSV names each wire as it was named then, with today's label beside a renamed one", async () => {
    const exported = (await app.runtime.handlers.exportActivityCsv({ text: 'RENAME' })) as {
      ok: true;
      value: { path: string };
    };
    expect(exported.ok).toBe(true);
    const rows = Papa.parse<Record<string, string>>(await readFile(exported.value.path, 'utf8'), {
      header: true,
    }).data;
    const byId = new Map(rows.map((r) => [r.orchestration_id, r]));
    expect(byId.get(oldRow.id)).toMatchObject({
      destination_label: 'Operating account',
      destination_label_now: 'Payroll',
      destination_last4: '6789',
    });
    expect(byId.get(newRow.id)).toMatchObject({
      destination_label: 'Payroll',
      destination_label_now: '',
      destination_last4: '6789',
    });
  });
});
