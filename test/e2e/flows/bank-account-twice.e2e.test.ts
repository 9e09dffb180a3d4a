// Issue 24, item 6, at 1280×800 and at 1024×700: a bank account added with its number typed
// twice — a transposed pair of digits is caught in place and nothing reaches main — then read
// back in full in main's own dialog; the request's chip follows the account's status. A German
// IBAN with a French BIC is flagged in the form and again, with its own box, in main's dialog.
// Then Activity at 1024 px keeps every last 4 whole, and exporting does not move the page.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SEED_IDS } from '../../../main/simulator';
import { describeInBrowser } from '../harness/browser';
import { launchApp, type LaunchedApp } from '../harness/launch-app';
import { VIEWPORTS, fillUsBankAccount, finish, goTo, pollFor } from './flow-helpers';

describeInBrowser('bank account number typed twice and read back by main', () => {
  let app: LaunchedApp;

  beforeAll(async () => {
    app = await launchApp({
      settings: { onboarded: true, pollFastSeconds: 2 },
      confirmations: 'on-screen',
    });
  });
  afterAll(async () => app?.close());

  const dialog = () => app.page.getByRole('alertdialog', { name: 'Treasury Desk confirmation' });
  const accountsAtPaxos = async () =>
    (await app.test.simulator()).control.snapshot().fiatAccounts.length;

  it('catches a slip between the two entries, then main reads the whole number back', async () => {
    const { page } = app;
    await pollFor(() => page.getByRole('status').filter({ hasText: 'Online' }).count()).toBe(1);
    const numbers = ['74600021314512', '55012093348817'];
    for (const [i, viewport] of VIEWPORTS.entries()) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      const number = numbers[i]!;
      const grouped = number.replace(/(.{4})(?=.)/g, '$1 ');
      await goTo(page, 'Bank accounts');
      await page.getByRole('button', { name: 'Add bank account' }).click();
      const form = await fillUsBankAccount(page, {
        label: `Payroll ${viewport.width}`,
        company: 'Acme Treasury Inc',
        accountNumber: number,
        owner: { country: 'USA', street: '1 Market Street', city: 'Philadelphia' },
        routingNumber: '031302971',
        bankName: 'Customers Bank',
        bank: { country: 'USA' },
      });
      // The bank name is typed, and the form says why it is not looked up.
      expect(await form.getByText(/Not filled in from the routing number/).count()).toBeGreaterThan(
        0,
      );
      // The second entry with two digits swapped: refused in place, nothing asked or sent.
      const repeat = form.getByLabel('Re-enter account number');
      await repeat.fill(`${number.slice(0, -2)}${number.slice(-1)}${number.slice(-2, -1)}`);
      const before = await accountsAtPaxos();
      await form.getByRole('button', { name: 'Send for review' }).click();
      await pollFor(() => page.locator('#f-form-account_number_repeat-error').textContent()).toBe(
        'The two account numbers differ: check both against the bank letter.',
      );
      expect(await repeat.evaluate((el) => el === document.activeElement)).toBe(true);
      await app.screenshot(`bank-account-twice-1-mismatch${viewport.suffix}`);
      expect(app.confirmations).toHaveLength(i);

      // Fixed: main asks, reading back every digit, grouped, from the body it will send.
      await repeat.fill(number);
      await form.getByRole('button', { name: 'Send for review' }).click();
      await pollFor(() => dialog().count()).toBe(1);
      expect(await dialog().textContent()).toContain(`Account number: ${grouped}`);
      await app.screenshot(`bank-account-twice-2-main-reads-back${viewport.suffix}`);
      await dialog().getByRole('button', { name: 'Send for review' }).click();

      const row = page
        .getByTestId('bank-account-row')
        .filter({ hasText: `Payroll ${viewport.width}` });
      await pollFor(() => row.count()).toBe(1);
      expect(await accountsAtPaxos()).toBe(before + 1);
      const stored = JSON.stringify((await app.test.simulator()).control.snapshot().fiatAccounts);
      expect(stored).toContain(`"account_number":"${number}"`);
      // The request's chip never reads as approved beside an account Paxos has not approved.
      const receipt = page.getByTestId('request-receipt');
      expect(await receipt.textContent()).not.toContain('Confirmed by Paxos');
      const status = await row.getAttribute('data-status');
      if (status !== 'APPROVED')
        expect(await receipt.getByTitle(`Paxos status: ${status}`).count()).toBe(1);
      await app.screenshot(`bank-account-twice-3-sent${viewport.suffix}`);
      await receipt.getByRole('button', { name: 'Dismiss' }).click();
    }
    await page.setViewportSize({ width: VIEWPORTS[0].width, height: VIEWPORTS[0].height });
  });

  it('flags a German IBAN with a French BIC in the form and again in main’s dialog', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Add bank account' }).click();
    const form = page.getByRole('form', { name: 'Add bank account' });
    await form.getByLabel('Label').fill('Paris ops');
    await form.getByRole('radio', { name: 'A company or institution' }).check();
    await form.getByLabel('Company or institution name').fill('Acme Europe GmbH');
    await form.getByLabel('Account number (or IBAN)').fill('DE89 3704 0044 0532 0130 00');
    await form.getByLabel('Re-enter account number').fill('DE89370400440532013000');
    const owner = form.getByRole('group', { name: 'Owner address' });
    await owner.getByLabel('Country').selectOption('DEU');
    const bank = form.getByRole('group', { name: 'Receiving bank' });
    await bank.getByLabel('Routing type').selectOption('SWIFT');
    await bank.getByLabel('SWIFT / BIC code').fill('BNPAFRPP');
    await bank.getByLabel('Bank name').fill('BNP Paribas');
    await bank
      .getByRole('group', { name: 'Bank address' })
      .getByLabel('Country')
      .selectOption('FRA');
    const notice = form.getByTestId('country-mismatch');
    expect(await notice.textContent()).toMatch(/IBAN is for Germany \(DE\).*France \(FR\)/);
    const asked = app.confirmations.length;
    await form.getByRole('button', { name: 'Send for review' }).click();
    await pollFor(() => page.locator('#f-form-countries_acknowledged-error').count()).toBe(1);
    expect(app.confirmations).toHaveLength(asked);
    await app.screenshot('bank-account-twice-4-countries-differ');

    await notice.getByRole('checkbox').check();
    await form.getByRole('button', { name: 'Send for review' }).click();
    await pollFor(() => dialog().count()).toBe(1);
    const text = (await dialog().textContent()) ?? '';
    expect(text).toContain('Countries differ');
    expect(text).toContain('Account number: DE89 3704 0044 0532 0130 00');
    await app.screenshot('bank-account-twice-5-main-countries');
    // Main's own box: confirmed without it is a no, and nothing is sent.
    const before = await accountsAtPaxos();
    await dialog().getByRole('button', { name: 'Send for review' }).click();
    // Pressed unticked, main shows its dialog once more saying why (issue 24.2), then declines.
    await pollFor(() => dialog().textContent()).toContain('was not ticked');
    await dialog().getByRole('button', { name: 'Send for review' }).click();
    await pollFor(() => form.textContent()).toMatch(/Not sent: the box was not ticked/);
    expect(await accountsAtPaxos()).toBe(before);
    await form.getByRole('button', { name: 'Send for review' }).click();
    await pollFor(() => dialog().count()).toBe(1);
    await dialog().getByRole('checkbox').check();
    await dialog().getByRole('button', { name: 'Send for review' }).click();
    const row = page.getByTestId('bank-account-row').filter({ hasText: 'Paris ops' });
    await pollFor(() => row.count()).toBe(1);
  });

  it('keeps every last 4 whole in Activity at 1024 px, and exporting moves nothing', async () => {
    const { page } = app;
    // One redemption to the seeded account, confirmed in main's dialog like any other.
    const submitted = app.runtime.handlers.submitRedemption({
      profileId: SEED_IDS.defaultProfile,
      asset: 'USDC',
      amount: '12.34',
      fiatAccountId: SEED_IDS.operatingBankAccount,
    });
    await pollFor(() => dialog().count()).toBe(1);
    await dialog()
      .getByRole('button', { name: /^Redeem/ })
      .click();
    expect(await submitted).toMatchObject({ ok: true });
    await page.setViewportSize({ width: 1024, height: 700 });
    await goTo(page, 'Activity');
    const rows = page.getByTestId('activity-row');
    await pollFor(() => rows.count()).toBeGreaterThan(0);
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.activity-row__last4')].flatMap((el) => {
        const cell = el.closest<HTMLElement>('[role="cell"]')!.getBoundingClientRect();
        const box = el.getBoundingClientRect();
        const whole = /^••••[0-9A-Z]{4}$/.test(el.textContent ?? '');
        return whole && el.scrollWidth <= el.clientWidth && box.right <= cell.right + 0.5
          ? []
          : [`${el.textContent} (${Math.round(box.right)} > ${Math.round(cell.right)})`];
      }),
    );
    expect(await page.locator('.activity-row__last4').count()).toBeGreaterThan(0);
    expect(cut).toEqual([]);

    // Measured once the page has settled (the wire completed, totals and chart drawn).
    await pollFor(() => rows.first().getAttribute('data-status'), 30_000).toBe('COMPLETED');
    await pollFor(() => page.getByTestId('activity-chart-canvas').count()).toBe(1);
    await app.screenshot('bank-account-twice-6-activity-1024');
    const exportButton = page.getByRole('button', { name: 'Export CSV' });
    const header = page.getByRole('columnheader', { name: 'Created' });
    const buttonBefore = await exportButton.boundingBox();
    const headerBefore = await header.boundingBox();
    await exportButton.click();
    await pollFor(() => page.getByTestId('export-result').count()).toBe(1);
    expect(await exportButton.boundingBox()).toEqual(buttonBefore);
    expect(await header.boundingBox()).toEqual(headerBefore);
    await app.screenshot('bank-account-twice-7-activity-exported-1024');
    await page.setViewportSize({ width: 1280, height: 800 });
    await finish(app, 'bank-account-twice-8-end');
  });
});
