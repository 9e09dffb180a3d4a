// Activity and Overview as an operator uses them, at 1280×800 and at 1024×700: redemptions ad hoc
// and by a rule, to two bank accounts, one failing. Search finds each by what the table shows
// (destination label, an account's last 4, a rule nickname, a formatted amount); the status
// column stays in view; the detail opens as a drawer that Escape closes; a failure says where the
// funds are; the failed redemption leaves "Requests not yet confirmed by Paxos"; Bank accounts and
// Auto-redeem keep their last column in sight with a detail open.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SEED_IDS } from '../../../main/simulator';
import { usWireAccount } from '../../support/wire-account';
import { describeInBrowser } from '../harness/browser';
import { launchApp, VIEWPORTS, type LaunchedApp, type Viewport } from '../harness/launch-app';
import { finish, goTo, pollFor } from './flow-helpers';

/**
 * The element is fully in sight: inside the window and not clipped by any scrolling or clipping
 * ancestor (a column cut off by a card's overflow counts as pushed out of sight: issue 13, bug 2).
 */
async function expectWithinWidth(locator: Locator, viewport: Viewport): Promise<void> {
  const clip = await locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    let right = window.innerWidth;
    for (let a = el.parentElement; a; a = a.parentElement) {
      if (getComputedStyle(a).overflowX !== 'visible')
        right = Math.min(right, a.getBoundingClientRect().right);
    }
    return { left: box.left, right: box.right, visibleRight: right };
  });
  expect(clip.left).toBeGreaterThanOrEqual(0);
  expect(clip.right).toBeLessThanOrEqual(clip.visibleRight + 0.5);
  expect(clip.right).toBeLessThanOrEqual(viewport.width);
}

/** Searches, and waits until the table shows exactly one row that reads `expected`. */
async function search(page: Page, text: string, expected: string): Promise<Locator> {
  await page.getByRole('form', { name: 'Activity filters' }).getByLabel('Search').fill(text);
  const rows = page.getByTestId('activity-row');
  // The search is debounced: wait for the rows of this search, not the previous one's.
  await pollFor(
    async () =>
      (await rows.allTextContents()).filter((t) => t.includes(expected)).length === 1 &&
      (await rows.count()) === 1,
  ).toBe(true);
  expect(await page.getByTestId('activity-count').textContent()).toBe('1 redemption');
  return rows;
}

