// Issue 26, one Convert screen for every pair: 12,500.25 PYUSD from the default profile becomes
// 12,500.25 USDG in Payroll float — the pair chosen on the form, main's review (1:1 as Paxos
// states it for its own coins, 6 decimals), main's own confirmation drawn on screen, followed
// until Paxos completes it and the credited amount is checked (no exception item). Then redeem
// into cash: on the Redeem screen, "keep as USD in a profile" turns 1,000.005 USDC into 1,000.00
// USD in Payroll float through the same conversion operation (no wire, no bank account).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SEED_IDS } from '../../../main/simulator';
import { describeInBrowser } from '../harness/browser';
import { launchApp, type LaunchedApp } from '../harness/launch-app';
import { finish, goTo, pollFor, screenshotBothSizes } from './flow-helpers';

describeInBrowser('convert 12,500.25 PYUSD → USDG between two profiles', () => {
  let app: LaunchedApp;

  beforeAll(async () => {
    app = await launchApp({
      settings: { onboarded: true, pollFastSeconds: 2 },
      confirmations: 'on-screen',
    });
  });
  afterAll(async () => app?.close());

  const dialog = () => app.page.getByRole('alertdialog', { name: 'Treasury Desk confirmation' });

  it('converts PYUSD in default into USDG in Payroll float, confirmed in main, to COMPLETED', async () => {
    const { page } = app;
    const sim = await app.test.simulator();
    sim.control.setBalance(SEED_IDS.defaultProfile, 'PYUSD', '20000.00');
    const payrollBefore = Number(
      sim.control.snapshot().profiles.find((p) => p.id === SEED_IDS.payrollProfile)?.balances
        .USDG ?? '0',
    );
    await app.runtime.environments.desk.refreshNow();
    await pollFor(() => page.getByRole('status').filter({ hasText: 'Online' }).count()).toBe(1);
    await goTo(page, 'Convert');
    await page.getByLabel('From profile').selectOption(SEED_IDS.defaultProfile);
    await pollFor(() =>
      page
        .getByLabel('From asset')
        .locator('option')
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)),
    ).toContain('PYUSD');
    await page.getByLabel('From asset').selectOption('PYUSD');
    await page.getByLabel('To asset').selectOption('USDG');
    await page.getByLabel('Into profile').selectOption(SEED_IDS.payrollProfile);
    await pollFor(() => page.getByTestId('available-balance').textContent()).toContain('20,000');
    expect(await page.getByTestId('pair-terms').textContent()).toContain(
      'PYUSD → USDG: 1:1 as Paxos states it, at 6 decimals',
    );
    await page.getByLabel('PYUSD amount', { exact: true }).fill('12500.25');
    await screenshotBothSizes(app, 'convert-1-form');
    await page.getByRole('button', { name: 'Review', exact: true }).click();

    const review = page.getByTestId('conversion-review');
    await pollFor(() => review.count()).toBe(1);
    expect(await review.getByTestId('review-headline').textContent()).toBe(
      '12,500.25 PYUSD from default becomes 12,500.25 USDG in Payroll float',
    );
    expect(await review.getByTestId('review-rate').textContent()).toBe('1:1 as Paxos states it');
    expect(await review.textContent()).toContain('6 decimals, the fewer of the pair');
    await screenshotBothSizes(app, 'convert-2-review');
    const before = sim.control.snapshot().orchestrations.length;
    await review.getByTestId('conversion-confirm').click();

    await pollFor(() => dialog().count()).toBe(1);
    const text = (await dialog().textContent()) ?? '';
    for (const fact of [
      'Convert 12,500.25 USDG from 12,500.25 PYUSD into Payroll float in Demo?',
      'From: 12,500.25 PYUSD in default',
      'Credited: 12,500.25 USDG into Payroll float',
      'Rate: 1:1, at 6 decimals',
    ])
      expect(text).toContain(fact);
    await app.screenshot('convert-3-main-confirmation');
    await dialog().getByRole('button', { name: 'Convert 12,500.25 USDG' }).click();

    const progress = page.getByTestId('conversion-progress');
    await pollFor(() => progress.count()).toBe(1);
    await pollFor(() => progress.getByTestId('conversion-status').textContent(), 45_000).toContain(
      'Completed',
    );
    const made = sim.control.snapshot().orchestrations.slice(before);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({
      source_asset: 'PYUSD',
      destination_asset: 'USDG',
      source_amount: '12500.25',
      source: { profile: { profile_id: SEED_IDS.defaultProfile } },
      destination: { profile: { profile_id: SEED_IDS.payrollProfile } },
      status: 'COMPLETED',
    });
    const profiles = sim.control.snapshot().profiles;
    const payroll = profiles.find((p) => p.id === SEED_IDS.payrollProfile);
    expect(Number(payroll?.balances.USDG) - payrollBefore).toBeCloseTo(12500.25, 6);
    const source = profiles.find((p) => p.id === SEED_IDS.defaultProfile);
    expect(source?.balances.PYUSD).toBe('7499.75');
    // The credited amount was checked against the confirmed one: no exception item.
    expect(await progress.getByTestId('conversion-alert').count()).toBe(0);
    await screenshotBothSizes(app, 'convert-4-completed');
    await finish(app, 'convert-5-end');
  });

  it('redeems USDC into USD kept in a profile from the Redeem screen, to COMPLETED', async () => {
    const { page } = app;
    const sim = await app.test.simulator();
    sim.control.setBalance(SEED_IDS.defaultProfile, 'USDC', '5000.00');
    const usdBefore = Number(
      sim.control.snapshot().profiles.find((p) => p.id === SEED_IDS.payrollProfile)?.balances.USD ??
        '0',
    );
    await app.runtime.environments.desk.refreshNow();
    await goTo(page, 'Redeem');
    await page.getByRole('radio', { name: /Keep as USD in a profile/ }).check();
    const form = page.getByRole('form', { name: 'Redeem into USD cash' });
    await form.getByLabel('From profile').selectOption(SEED_IDS.defaultProfile);
    await form.getByLabel('From asset').selectOption('USDC');
    await form.getByLabel('Into profile').selectOption(SEED_IDS.payrollProfile);
    expect(await form.getByLabel('To asset').count()).toBe(0);
    await form.getByLabel('USDC amount', { exact: true }).fill('1000.005');
    await screenshotBothSizes(app, 'convert-6-redeem-cash-form');
    await form.getByRole('button', { name: 'Review', exact: true }).click();
    const review = page.getByTestId('conversion-review');
    await pollFor(() => review.count()).toBe(1);
    expect(await review.getByTestId('review-receive').textContent()).toContain('1,000.00 USD');
    expect(await review.textContent()).toContain('2 decimals, the fewer of the pair (0.005 USDC');
    await screenshotBothSizes(app, 'convert-7-redeem-cash-review');
    const before = sim.control.snapshot().orchestrations.length;
    await review.getByTestId('conversion-confirm').click();
    await pollFor(() => dialog().count()).toBe(1);
    expect(await dialog().textContent()).toContain(
      'Redeem 1,000.00 USD from 1,000.005 USDC into Payroll float in Demo?',
    );
    await dialog().getByRole('button', { name: 'Redeem 1,000.00 USD' }).click();
    const progress = page.getByTestId('conversion-progress');
    await pollFor(() => progress.getByTestId('conversion-status').textContent(), 45_000).toContain(
      'Completed',
    );
    const made = sim.control.snapshot().orchestrations.slice(before);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({
      source_asset: 'USDC',
      destination_asset: 'USD',
      destination: { profile: { profile_id: SEED_IDS.payrollProfile } },
      status: 'COMPLETED',
    });
    const payroll = sim.control.snapshot().profiles.find((p) => p.id === SEED_IDS.payrollProfile);
    expect(Number(payroll?.balances.USD) - usdBefore).toBeCloseTo(1000, 6);
    expect(await progress.getByTestId('conversion-alert').count()).toBe(0);
    await screenshotBothSizes(app, 'convert-8-redeem-cash-completed');
    await finish(app, 'convert-9-end');
  });
});
