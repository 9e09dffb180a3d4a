// Exporting Activity to CSV: a few redemptions (completed and failed, two with memos a
// spreadsheet would run as formulas — one typed in this app, one created at Paxos by another
// API client), filtered on the Activity screen, exported, and the file read back: the header,
// exactly the filtered rows, and every formula-looking cell neutralised with a leading quote.
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPaxosClient } from '../../../main/paxos';
import { SEED_IDS } from '../../../main/simulator';
import { activityCsvColumns } from '../../../main/desk/activity/activity-csv';
import { describeInBrowser } from '../harness/browser';
import { launchApp, type LaunchedApp } from '../harness/launch-app';
import { finish, goTo, pollFor } from './flow-helpers';

const FORMULA_FROM_ELSEWHERE = '=HYPERLINK("http://x","SIMULATE-FAILURE")';
const FORMULA_TYPED_HERE = '+HYPERLINK(http://x.example)';

describeInBrowser('Activity: filter, then export the filtered rows as CSV', () => {
  let app: LaunchedApp;

  beforeAll(async () => {
    app = await launchApp({ settings: { onboarded: true, pollFastSeconds: 2 } });
  });
  afterAll(async () => app?.close());

  async function redeem(amount: string, memo: string): Promise<void> {
    const result = await app.runtime.handlers.submitRedemption({
      profileId: SEED_IDS.defaultProfile,
      asset: 'USDC',
      amount,
      fiatAccountId: SEED_IDS.operatingBankAccount,
      memo,
    });
    expect(result).toMatchObject({ ok: true });
  }

  async function exportCsv(
    expectedRows: number,
  ): Promise<{ header: string[]; rows: Record<string, string>[]; raw: string }> {
    const { page } = app;
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const result = page.getByTestId('export-result');
    await pollFor(() => result.textContent()).toMatch(
      new RegExp(`^Exported ${expectedRows} rows to `),
    );
    const path = (await result.locator('code').textContent())!.trim();
    expect(dirname(path)).toBe(app.test.exportDir);
    const raw = await readFile(path, 'utf8');
    const parsed = Papa.parse<Record<string, string>>(raw, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    return { header: parsed.meta.fields ?? [], rows: parsed.data, raw };
  }

  it('exports only what the filters show, with formula-looking memos neutralised', async () => {
    const { page } = app;
    await pollFor(() => page.locator('.statusbar').getByRole('status').textContent()).toContain(
      'Online',
    );

    // Four redemptions: two through the desk's own bridge, one failing by the simulator's
    // trigger, and one created at Paxos by another system with a formula for a memo.
    await redeem('1200', 'Q3 supplier batch');
    await redeem('450.75', 'Refund SIMULATE-FAILURE');
    await redeem('300', FORMULA_TYPED_HERE);
    const sim = await app.test.simulator();
    const otherSystem = createPaxosClient({
      environment: 'demo',
      endpoints: { apiUrl: sim.url, tokenUrl: sim.tokenUrl },
      env: {},
      getCredentials: async () => sim.credentials,
    });
    await otherSystem.createOrchestration({
      ref_id: 'erp-batch-0001',
      source_asset: 'USDC',
      destination_asset: 'USD',
      source_amount: '75',
      source: { profile: { profile_id: SEED_IDS.defaultProfile } },
      destination: {
        fiat: { bank_account_id: SEED_IDS.operatingBankAccount, memo: FORMULA_FROM_ELSEWHERE },
      },
    });

    // All four reach the Activity list by themselves, and settle.
    await goTo(page, 'Activity');
    await pollFor(() => page.getByTestId('activity-count').textContent(), 30_000).toBe(
      '4 redemptions',
    );
    const rows = page.getByTestId('activity-row');
    await pollFor(
      async () =>
        (await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))).sort(),
      30_000,
    ).toEqual(['COMPLETED', 'COMPLETED', 'FAILED', 'FAILED']);
    await rows.filter({ hasText: '1,200.00 USDC' }).click();
    const detail = page.getByTestId('activity-detail');
    await pollFor(() => detail.textContent()).toContain('Q3 supplier batch');
    await pollFor(() =>
      detail.getByTestId('redemption-timeline').getAttribute('data-outcome'),
    ).toBe('completed');
    await app.screenshot('csv-export-1-activity-with-detail');
    await page.keyboard.press('Escape');
    await pollFor(() => detail.count()).toBe(0);

    // Filter: failed only.
    const filters = page.getByRole('form', { name: 'Activity filters' });
    const statusChips = filters.getByRole('group', { name: 'Status' });
    await statusChips.getByRole('button', { name: 'Failed' }).click();
    await pollFor(() => page.getByTestId('activity-count').textContent()).toBe('2 redemptions');
    await pollFor(() => rows.count()).toBe(2);
    const failed = await exportCsv(2);
    expect(failed.header).toEqual(activityCsvColumns.map(([name]) => name));
    expect(failed.raw.startsWith('created_at,sent_at,settled_at,kind,status,')).toBe(true);
    // Reconcilable: the destination by its label and last 4, the profile by name, USD only once completed.
    expect(
      failed.rows.map((r) => [r.destination_label, r.destination_last4, r.usd_amount, r.source]),
    ).toEqual([
      ['Operating account', '6789', '', 'ad hoc'],
      ['Operating account', '6789', '', 'ad hoc'],
    ]);
    expect(failed.rows.every((r) => r.profile_name !== '')).toBe(true);
    expect(failed.rows.map((r) => r.status)).toEqual(['FAILED', 'FAILED']);
    // Amounts with the asset's fixed decimals (USDC: 6), never 75 beside 450.75.
    expect(failed.rows.map((r) => r.source_amount).sort()).toEqual(['450.750000', '75.000000']);
    const fromElsewhere = failed.rows.find((r) => r.ref_id === 'erp-batch-0001');
    expect(fromElsewhere?.memo).toBe(`'${FORMULA_FROM_ELSEWHERE}`);
    expect(failed.rows.find((r) => r.source_amount === '450.750000')?.memo).toBe(
      'Refund SIMULATE-FAILURE',
    );
    expect(failed.rows.every((r) => r.fail_reason !== '')).toBe(true);
    // No cell of the file starts with a formula character.
    expect(
      failed.rows.flatMap((r) => Object.values(r)).filter((cell) => /^[=+\-@\t\r]/.test(cell)),
    ).toEqual([]);
    await app.screenshot('csv-export-2-failed-exported');

    // Another filter: search text, across statuses.
    await statusChips.getByRole('button', { name: 'All' }).click();
    await filters.getByLabel('Search').fill('hyperlink');
    await pollFor(() => page.getByTestId('activity-count').textContent()).toBe('2 redemptions');
    await pollFor(() => rows.count()).toBe(2);
    const searched = await exportCsv(2);
    expect(searched.rows.map((r) => r.memo).sort()).toEqual(
      [`'${FORMULA_TYPED_HERE}`, `'${FORMULA_FROM_ELSEWHERE}`].sort(),
    );
    expect(searched.rows.map((r) => r.status).sort()).toEqual(['COMPLETED', 'FAILED']);
    expect(searched.raw).not.toContain('Q3 supplier batch');

    // The detail shows the memo as plain text; the export result says where the file went.
    await rows.filter({ hasText: '300.00 USDC' }).click();
    await pollFor(() => detail.textContent()).toContain(FORMULA_TYPED_HERE);
    expect(await page.getByTestId('export-result').textContent()).toContain(app.test.exportDir);
    await finish(app, 'csv-export-3-search-exported');
  });
});
