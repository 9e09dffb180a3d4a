// Money in: an operator gets Paxos's wire instructions for a profile (ABA and SWIFT), the memo in
// large type, saves the instruction sheet as a PDF for the bank, notes the wire they expect, and
// watches a simulated wire arrive and be matched to it; a second wire nobody noted is shown as an
// unmatched incoming wire, on Fund, Overview and Activity.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SEED_IDS } from '../../../main/simulator';
import { describeInBrowser } from '../harness/browser';
import { launchApp, type LaunchedApp } from '../harness/launch-app';
import { finish, goTo, pollFor, screenshotBothSizes } from './flow-helpers';

describeInBrowser('fund a profile: wire instructions, the sheet, an incoming wire matched', () => {
  let app: LaunchedApp;

  beforeAll(async () => {
    app = await launchApp({ settings: { onboarded: true, pollFastSeconds: 2 } });
  });
  afterAll(async () => app?.close());

  it('shows the instructions and saves the sheet as a PDF', async () => {
    const { page } = app;
    await pollFor(() => page.getByRole('status').filter({ hasText: 'Online' }).count()).toBe(1);
    await goTo(page, 'Fund');
    await page.getByLabel('Profile to fund').selectOption(SEED_IDS.operatingProfile);
    const memo = page.getByTestId('memo-id');
    await pollFor(() => memo.count()).toBe(1);
    const abaMemo = (await memo.textContent())!.trim();
    expect(abaMemo).toMatch(/^[A-Z0-9]{16}$/);
    const instructions = page.getByTestId('wire-instructions');
    expect(await instructions.textContent()).toContain('ABA routing number');
    for (const what of ['memo', 'account number', 'beneficiary', 'bank'])
      expect(await page.getByRole('button', { name: `Copy ${what}`, exact: true }).count()).toBe(1);
    await screenshotBothSizes(app, 'fund-1-instructions');

    await page.getByLabel('International (SWIFT)').check();
    await pollFor(async () => (await page.getByTestId('memo-id').textContent())?.trim()).not.toBe(
      abaMemo,
    );
    expect(await instructions.textContent()).toContain('SWIFT / BIC');
    await screenshotBothSizes(app, 'fund-1b-swift');
    await page.getByLabel('Domestic (Fedwire, ABA)').check();
    // Made once, reused: the ABA memo comes back the same.
    await pollFor(async () => (await page.getByTestId('memo-id').textContent())?.trim()).toBe(
      abaMemo,
    );

    const preview = page.getByTestId('sheet-preview');
    expect(await preview.textContent()).toContain('Environment: Demo');
    expect(await preview.textContent()).toContain('delayed for manual matching, or returned');
    await page.getByRole('button', { name: 'Save as PDF' }).click();
    const saved = page.getByTestId('sheet-saved');
    await pollFor(() => saved.count()).toBe(1);
    const path = (await saved.textContent())!.replace('Saved the instruction sheet to ', '').trim();
    const pdf = await readFile(path);
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(pdf.length).toBeGreaterThan(2000);
    await screenshotBothSizes(app, 'fund-2-sheet-saved');
  });

  it('a simulated wire arrives and is matched; one nobody expected is shown unmatched', async () => {
    const { page } = app;
    const expected = page.getByRole('form', { name: 'Note an expected wire' });
    await expected.getByLabel('Amount expected (USD)').fill('250000.00');
    await expected.getByLabel('Note').fill('Q4 funding');
    await expected.getByRole('button', { name: 'Note expected wire' }).click();
    await pollFor(() => page.getByTestId('expected-wire').count()).toBe(1);

    const simulate = page.getByRole('form', { name: 'Simulate an incoming wire' });
    for (const amount of ['250000.00', '1234.56']) {
      await simulate.getByLabel('Simulated wire (USD)').fill(amount);
      await simulate.getByRole('button', { name: 'Simulate an incoming wire' }).click();
      await pollFor(() => simulate.getByRole('status').textContent()).toContain(amount);
    }
    const list = page.getByTestId('fund-incoming').getByTestId('incoming-wires');
    const matched = list.locator('tr[data-matched="yes"]');
    const unmatched = list.locator('tr[data-matched="no"]');
    await pollFor(() => matched.count(), 40_000).toBe(1);
    await pollFor(() => unmatched.count(), 40_000).toBe(1);
    expect(await matched.textContent()).toContain('Matched: Q4 funding');
    expect(await matched.textContent()).toContain('250,000.00');
    expect(await unmatched.textContent()).toContain('Unmatched incoming wire');
    expect(await page.getByTestId('expected-wire').getAttribute('data-matched')).toBe('yes');
    await page.getByTestId('fund-incoming').evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await screenshotBothSizes(app, 'fund-3-wire-matched');

    await goTo(page, 'Overview');
    const position = page.getByTestId('overview-position');
    await pollFor(() => position.count()).toBe(1);
    const arriving = await position.getByTestId('position-arriving').textContent();
    // Wires move on Fed business days: on one they may already be credited (nothing arriving).
    if (!arriving?.includes('no incoming wires pending'))
      expect(arriving).toContain('unmatched incoming wire');
    await screenshotBothSizes(app, 'overview-position');

    await goTo(page, 'Activity');
    const activity = page.getByTestId('activity-incoming');
    await pollFor(() => activity.count()).toBe(1);
    expect(await activity.textContent()).toContain('Unmatched incoming wire');
    await screenshotBothSizes(app, 'activity-incoming-wires');
    await finish(app, 'fund-4-done');
  });
});
