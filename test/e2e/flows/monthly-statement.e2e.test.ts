// A monthly statement (issue 24, Deliver 5), at 1280×800 and 1024×700: redemptions from the
// "Operating reserve" profile (one completed, one failed and returned), then its statement for
// this month: the closing balance of every asset is the balance Paxos (the simulator) reports,
// the opening plus the movements is the closing, the reconciliation agrees; the CSV says the
// same line by line; the PDF is the app's own print of the sheet, with the environment named
// in the header every printed page repeats (read back from the PDF's text) and in its title.
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPaxosClient } from '../../../main/paxos';
import { SEED_IDS } from '../../../main/simulator';
import { addAmounts, amountsEqual, sumAmounts } from '../../../shared/money';
import { describeInBrowser } from '../harness/browser';
import { launchApp, VIEWPORTS, type LaunchedApp } from '../harness/launch-app';
import { pdfPageTexts } from '../harness/pdf-text';
import { finish, goTo, pollFor } from './flow-helpers';

/** The PDF's /Title, from its document information (a literal or a UTF-16BE hex string). */
function pdfTitle(pdf: Buffer): string | undefined {
  const text = pdf.toString('latin1');
  const hex = /\/Title\s*<([0-9A-Fa-f]+)>/.exec(text)?.[1];
  if (hex) {
    const bytes = Buffer.from(hex, 'hex');
    return bytes[0] === 0xfe && bytes[1] === 0xff
      ? bytes.subarray(2).swap16().toString('utf16le')
      : bytes.toString('latin1');
  }
  return /\/Title\s*\(((?:\\.|[^\\)])*)\)/.exec(text)?.[1];
}

describeInBrowser.each([
  ['1280x800', VIEWPORTS.standard],
  ['1024x700', VIEWPORTS.small],
] as const)('Monthly statement at %s', (size, viewport) => {
  let app: LaunchedApp;

  beforeAll(async () => {
    app = await launchApp({ settings: { onboarded: true, pollFastSeconds: 2 }, viewport });
  });
  afterAll(async () => app?.close());

  it('closes on the balance Paxos reports, as CSV and as a PDF naming the environment', async () => {
    const { page } = app;
    for (const [amount, memo] of [
      ['1000', 'Supplier batch'],
      ['450.75', 'Refund SIMULATE-FAILURE'],
    ] as const)
      expect(
        await app.runtime.handlers.submitRedemption({
          profileId: SEED_IDS.operatingProfile,
          asset: 'USDC',
          amount,
          fiatAccountId: SEED_IDS.operatingBankAccount,
          memo,
        }),
      ).toMatchObject({ ok: true });
    await goTo(page, 'Activity');
    const rows = page.getByTestId('activity-row');
    await pollFor(
      async () => (await rows.evaluateAll((els) => els.map((e) => e.dataset.status))).sort().join(),
      30_000,
    ).toBe('COMPLETED,FAILED');

    // What Paxos (the simulator) reports for the profile, read by another client.
    const sim = await app.test.simulator();
    const paxos = createPaxosClient({
      environment: 'demo',
      endpoints: { apiUrl: sim.url, tokenUrl: sim.tokenUrl },
      env: {},
      getCredentials: async () => sim.credentials,
    });
    const reported = new Map(
      (await paxos.listBalances(SEED_IDS.operatingProfile)).map((b) => [
        String(b.asset),
        addAmounts(b.available ?? '0', b.trading ?? '0'),
      ]),
    );

    await goTo(page, 'Statements');
    const form = page.getByRole('form', { name: 'Statement' });
    await form.getByLabel('Profile').selectOption({ label: 'Operating reserve' });
    await form.getByRole('button', { name: 'Make statement' }).click();
    const sheet = page.locator('.statements__sheet').getByTestId('statement-sheet');
    await pollFor(() => sheet.getByTestId('statement-asset').count()).toBe(reported.size);
    for (const [asset, balance] of reported) {
      const closing = await sheet
        .locator(`[data-testid="statement-asset"][data-asset="${asset}"]`)
        .getAttribute('data-closing');
      expect([asset, amountsEqual(closing!, balance)]).toEqual([asset, true]);
    }
    const verdicts = sheet.getByTestId('statement-verdict');
    expect(await verdicts.evaluateAll((els) => els.map((e) => e.dataset.agrees))).toEqual(
      [...reported.keys()].map(() => 'true'),
    );
    expect(await sheet.getByTestId('statement-header').textContent()).toContain('Demo');
    await app.screenshot(`monthly-statement-1-sheet-${size}`);
    await sheet.locator('[data-asset="USDC"]').scrollIntoViewIfNeeded();
    await app.screenshot(`monthly-statement-2-usdc-${size}`);

    // On paper only the sheet prints, its header (repeated on every page) naming the environment.
    await page.emulateMedia({ media: 'print' });
    const print = page.getByTestId('statement-print');
    expect(await print.isVisible()).toBe(true);
    expect(await page.locator('#root').isVisible()).toBe(false);
    expect(await print.getByTestId('statement-header').innerText()).toMatch(
      /^DEMO \(BUILT-IN SIMULATOR, NO REAL MONEY\) Treasury Desk · Monthly statement · Operating reserve/,
    );
    // Back to no emulation (not 'screen': Chromium would then print with screen CSS, as it did).
    await page.emulateMedia({ media: null });

    await form.getByRole('button', { name: 'Save PDF' }).click();
    const saved = page.getByTestId('statement-saved');
    await pollFor(() => saved.textContent()).toMatch(/\.pdf$/);
    const pdf = await readFile((await saved.locator('code').textContent())!.trim());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfTitle(pdf)).toMatch(/Demo .* statement Operating reserve \d{4}-\d{2}$/);
    // Every printed page (the sheet runs over more than one) names the environment.
    const pages = pdfPageTexts(pdf).map((t) => t.replace(/\s+/g, ''));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.filter((t) => !t.includes('DEMO(BUILT-INSIMULATOR,NOREALMONEY)'))).toEqual([]);
    expect(pages[0]).toContain('Closingbalance');

    await form.getByRole('button', { name: 'Save CSV' }).click();
    await pollFor(() => saved.textContent()).toMatch(/\.csv$/);
    const csv = Papa.parse<Record<string, string>>(
      await readFile((await saved.locator('code').textContent())!.trim(), 'utf8'),
      { header: true, skipEmptyLines: true },
    );
    expect(csv.errors).toEqual([]);
    expect(csv.data.every((l) => l.environment!.startsWith('Demo'))).toBe(true);
    for (const [asset, balance] of reported) {
      const lines = csv.data.filter((l) => l.asset === asset);
      const one = (line: string) => lines.find((l) => l.line === line)!.amount!;
      const movements = lines.filter((l) => l.line === 'movement').map((l) => l.amount!);
      expect([asset, amountsEqual(one('closing'), balance)]).toEqual([asset, true]);
      expect(amountsEqual(addAmounts(one('opening'), sumAmounts(movements)), one('closing'))).toBe(
        true,
      );
      expect(amountsEqual(one('difference'), '0')).toBe(true);
    }
    // USDC moved three times: the payout, the failed one and its return.
    const usdc = csv.data.filter((l) => l.asset === 'USDC' && l.line === 'movement');
    expect(usdc.map((l) => l.amount)).toEqual(['-1000.000000', '-450.750000', '450.750000']);
    await finish(app, `monthly-statement-3-saved-${size}`);
  });
});