describeInBrowser.each([
  ['1280x800', VIEWPORTS.standard],
  ['1024x700', VIEWPORTS.small],
] as const)('Activity and Overview at %s', (size, viewport) => {
  let app: LaunchedApp;

  beforeAll(async () => {
    app = await launchApp({ settings: { onboarded: true, pollFastSeconds: 2 }, viewport });
  });
  afterAll(async () => app?.close());

  it('finds each redemption by what the table shows, and keeps every column in view', async () => {
    const { page } = app;
    const handlers = app.runtime.handlers;
    await pollFor(() => page.locator('.statusbar').getByRole('status').textContent()).toContain(
      'Online',
    );

    // Overview: totals first, the two actions, every balance column in view.
    await pollFor(() => page.getByTestId('total-usd').textContent()).toContain('$');
    expect(await page.getByRole('button', { name: 'Redeem to USD' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Add bank account' }).count()).toBe(1);
    const usdp = page.locator(
      `[data-testid="balance-row"][data-profile-id="${SEED_IDS.defaultProfile}"] [data-asset="USDP"]`,
    );
    await pollFor(() => usdp.textContent()).toContain('75,000.00');
    await expectWithinWidth(usdp, viewport);
    await app.screenshot(`activity-overview-${size}-1-overview`);

    // A second bank account (another destination, last 4 "4321"), approved by Paxos.
    expect(
      await handlers.createFiatAccount({
        ...usWireAccount('Acme Payroll LLC', '7700554321'),
        metadata: { label: 'Payroll JPMorgan' },
      }),
    ).toMatchObject({ ok: true });
    await pollFor(
      () =>
        app.runtime.state.get().fiatAccounts.items.find((a) => a.label === 'Payroll JPMorgan')
          ?.status,
      30_000,
    ).toBe('APPROVED');
    const payroll = app.runtime.state
      .get()
      .fiatAccounts.items.find((a) => a.label === 'Payroll JPMorgan')!.id;

    // An auto-redeem rule with a nickname.
    expect(
      await handlers.createRule({
        profileId: SEED_IDS.defaultProfile,
        asset: 'USDC',
        network: 'ETHEREUM',
        fiatAccountId: SEED_IDS.operatingBankAccount,
        nickname: 'Nightly sweep',
      }),
    ).toMatchObject({ ok: true });
    await pollFor(
      () => app.runtime.state.get().rules.items.find((r) => r.nickname === 'Nightly sweep')?.status,
      30_000,
    ).toBe('ACTIVE');
    const ruleId = app.runtime.state
      .get()
      .rules.items.find((r) => r.nickname === 'Nightly sweep')!.id;

    // Four redemptions: ad hoc to each account, one that fails, one by the rule.
    const redeem = (amount: string, asset: 'USDC' | 'USDP', fiatAccountId: string, memo: string) =>
      handlers.submitRedemption({
        profileId: SEED_IDS.defaultProfile,
        asset,
        amount,
        fiatAccountId,
        memo,
      });
    expect(
      await redeem('1500.25', 'USDC', SEED_IDS.operatingBankAccount, 'Supplier batch'),
    ).toMatchObject({ ok: true });
    expect(await redeem('20000', 'USDP', payroll, 'Payroll run')).toMatchObject({ ok: true });
    expect(
      await redeem('450.75', 'USDC', SEED_IDS.operatingBankAccount, 'Refund SIMULATE-FAILURE'),
    ).toMatchObject({ ok: true });
    expect(await handlers.simulateDeposit({ ruleId, amount: '777.5' })).toMatchObject({ ok: true });

    await goTo(page, 'Activity');
    await pollFor(() => page.getByTestId('activity-count').textContent(), 30_000).toBe(
      '4 redemptions',
    );
    const rows = page.getByTestId('activity-row');
    await pollFor(
      async () =>
        (await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))).sort(),
      30_000,
    ).toEqual(['COMPLETED', 'COMPLETED', 'COMPLETED', 'FAILED']);
    // Totals for the whole selection, and the (lazily loaded) chart.
    await pollFor(() => page.getByTestId('totals-count').textContent()).toBe('4 redemptions');
    await pollFor(() => page.getByTestId('activity-totals').textContent()).toContain(
      'Completed$22,277.75 (3)',
    );
    await pollFor(() => page.getByTestId('activity-chart-canvas').count()).toBe(1);
    // Every column, the status last, is in the window.
    await expectWithinWidth(rows.first().locator('.activity-row__status'), viewport);
    await expectWithinWidth(page.locator('.activity-header > span').last(), viewport);
    await app.screenshot(`activity-overview-${size}-2-activity`);

    // The search says what it matches, and matches what the table shows.
    expect(await page.getByLabel('Search').getAttribute('placeholder')).toContain('last 4');
    await search(page, 'Payroll JPMorgan', '20,000.00 USDP');
    await search(page, '4321', '20,000.00 USDP');
    expect(await (await search(page, 'Nightly sweep', '777.50 USDC')).textContent()).toContain(
      'Nightly sweep',
    );
    expect(await (await search(page, '1,500.25', '1,500.25 USDC')).textContent()).toContain(
      'Operating account ••••6789',
    );
    await app.screenshot(`activity-overview-${size}-3-search`);

    // The failed one, in the drawer: where the funds are now. Escape closes it; focus returns.
    const failed = await search(page, 'failure', '450.75 USDC');
    await failed.click();
    const drawer = page.getByTestId('activity-detail');
    await pollFor(() => drawer.getByTestId('failure-funds').textContent()).toContain(
      'Where the funds are now.',
    );
    await expectWithinWidth(drawer, viewport);
    await app.screenshot(`activity-overview-${size}-4-failed-drawer`);
    await page.keyboard.press('Escape');
    await pollFor(() => drawer.count()).toBe(0);
    // Focus is back on the row (on its one button, the row's first cell).
    expect(
      await page.evaluate(() =>
        document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid'),
      ),
    ).toBe('activity-row');

    // An end date before the start date: said once, under the bar; the list keeps its last filter.
    const filters = page.getByRole('form', { name: 'Activity filters' });
    await filters.getByLabel('To').fill('2099-12-01');
    await filters.getByLabel('From').fill('2099-12-05');
    await pollFor(() => filters.getByRole('alert').textContent()).toContain(
      'is before the start date',
    );
    expect(await page.getByTestId('activity-count').textContent()).toBe('1 redemption');
    await app.screenshot(`activity-overview-${size}-5-date-error`);
    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await pollFor(() => page.getByTestId('activity-count').textContent()).toBe('4 redemptions');

    // Overview again: the failed redemption is not "not yet confirmed by Paxos" (bug 1); it
    // leads the screen under "Needs your attention", the three others are "Completed" (24.3).
    await goTo(page, 'Overview');
    await pollFor(() => page.getByTestId('completed-row').count()).toBe(3);
    await pollFor(() =>
      page.locator('[data-testid="attention-item"][data-kind="failed"]').count(),
    ).toBe(1);
    expect(await page.getByTestId('attention').getByTestId('intent').count()).toBe(0);
    await expectWithinWidth(
      page.getByTestId('completed-row').first().locator('td').last(),
      viewport,
    );
    await app.screenshot(`activity-overview-${size}-6-overview-after`);

    // Bank accounts and Auto-redeem: with a detail open, the last column is still in sight.
    await goTo(page, 'Bank accounts');
    const accountRow = page.getByTestId('bank-account-row').filter({ hasText: 'Payroll JPMorgan' });
    await accountRow.getByRole('button', { name: /Payroll JPMorgan/ }).click();
    await pollFor(() => page.getByTestId('bank-account-detail').count()).toBe(1);
    await expectWithinWidth(accountRow.locator('td').last(), viewport);
    await app.screenshot(`activity-overview-${size}-7-bank-accounts`);
    await goTo(page, 'Auto-redeem');
    const ruleRow = page.getByTestId('rule-row').filter({ hasText: 'Nightly sweep' });
    await ruleRow.getByRole('button', { name: 'Nightly sweep' }).click();
    await pollFor(() => page.getByTestId('rule-detail').count()).toBe(1);
    await expectWithinWidth(ruleRow.locator('td').last(), viewport);
    await app.screenshot(`activity-overview-${size}-8-rules`);

    // Overview's "Add bank account" opens the add form.
    await goTo(page, 'Overview');
    await page.getByRole('button', { name: 'Add bank account' }).click();
    await pollFor(() => page.getByRole('form', { name: 'Add bank account' }).count()).toBe(1);
    await finish(app, `activity-overview-${size}-9-add-account-from-overview`);
  }, 180_000);
});
