// An international (SWIFT) bank account, as an operator pastes it from a bank letter: IBAN and
// BIC with spaces and lower case, the country chosen from the ISO list. Paxos approves it; the
// same account cannot be added twice (bug 10); renaming it keeps it approved; and a redemption
// to it is told the international 1–5 business day window, never "domestic" (bug 9).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SEED_IDS } from '../../../main/simulator';
import { describeInBrowser } from '../harness/browser';
import { launchApp, type LaunchedApp } from '../harness/launch-app';
import { attr, finish, goTo, pollFor, screenshotBothSizes } from './flow-helpers';

async function fillSwiftAccount(app: LaunchedApp, label: string) {
  const form = app.page.getByRole('form', { name: 'Add bank account' });
  await form.getByLabel('Label').fill(label);
  await form.getByRole('radio', { name: 'A company or institution' }).check();
  await form.getByLabel('Company or institution name').fill('Acme Europe GmbH');
  await form.getByLabel('Account number (or IBAN)').fill('de89 3704 0044 0532 0130 00');
  await form.getByLabel('Re-enter account number').fill('DE89370400440532013000');
  const owner = form.getByRole('group', { name: 'Owner address' });
  await owner.getByLabel('Country').selectOption('DEU');
  await owner.getByLabel('Street address').fill('Taunusanlage 12');
  await owner.getByLabel('City').fill('Frankfurt');
  const bank = form.getByRole('group', { name: 'Receiving bank' });
  await bank.getByLabel('Routing type').selectOption('SWIFT');
  await bank.getByLabel('SWIFT / BIC code').fill('deut de ff');
  await bank.getByLabel('Bank name').fill('Deutsche Bank');
  await bank.getByRole('group', { name: 'Bank address' }).getByLabel('Country').selectOption('DEU');
  return form;
}

describeInBrowser('SWIFT bank account → duplicate refused → rename → international review', () => {
  let app: LaunchedApp;

  beforeAll(async () => {
    app = await launchApp({ settings: { onboarded: true, pollFastSeconds: 2 } });
  });
  afterAll(async () => app?.close());

  it('adds an IBAN account cleaned and checked, refuses its twin, and reviews a SWIFT wire', async () => {
    const { page } = app;
    await pollFor(() => page.getByRole('status').filter({ hasText: 'Online' }).count()).toBe(1);
    await goTo(page, 'Bank accounts');
    await page.getByRole('button', { name: 'Add bank account' }).click();
    const form = await fillSwiftAccount(app, 'Frankfurt operating');
    await form.getByRole('button', { name: 'Send for review' }).click();

    const row = page.getByTestId('bank-account-row').filter({ hasText: 'Frankfurt operating' });
    await pollFor(() => attr(row, 'data-status')).toBe('APPROVED');
    const accountId = (await row.getAttribute('data-account-id'))!;
    // Paxos received the cleaned values.
    const stored = JSON.stringify(
      (await app.test.simulator()).control.snapshot().fiatAccounts.find((a) => a.id === accountId),
    );
    expect(stored).toContain('DE89370400440532013000');
    expect(stored).toContain('DEUTDEFF');

    // The same account again: refused by main, naming the one that exists, nothing sent.
    await page.getByRole('button', { name: 'Add bank account' }).click();
    const twin = await fillSwiftAccount(app, 'Frankfurt again');
    await twin.getByRole('button', { name: 'Send for review' }).click();
    await pollFor(() =>
      page.locator('#f-fiat_network_instructions-wire-account_number-error').textContent(),
    ).toMatch(/already registered as Frankfurt operating/);
    await screenshotBothSizes(app, 'swift-account-1-duplicate-refused');
    expect(
      (await app.test.simulator()).control
        .snapshot()
        .fiatAccounts.filter((a) => JSON.stringify(a).includes('DEUTDEFF')),
    ).toHaveLength(1);
    await twin.getByRole('button', { name: 'Back to list' }).click();

    // Renaming is local: the account stays approved, Paxos's record is untouched.
    await row.getByRole('button', { name: /Frankfurt operating/ }).click();
    const drawer = page.getByTestId('bank-account-detail');
    await drawer.getByRole('button', { name: 'Rename…' }).click();
    await drawer.getByLabel('Name in Treasury Desk').fill('EU payroll');
    await drawer.getByRole('button', { name: 'Save name' }).click();
    const renamed = page.getByTestId('bank-account-row').filter({ hasText: 'EU payroll' });
    await pollFor(() => renamed.count()).toBe(1);
    expect(await attr(renamed, 'data-status')).toBe('APPROVED');
    expect(
      JSON.stringify(
        (await app.test.simulator()).control
          .snapshot()
          .fiatAccounts.find((a) => a.id === accountId),
      ),
    ).toBe(stored);
    await screenshotBothSizes(app, 'swift-account-2-renamed');
    await page.keyboard.press('Escape');

    // A redemption to it: international window, SWIFT routing, never "domestic".
    await goTo(page, 'Redeem');
    await page.getByLabel('From profile').selectOption(SEED_IDS.defaultProfile);
    await page.getByLabel('Stablecoin').selectOption('USDC');
    await page.getByLabel('Amount', { exact: true }).fill('.5');
    await page.getByLabel('Destination bank account').selectOption(accountId);
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    const review = page.getByTestId('redemption-review');
    await pollFor(() => review.count()).toBe(1);
    // An international wire: what arrives is not stated as certain (issue 24.2).
    expect(await review.getByTestId('review-headline').textContent()).toBe(
      'Send 0.50 USDC from default → Paxos wires $0.50 USD; fees or conversion abroad may reduce what arrives',
    );
    expect(await review.getByTestId('review-may-arrive-less').textContent()).toMatch(
      /Intermediary and receiving-bank fees, or conversion to another currency at the receiving bank, may reduce what arrives/,
    );
    expect(await review.getByTestId('review-routing').textContent()).toBe('SWIFT / BIC DEUTDEFF');
    expect(await review.getByTestId('review-destination').textContent()).toContain('EU payroll');
    const arrival = (await review.getByTestId('review-arrival').textContent()) ?? '';
    expect(arrival).toMatch(/International \(SWIFT\) wires take 1–5 business days/);
    expect(await review.textContent()).not.toMatch(/domestic/i);
    await screenshotBothSizes(app, 'swift-account-3-review');
    await finish(app, 'swift-account-4-end');
  });
});
