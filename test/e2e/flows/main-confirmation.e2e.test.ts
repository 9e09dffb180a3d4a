// Main, not the page, confirms what moves money, and the lock needs the passcode. The harness
// draws main's own confirmation request over the page (in the app it is a native dialog):
// above the soft limit it cannot be confirmed without ticking "I checked the amount and the
// destination"; pressed unticked it comes back saying so, then main declines and the page says
// why next to its button; nothing is queued or sent. The amount is kept as typed or pasted.
// Then the app locks and opens only with the passcode.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SEED_IDS } from '../../../main/simulator';
import { describeInBrowser } from '../harness/browser';
import { E2E_PASSCODE, launchApp, type LaunchedApp } from '../harness/launch-app';
import { finish, goTo, pollFor } from './flow-helpers';

describeInBrowser("main's confirmation and the passcode lock", () => {
  let app: LaunchedApp;

  beforeAll(async () => {
    app = await launchApp({
      settings: { onboarded: true, pollFastSeconds: 2, perRedemptionSoftLimitUsd: '10000.00' },
      confirmations: 'on-screen',
    });
  });
  afterAll(async () => app?.close());

  const dialog = () => app.page.getByRole('alertdialog', { name: 'Treasury Desk confirmation' });
  const orchestrations = async () => (await app.test.simulator()).control.snapshot().orchestrations;

  it('asks in main for a redemption, with the facts from main and the checkbox above the soft limit', async () => {
    const { page } = app;
    await goTo(page, 'Redeem');
    await page.getByLabel('From profile').selectOption(SEED_IDS.defaultProfile);
    await page.getByLabel('Stablecoin').selectOption('USDC');
    await pollFor(() => page.getByTestId('available-balance').textContent()).toContain('2,500,000');
    // Typed the European way, the amount stays as typed and says why it cannot be used.
    const amount = page.getByLabel('Amount', { exact: true });
    await amount.pressSequentially('25.000,50');
    expect(await amount.inputValue()).toBe('25.000,50');
    await pollFor(() => page.locator('#f-amount-error').textContent()).toContain(
      'looks like a European format',
    );
    expect(await page.locator('#f-amount-error').getAttribute('role')).toBe('alert');
    await app.screenshot('main-confirmation-0-european-amount');
    // Pasted as a statement prints it: kept as pasted, read as 25,000.50 USDC.
    await amount.fill('');
    await amount.focus();
    await page.keyboard.insertText('$25,000.50');
    expect(await amount.inputValue()).toBe('$25,000.50');
    expect(await page.locator('#f-amount-error').count()).toBe(0);
    expect(await page.getByTestId('amount-reading').textContent()).toBe('Read as 25,000.50 USDC');
    await page.getByLabel('Destination bank account').selectOption(SEED_IDS.operatingBankAccount);
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    const review = page.getByTestId('redemption-review');
    await pollFor(() => review.count()).toBe(1);
    const before = (await orchestrations()).length;

    // First try: confirm pressed without ticking the box. Main counts that as no.
    await review.getByRole('button', { name: 'Confirm redemption' }).click();
    await pollFor(() => dialog().count()).toBe(1);
    const text = await dialog().textContent();
    for (const fact of [
      'Redeem 25,000.50 USDC to the account ending 6789 in Demo?',
      'Your label: “Operating account”',
      'Demo (built-in simulator, no real money)',
      'JPMorgan Chase Bank, account ending 6789',
      'Owner: Acme Treasury Inc',
      'I checked the amount and the destination',
    ]) {
      expect(text).toContain(fact);
    }
    expect(await dialog().getByRole('button', { name: 'Redeem 25,000.50 USDC' }).count()).toBe(1);
    expect(
      await review.getByRole('button', { name: 'Waiting for your confirmation…' }).count(),
    ).toBe(1);
    await app.screenshot('main-confirmation-1-redemption');
    await dialog().getByRole('button', { name: 'Redeem 25,000.50 USDC' }).click();
    // Main shows its dialog again at once, saying first why the press did not count.
    await pollFor(() => dialog().getByTestId('confirmation-notice').count()).toBe(1);
    expect(await dialog().getByTestId('confirmation-notice').textContent()).toBe(
      'Nothing was sent: the box “I checked the amount and the destination” was not ticked. Tick it to go ahead, or Cancel.',
    );
    await app.screenshot('main-confirmation-1b-not-ticked-again');
    // Pressed unticked again: main declines, and the page says why next to its button, focused.
    await dialog().getByRole('button', { name: 'Redeem 25,000.50 USDC' }).click();
    const refusal = review.getByTestId('error-notice');
    await pollFor(() => refusal.textContent()).toContain('Not sent: the box was not ticked');
    await pollFor(() =>
      refusal.evaluate(
        (el) => el === document.activeElement && el.getBoundingClientRect().top >= 0,
      ),
    ).toBe(true);
    // The button to try again is in view too, right below the reason.
    const again = review.getByRole('button', { name: 'Confirm redemption' });
    expect(
      await again.evaluate((el) => el.getBoundingClientRect().bottom <= window.innerHeight),
    ).toBe(true);
    await app.screenshot('main-confirmation-1c-declined-unticked');
    expect(app.runtime.environments.desk.intentsIn()).toEqual([]);
    expect((await orchestrations()).length).toBe(before);

    // Second try: ticked, confirmed: exactly one redemption, and it completes.
    await review.getByRole('button', { name: 'Confirm redemption' }).click();
    await pollFor(() => dialog().count()).toBe(1);
    await dialog().getByRole('checkbox').check();
    await app.screenshot('main-confirmation-2-ticked');
    await dialog().getByRole('button', { name: 'Redeem 25,000.50 USDC' }).click();
    const timeline = page.getByTestId('redemption-progress').getByTestId('redemption-timeline');
    await pollFor(() => timeline.getAttribute('data-outcome'), 30_000).toBe('completed');
    const created = (await orchestrations()).slice(before);
    expect(created.map((o) => o.source_amount)).toEqual(['25000.50']);
    expect(app.confirmations.map((r) => [r.action, r.notice === undefined])).toEqual([
      ['redemption.create', true],
      ['redemption.create', false],
      ['redemption.create', true],
    ]);
    // After Confirm, focus is on what became of the request.
    expect(
      await page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName),
    ).toBe('progress-title');
    const audit = await app.runtime.environments.desk.auditPage({ limit: 50 });
    const redemptionEntries = audit.entries
      .filter((e) => e.action === 'redemption.create')
      .map((e) => [e.outcome, e.details?.amount, e.details?.last4]);
    expect(redemptionEntries).toEqual(
      expect.arrayContaining([
        ['cancelled', '25000.50', '6789'],
        ['requested', '25000.50', '6789'],
      ]),
    );
  });

  it('locks, refuses a wrong passcode, and unlocks with the right one', async () => {
    const { page } = app;
    await goTo(page, 'Settings');
    await page.getByTestId('settings-lock').getByRole('button', { name: 'Lock now' }).click();
    const unlockForm = page.getByRole('form', { name: 'Unlock' });
    await pollFor(() => unlockForm.count()).toBe(1);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el ? `${el.tagName}${el.id ? `#${el.id}` : ''}` : null;
      });
    // The lock screen's one field has focus as it appears, and again after a wrong passcode.
    await pollFor(focused).toBe('INPUT#f-passcode');
    expect(await page.content()).not.toContain('2,500,000');

    await unlockForm.getByLabel('Passcode').fill('not-the-passcode');
    await unlockForm.getByRole('button', { name: 'Unlock', exact: true }).click();
    await pollFor(() => unlockForm.textContent()).toContain('That passcode is not right.');
    await pollFor(focused).toBe('INPUT#f-passcode');
    expect(app.runtime.state.get().locked).toBe(true);

    await unlockForm.getByLabel('Passcode').fill(E2E_PASSCODE);
    await app.screenshot('passcode-unlock');
    await unlockForm.getByRole('button', { name: 'Unlock', exact: true }).click();
    await pollFor(() =>
      page.getByRole('heading', { name: 'Treasury Desk is locked' }).count(),
    ).toBe(0);
    expect(app.runtime.state.get().locked).toBe(false);
    // Unlocked: focus on the screen's heading, not the page.
    await pollFor(focused).toBe('H1#screen-title');
    const audit = await app.runtime.environments.desk.auditPage({ limit: 10 });
    expect(audit.entries.filter((e) => e.action === 'app.unlock').map((e) => e.outcome)).toEqual([
      'succeeded',
      'failed',
    ]);
    await finish(app, 'main-confirmation-3-unlocked');
  });
});
