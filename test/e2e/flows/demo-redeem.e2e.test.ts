// A new operator's first session: start the demo, add the company's bank account through the
// guided form, watch Paxos review and approve it, redeem USDC to it, follow the wire to
// completion, and open the redemption from the "Wire completed" notification.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SEED_IDS } from '../../../main/simulator';
import { describeInBrowser } from '../harness/browser';
import { launchApp, type LaunchedApp } from '../harness/launch-app';
import {
  attr,
  fillUsBankAccount,
  finish,
  goTo,
  pollFor,
  screenshotBothSizes,
} from './flow-helpers';

describeInBrowser('demo onboarding → bank account → redeem USDC → wire completed', () => {
  let app: LaunchedApp;

  beforeAll(async () => {
    app = await launchApp({ settings: { pollFastSeconds: 2 } });
  });
  afterAll(async () => app?.close());

  it('walks the whole first session as a new operator', async () => {
    const { page } = app;

    // First start: nothing but the two ways in.
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Welcome to Treasury Desk');
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    // Nothing is chosen yet: no environment banner, no connection state (bug 11).
    expect(await page.getByRole('status', { name: /Environment:/ }).count()).toBe(0);
    expect(await page.locator('body').textContent()).not.toMatch(/Online|last sync/i);
    await screenshotBothSizes(app, 'demo-redeem-1-onboarding');
    // The Connect form offers the environment choice here (not inside an environment), then Back.
    await page.getByRole('button', { name: 'Connect to Paxos' }).click();
    expect(await page.getByRole('radio', { name: /Production/ }).count()).toBe(1);
    await screenshotBothSizes(app, 'demo-redeem-1b-connect-form');
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Explore with the built-in demo' }).click();

    // The passcode that unlocks the app later: main keeps only its scrypt hash.
    const passcodeForm = page.getByRole('form', { name: 'Choose a passcode' });
    await passcodeForm.getByLabel('Passcode', { exact: true }).fill('first-day-passcode');
    await passcodeForm.getByLabel('Passcode again').fill('first-day-passcode');
    await passcodeForm.getByRole('button', { name: 'Save passcode and start' }).click();

    // The demo desk: banner, overview with the seeded balances, connected; focus on its heading (bug 13).
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Overview');
    await pollFor(() =>
      page.evaluate(
        () => `${document.activeElement?.tagName} ${document.activeElement?.textContent}`,
      ),
    ).toBe('H1 Overview');
    expect(await page.getByRole('status', { name: 'Environment: DEMO' }).count()).toBe(1);
    const defaultRow = page.locator(
      `[data-testid="balance-row"][data-profile-id="${SEED_IDS.defaultProfile}"]`,
    );
    await pollFor(() => defaultRow.locator('[data-asset="USDC"]').textContent()).toContain(
      '2,500,000',
    );
    await pollFor(() => page.getByRole('status').filter({ hasText: 'Online' }).count()).toBe(1);
    await app.screenshot('demo-redeem-2-overview');

    // Add the company's bank account with the guided form.
    await goTo(page, 'Bank accounts');
    await page.getByRole('button', { name: 'Add bank account' }).click();
    const form = await fillUsBankAccount(page, {
      label: 'Payroll wires',
      company: 'Acme Treasury Inc',
      accountNumber: '987654321012',
      owner: {
        country: 'USA',
        street: '100 Market Street',
        city: 'San Francisco',
        province: 'CA',
        zip: '94105',
      },
      routingNumber: '031302971',
      bankName: 'Customers Bank',
      bank: {
        country: 'USA',
        street: '99 Bridge Street',
        city: 'Phoenixville',
        province: 'PA',
        zip: '19460',
      },
    });
    await screenshotBothSizes(app, 'demo-redeem-3-bank-account-form');
    await form.getByRole('button', { name: 'Send for review' }).click();

    // The request is followed until Paxos reports the account: PENDING, then APPROVED.
    await pollFor(() => page.getByTestId('request-receipt').count()).toBe(1);
    const row = page.getByTestId('bank-account-row').filter({ hasText: 'Payroll wires' });
    await pollFor(() => attr(row, 'data-status')).toBe('PENDING');
    await screenshotBothSizes(app, 'demo-redeem-4-bank-account-pending');
    await pollFor(() => attr(row, 'data-status')).toBe('APPROVED');
    const accountId = await row.getAttribute('data-account-id');
    expect(accountId).toBeTruthy();
    await pollFor(() => app.test.notifier.shown.map((n) => n.title)).toContainEqual(
      expect.stringMatching(/^Bank account approved: Payroll wires ••••\d{4}$/),
    );
    expect(
      app.test.notifier.shown.find((n) =>
        n.title.startsWith('Bank account approved: Payroll wires'),
      )?.target,
    ).toEqual({ screen: 'bank-accounts', id: accountId });
    await row.getByRole('button', { name: /Payroll wires/ }).click();
    const accountDetail = page.getByTestId('bank-account-detail');
    await pollFor(() => accountDetail.textContent()).toContain(
      '99 Bridge Street, Phoenixville, PA, 19460, USA',
    );
    expect(await accountDetail.textContent()).toContain('Customers Bank');
    // The owner as Paxos has it in the full record (its list answer leaves the name out).
    expect(await accountDetail.locator('dt:text-is("Owner") + dd').textContent()).toBe(
      'Acme Treasury Inc',
    );
    // Every account in the list names its owner, the seeded one too (Paxos lists none).
    const seeded = page.getByTestId('bank-account-row').filter({ hasText: 'Operating' });
    await pollFor(() => seeded.getByTestId('account-owner').textContent()).not.toMatch(/loading/);
    await screenshotBothSizes(app, 'demo-redeem-5-bank-account-approved');
    // The drawer closes with Escape (bug 13).
    await page.keyboard.press('Escape');
    await pollFor(() => accountDetail.count()).toBe(0);

    // Redeem USDC from the DEFAULT profile to the new account.
    await goTo(page, 'Redeem');
    await page.getByLabel('From profile').selectOption(SEED_IDS.defaultProfile);
    await page.getByLabel('Stablecoin').selectOption('USDC');
    await pollFor(() => page.getByTestId('available-balance').textContent()).toContain('2,500,000');
    await page.getByLabel('Amount', { exact: true }).fill('25000.50');
    await page.getByLabel('Destination bank account').selectOption(accountId!);
    await page.getByLabel('Memo for the wire').fill('Invoice 2024-117');
    await screenshotBothSizes(app, 'demo-redeem-6-redeem-form');
    await page.getByRole('button', { name: 'Review', exact: true }).click();

    const review = page.getByTestId('redemption-review');
    await pollFor(() => review.count()).toBe(1);
    expect(await review.getByTestId('review-environment').textContent()).toMatch(/^Demo/);
    expect(await review.getByTestId('review-amount').textContent()).toContain('25,000.50');
    expect(await review.getByTestId('review-amount').textContent()).toContain('USDC');
    const destination = await review.getByTestId('review-destination').textContent();
    expect(destination).toContain('Customers Bank');
    expect(destination).toContain('Payroll wires');
    expect(destination).not.toContain('987654321012');
    expect(destination).toContain('1012');
    // The review is a wire instruction: what leaves, what arrives, to whom, and when.
    expect(await review.getByTestId('review-headline').textContent()).toBe(
      'Send 25,000.50 USDC from default → you receive $25,000.50 USD',
    );
    expect(await review.getByTestId('review-beneficiary').textContent()).toBe('Acme Treasury Inc');
    expect(await review.getByTestId('review-routing').textContent()).toBe('ABA 031302971');
    expect(await review.getByTestId('review-arrival').textContent()).toMatch(
      /^Between .+Domestic Fedwire wires take 1–3 business days/,
    );
    expect(await review.getByTestId('review-today').textContent()).toMatch(/daily limit/);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Review the wire');
    await screenshotBothSizes(app, 'demo-redeem-7-review');
    await review.getByRole('button', { name: 'Confirm redemption of 25,000.50 USDC' }).click();

    // The timeline moves only as Paxos reports, and ends completed.
    const timeline = page.getByTestId('redemption-progress').getByTestId('redemption-timeline');
    await pollFor(() => timeline.count()).toBe(1);
    await pollFor(() => timeline.getAttribute('data-outcome'), 30_000).toBe('completed');
    expect(
      await timeline
        .locator('li[data-step]')
        .evaluateAll((items) => items.map((li) => li.getAttribute('data-state'))),
    ).toEqual(['done', 'done', 'done', 'done']);
    await app.screenshot('demo-redeem-8-timeline-completed');

    // "Wire completed" was announced; clicking it opens that redemption in Activity.
    await pollFor(() => app.test.notifier.shown.map((n) => n.title)).toContainEqual(
      expect.stringMatching(/^Wire completed: \$25,000\.50 to Payroll wires ••••\d{4}$/),
    );
    const index = app.test.notifier.shown.findIndex((n) => n.title.startsWith('Wire completed'));
    const notice = app.test.notifier.shown[index]!;
    expect(notice.body).toContain('25,000.50 USDC');
    const orchestrationId = notice.target.id;
    const sim = (await app.test.simulator()).control.snapshot();
    const orchestration = sim.orchestrations.find((o) => o.id === orchestrationId);
    expect(orchestration).toMatchObject({ status: 'COMPLETED', source_amount: '25000.50' });
    expect(JSON.stringify(orchestration?.destination)).toContain(accountId!);

    await goTo(page, 'Overview');
    app.test.notifier.click(index);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Activity');
    const detail = page.getByTestId('activity-detail');
    await pollFor(() =>
      detail.getByTestId('redemption-timeline').getAttribute('data-outcome'),
    ).toBe('completed');
    expect(await detail.textContent()).toContain(orchestrationId);
    expect(await detail.textContent()).toContain('Invoice 2024-117');
    const selected = page.locator(
      `[data-testid="activity-row"][data-orchestration-id="${orchestrationId}"]`,
    );
    expect(await selected.getAttribute('aria-current')).toBe('true');

    // The same notice is listed on Overview (in case the OS never showed it) and opens the same redemption.
    await goTo(page, 'Overview');
    await page
      .getByRole('list', { name: 'Recent notices' })
      .getByRole('button', { name: 'Wire completed' })
      .first()
      .click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Activity');
    await pollFor(() => page.getByTestId('activity-detail').textContent()).toContain(
      orchestrationId,
    );
    await finish(app, 'demo-redeem-9-activity-detail');
  });
});
