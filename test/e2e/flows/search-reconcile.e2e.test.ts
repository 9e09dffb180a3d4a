// Search and export agree with a bank statement (issue 24, Deliver 4), at 1280×800 and 1024×700:
// amounts are found however a statement writes them ("$150,000.00", "150,000", the row's own
// "25,000.50 USDC"), profiles by name; and the CSV export, opened and read column by column,
// carries the same facts as the detail drawer of the same row (times, fee, amounts with the
// asset's fixed decimals, bank, ids), the drawer saying that Paxos reports no IMAD.
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SEED_IDS } from '../../../main/simulator';
import { MOVEMENT_COLUMNS, NO_IMAD_NOTE } from '../../../shared/movement-details';
import { describeInBrowser } from '../harness/browser';
import { launchApp, VIEWPORTS, type LaunchedApp } from '../harness/launch-app';
import { finish, goTo, pollFor } from './flow-helpers';

async function searchFinds(page: Page, text: string, expectedRows: number): Promise<void> {
  await page.getByRole('form', { name: 'Activity filters' }).getByLabel('Search').fill(text);
  const count = expectedRows === 1 ? '1 redemption' : `${expectedRows} redemptions`;
  await pollFor(() => page.getByTestId('activity-count').textContent()).toBe(count);
  await pollFor(() => page.getByTestId('activity-row').count()).toBe(expectedRows);
}

describeInBrowser.each([
  ['1280x800', VIEWPORTS.standard],
  ['1024x700', VIEWPORTS.small],
] as const)('Search and export agree with a bank statement at %s', (size, viewport) => {
  let app: LaunchedApp;

  beforeAll(async () => {
    app = await launchApp({ settings: { onboarded: true, pollFastSeconds: 2 }, viewport });
  });
  afterAll(async () => app?.close());

  it('finds amounts as statements write them, and the CSV matches the drawer column by column', async () => {
    const { page } = app;
    const redeem = async (profileId: string, amount: string, memo: string) =>
      expect(
        await app.runtime.handlers.submitRedemption({
          profileId,
          asset: 'USDC',
          amount,
          fiatAccountId: SEED_IDS.operatingBankAccount,
          memo,
        }),
      ).toMatchObject({ ok: true });
    await redeem(SEED_IDS.operatingProfile, '150000', 'Vendor run 7');
    await redeem(SEED_IDS.defaultProfile, '25000.50', 'Tax escrow');
    await redeem(SEED_IDS.defaultProfile, '40000', 'Payroll top-up');

    await goTo(page, 'Activity');
    await pollFor(() => page.getByTestId('activity-count').textContent(), 30_000).toBe(
      '3 redemptions',
    );
    const rows = page.getByTestId('activity-row');
    await pollFor(
      async () => (await rows.evaluateAll((els) => els.map((e) => e.dataset.status))).join(),
      30_000,
    ).toBe('COMPLETED,COMPLETED,COMPLETED');

    // However the statement writes it, the 150,000 redemption alone.
    for (const typed of ['$150,000.00', '150,000.00', '150,000', '150000.00']) {
      await searchFinds(page, typed, 1);
      expect(await rows.first().textContent()).toContain('150,000.00 USDC');
    }
    await searchFinds(page, '40,000.00', 1);
    await searchFinds(page, '25,000.50 USDC', 1); // the row's own text
    await searchFinds(page, 'Operating reserve', 1); // the profile's name
    expect(await rows.first().textContent()).toContain('150,000.00 USDC');

    // The 150,000 row in the drawer: the statement facts, and the IMAD gap said.
    await searchFinds(page, '$150,000.00', 1);
    await app.screenshot(`search-reconcile-1-search-${size}`);
    await rows.first().click();
    const facts = page.getByTestId('activity-detail').getByTestId('statement-facts');
    await pollFor(() =>
      facts.locator('[data-column="transfer_legs"]').getAttribute('data-value'),
    ).toBe('read');
    expect(await facts.getByTestId('no-imad').textContent()).toBe(NO_IMAD_NOTE);
    const drawer = Object.fromEntries(
      await facts
        .locator('[data-column]')
        .evaluateAll((els) => els.map((e) => [e.dataset.column, e.dataset.value ?? ''])),
    ) as Record<string, string>;
    await app.screenshot(`search-reconcile-2-drawer-${size}`);
    await facts.scrollIntoViewIfNeeded();
    await app.screenshot(`search-reconcile-3-drawer-facts-${size}`);
    await page.keyboard.press('Escape');

    // Export what the search shows and read the file back.
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const result = page.getByTestId('export-result');
    await pollFor(() => result.textContent()).toMatch(/^Exported 1 rows to /);
    const path = (await result.locator('code').textContent())!.trim();
    const parsed = Papa.parse<Record<string, string>>(await readFile(path, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(1);
    const csv = parsed.data[0]!;
    // Column by column, every statement fact of the drawer is the file's.
    for (const [, column] of MOVEMENT_COLUMNS)
      expect([column, csv[column]]).toEqual([column, drawer[column]]);
    // And they are the facts a statement needs, filled in.
    expect(csv).toMatchObject({
      source_amount: '150000.000000',
      source_asset: 'USDC',
      usd_amount: '150000.00',
      fee: '0.00',
      fee_asset: 'USD',
      destination_last4: '6789',
      bank_name: 'JPMorgan Chase Bank',
      routing_number: 'ABA 021000021',
      profile_name: 'Operating reserve',
      memo: 'Vendor run 7',
      status: 'COMPLETED',
      transfer_legs: 'read',
    });
    for (const filled of ['created_at', 'sent_at', 'settled_at', 'ref_id', 'orchestration_id'])
      expect([filled, csv[filled]]).not.toEqual([filled, '']);
    expect(Date.parse(csv.settled_at!)).toBeGreaterThanOrEqual(Date.parse(csv.sent_at!));
    expect(Date.parse(csv.sent_at!)).toBeGreaterThanOrEqual(Date.parse(csv.created_at!));
    await finish(app, `search-reconcile-4-exported-${size}`);
  });
});
