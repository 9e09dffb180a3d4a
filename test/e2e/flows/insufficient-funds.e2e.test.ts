// Not enough funds, twice over: the desk's own check (more than the available balance it last
// saw), shown next to the amount with what is available and what is needed, nothing typed lost;
// and Paxos refusing at send time (the balance dropped after the review), shown on the request
// as failed with a reason an operator can read.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SEED_IDS } from '../../../main/simulator';
import { describeInBrowser } from '../harness/browser';
import { launchApp, type LaunchedApp } from '../harness/launch-app';
import { attr, finish, goTo, pollFor } from './flow-helpers';

describeInBrowser('insufficient funds', () => {
  let app: LaunchedApp;

  beforeAll(async () => {
    app = await launchApp({ settings: { onboarded: true, pollFastSeconds: 2 } });
  });
  afterAll(async () => app?.close());

  it('refuses more than the available balance next to the amount, keeping what was typed', async () => {
    const { page } = app;
    await pollFor(() => page.getByRole('status').filter({ hasText: 'Online' }).count()).toBe(1);
    await goTo(page, 'Redeem');
    await page.getByLabel('From profile').selectOption(SEED_IDS.payrollProfile);
    await page.getByLabel('Stablecoin').selectOption('USDC');
    await pollFor(() => page.getByTestId('available-balance').textContent()).toContain(
      '125,000.00 USDC',
    );
    const amount = page.getByLabel('Amount', { exact: true });
    await amount.fill('125000.01');
    await page.getByLabel('Destination bank account').selectOption(SEED_IDS.operatingBankAccount);
    await page.getByLabel('Memo for the wire').fill('Payroll run 12');
    // Warned before asking main: more than last seen from Paxos.
    expect(await page.getByRole('note').textContent()).toContain(
      'more than the available balance of 125,000.00 USDC',
    );
    await page.getByRole('button', { name: 'Review', exact: true }).click();

    // The error sits at the amount field (linked to it), and says available vs needed.
    const errorId = 'f-amount-error';
    await pollFor(() => page.locator(`#${errorId}`).count()).toBe(1);
    const fieldError = (await page.locator(`#${errorId}`).textContent()) ?? '';
    expect(fieldError).toContain('125,000.00 USDC');
    expect(fieldError).toMatch(/Needed: 125,000\.01 USDC/);
    expect(await amount.getAttribute('aria-describedby')).toContain(errorId);
    expect(await amount.getAttribute('aria-invalid')).toBe('true');
    const alert = page.getByTestId('error-notice');
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.textContent()).toMatch(
      /Available: 125,000\.00 USDC\. Needed: 125,000\.01 USDC\./,
    );
    // No review step, nothing sent, and every value still there.
    expect(await page.getByTestId('redemption-review').count()).toBe(0);
    expect(app.calls).not.toContain('submitRedemption');
    expect(await amount.inputValue()).toBe('125000.01');
    expect(await page.getByLabel('From profile').inputValue()).toBe(SEED_IDS.payrollProfile);
    expect(await page.getByLabel('Destination bank account').inputValue()).toBe(
      SEED_IDS.operatingBankAccount,
    );
    expect(await page.getByLabel('Memo for the wire').inputValue()).toBe('Payroll run 12');
    await app.screenshot('insufficient-funds-1-amount-error');

    // Leaving the screen and coming back keeps the draft too.
    await goTo(page, 'Overview');
    await goTo(page, 'Redeem');
    expect(await page.getByLabel('Amount', { exact: true }).inputValue()).toBe('125000.01');

    // Correcting the amount clears the field error and the review goes through.
    await page.getByLabel('Amount', { exact: true }).fill('125000');
    expect(await page.locator(`#${errorId}`).count()).toBe(0);
    // The old "not enough" banner goes with it: it never sits beside a newer problem (bug 3).
    expect(await page.getByTestId('error-notice').count()).toBe(0);
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    await pollFor(() => page.getByTestId('redemption-review').count()).toBe(1);
    await page.getByRole('button', { name: 'Back to edit' }).click();
  });

  it('never takes 0.000001 USDC to Review (the wire would be $0.00), and puts focus on the amount', async () => {
    const { page } = app;
    await goTo(page, 'Redeem');
    if ((await page.getByTestId('redemption-review').count()) > 0)
      await page.getByRole('button', { name: 'Back to edit' }).click();
    const reviewsBefore = app.calls.filter((c) => c === 'reviewRedemption').length;
    const amount = page.getByLabel('Amount', { exact: true });
    await amount.fill('0.000001');
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    await pollFor(() => page.locator('#f-amount-error').textContent()).toMatch(
      /less than one cent: the wire would be \$0\.00/,
    );
    await pollFor(() => page.evaluate(() => document.activeElement?.id)).toBe('f-amount');
    expect(await page.getByTestId('redemption-review').count()).toBe(0);
    expect(app.calls.filter((c) => c === 'reviewRedemption').length).toBe(reviewsBefore);
    await app.screenshot('insufficient-funds-0-below-one-cent');
    // Main refuses it too, whatever the page sends.
    const refused = await app.runtime.handlers.reviewRedemption({
      profileId: SEED_IDS.payrollProfile,
      asset: 'USDC',
      amount: '0.000001',
      fiatAccountId: SEED_IDS.operatingBankAccount,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { field: 'amount' } },
    });
    await amount.fill('');
  });

  it('shows a redemption Paxos refused for lack of funds as failed, with the reason', async () => {
    const { page } = app;
    const control = (await app.test.simulator()).control;
    await page.getByLabel('From profile').selectOption(SEED_IDS.operatingProfile);
    await page.getByLabel('Stablecoin').selectOption('USDP');
    await pollFor(() => page.getByTestId('available-balance').textContent()).toContain(
      '150,000.25 USDP',
    );
    await page.getByLabel('Amount', { exact: true }).fill('90000');
    await page.getByLabel('Destination bank account').selectOption(SEED_IDS.operatingBankAccount);
    await page.getByLabel('Memo for the wire').fill('');
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    const review = page.getByTestId('redemption-review');
    await pollFor(() => review.count()).toBe(1);
    expect(await review.getByTestId('review-amount').textContent()).toContain('90,000.00 USDP');

    // Between the review and the confirm, the funds leave the profile at Paxos (another desk,
    // a withdrawal): main's last-seen balance still covers it, Paxos does not.
    control.setBalance(SEED_IDS.operatingProfile, 'USDP', '1000.00');
    await review.getByRole('button', { name: 'Confirm redemption' }).click();

    const progress = page.getByTestId('redemption-progress');
    const timeline = progress.getByTestId('redemption-timeline');
    await pollFor(() => timeline.getAttribute('data-outcome')).toBe('failed');
    const intent = progress.getByTestId('intent');
    await pollFor(() => attr(intent.getByTestId('intent-state'), 'data-state')).toBe('failed');
    expect(await intent.getByTestId('intent-state').textContent()).toBe('Failed');
    const rowText = (await intent.textContent()) ?? '';
    expect(rowText).toMatch(/insufficient|not enough/i);
    expect(rowText).toContain('1,000.00');
    expect(rowText).toContain('90,000');
    expect(rowText).not.toMatch(/\{|"type"|https?:\/\//);
    expect(await timeline.locator('li[data-step="submitted"]').getAttribute('data-state')).toBe(
      'failed',
    );
    expect(await timeline.textContent()).toMatch(/insufficient|not enough/i);
    // Nothing was created at Paxos, and the balance is untouched.
    const sim = control.snapshot();
    expect(sim.orchestrations.filter((o) => o.source_asset === 'USDP')).toEqual([]);
    expect(sim.profiles.find((p) => p.id === SEED_IDS.operatingProfile)?.balances.USDP).toBe(
      '1000.00',
    );
    await app.screenshot('insufficient-funds-2-refused-by-paxos');

    // The Overview lists the failed request with its reason, and the new balance once synced.
    await goTo(page, 'Overview');
    // Attention first (issue 24.3): a failed request sits among the items needing the operator.
    const queued = page.getByTestId('attention').getByTestId('intent');
    await pollFor(() => attr(queued.getByTestId('intent-state'), 'data-state')).toBe('failed');
    expect(await queued.textContent()).toMatch(/insufficient|not enough/i);
    await finish(app, 'insufficient-funds-3-overview');
  });
});
