// Issue 25, money in: mint 250,000 USDC from USD held in a profile (review, main's own
// confirmation drawn on screen, followed until Paxos completes it and the credited amount is
// checked), then a Convert & Hold rule: created, PENDING without its memo, approved, its memo
// shown, and a USD wire quoting that memo converted into USDC by Paxos. The wire is the rule's
// "Simulate a deposit", which main sends as Paxos's own sandbox wire (POST /sandbox/fiat-deposits
// quoting the rule's memo): the route a real sandbox answers, not a simulator-only control.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SEED_IDS } from '../../../main/simulator';
import { describeInBrowser } from '../harness/browser';
import { launchApp, type LaunchedApp } from '../harness/launch-app';
import { attr, finish, goTo, pollFor, screenshotBothSizes } from './flow-helpers';

describeInBrowser('mint 250,000 USDC from USD; a Convert & Hold rule converts a wire', () => {
  let app: LaunchedApp;

  beforeAll(async () => {
    app = await launchApp({
      settings: { onboarded: true, pollFastSeconds: 2 },
      simulator: { approvals: { rules: { mode: 'manual' } } },
      confirmations: 'on-screen',
    });
  });
  afterAll(async () => app?.close());

  const dialog = () => app.page.getByRole('alertdialog', { name: 'Treasury Desk confirmation' });

  it('mints 250,000 USDC from USD into another profile, confirmed in main, followed to COMPLETED', async () => {
    const { page } = app;
    const sim = await app.test.simulator();
    sim.control.setBalance(SEED_IDS.defaultProfile, 'USD', '400000.00');
    await app.runtime.environments.desk.refreshNow();
    await pollFor(() => page.getByRole('status').filter({ hasText: 'Online' }).count()).toBe(1);
    await goTo(page, 'Convert');
    await page.getByLabel('From profile').selectOption(SEED_IDS.defaultProfile);
    await page.getByLabel('From asset').selectOption('USD');
    await page.getByLabel('To asset').selectOption('USDC');
    await page.getByLabel('Into profile').selectOption(SEED_IDS.payrollProfile);
    await pollFor(() => page.getByTestId('available-balance').textContent()).toContain('400,000');
    await page.getByLabel('USD amount', { exact: true }).fill('250000');
    await screenshotBothSizes(app, 'mint-1-form');
    await page.getByRole('button', { name: 'Review', exact: true }).click();

    const review = page.getByTestId('conversion-review');
    await pollFor(() => review.count()).toBe(1);
    expect(await review.getByTestId('review-headline').textContent()).toBe(
      '250,000.00 USD from default becomes 250,000.00 USDC in Payroll float',
    );
    expect(await review.getByTestId('review-environment').textContent()).toMatch(/^Demo/);
    expect(await review.getByTestId('review-receive').textContent()).toContain('250,000.00 USDC');
    expect(await review.textContent()).toContain('2 decimals');
    expect(await review.textContent()).toContain('1:1');
    await screenshotBothSizes(app, 'mint-2-review');
    const before = sim.control.snapshot().orchestrations.length;
    await review.getByTestId('conversion-confirm').click();

    await pollFor(() => dialog().count()).toBe(1);
    const text = (await dialog().textContent()) ?? '';
    for (const fact of [
      'Mint 250,000.00 USDC from 250,000.00 USD into Payroll float in Demo?',
      'From: 250,000.00 USD in default',
      'Credited: 250,000.00 USDC into Payroll float',
      'Rate: 1:1, at 2 decimals',
    ])
      expect(text).toContain(fact);
    await app.screenshot('mint-3-main-confirmation');
    await dialog().getByRole('button', { name: 'Mint 250,000.00 USDC' }).click();

    const progress = page.getByTestId('conversion-progress');
    await pollFor(() => progress.count()).toBe(1);
    await pollFor(() => progress.getByTestId('conversion-status').textContent(), 45_000).toContain(
      'Completed',
    );
    const made = sim.control.snapshot().orchestrations.slice(before);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({
      source_asset: 'USD',
      destination_asset: 'USDC',
      source_amount: '250000',
      status: 'COMPLETED',
    });
    const payroll = sim.control.snapshot().profiles.find((p) => p.id === SEED_IDS.payrollProfile);
    expect(payroll?.balances.USDC).toBe('375000');
    expect(await progress.getByTestId('conversion-alert').count()).toBe(0);
    await pollFor(() => app.test.notifier.shown.map((n) => n.title)).toContainEqual(
      'Mint from USD completed: 250,000.00 USD → USDC',
    );
    await screenshotBothSizes(app, 'mint-4-completed');
  });

  it('creates a Convert & Hold rule; its memo only once ACTIVE; a wire quoting it is converted', async () => {
    const { page } = app;
    await goTo(page, 'Auto-redeem');
    await page.getByRole('button', { name: 'New Convert & Hold rule' }).click();
    const form = page.getByRole('form', { name: 'New Convert & Hold rule' });
    await form.getByLabel('Keep in profile').selectOption(SEED_IDS.payrollProfile);
    await form.getByLabel('Convert to').selectOption('USDC');
    await form.getByLabel('Wires routed by').selectOption('ABA');
    await form.getByLabel('Nickname').fill('Payroll mint on wire');
    await screenshotBothSizes(app, 'mint-5-hold-form');
    await form.getByRole('button', { name: 'Review' }).click();
    const review = page.getByTestId('hold-review');
    expect(await review.textContent()).toContain(
      'Every USD wire quoting this rule’s memo is converted automatically to USDC',
    );
    await screenshotBothSizes(app, 'mint-6-hold-review');
    await review.getByRole('button', { name: 'Create rule' }).click();
    await pollFor(() => dialog().count()).toBe(1);
    expect(await dialog().textContent()).toContain(
      "Convert every USD wire quoting this rule's memo to USDC in Payroll float in Demo?",
    );
    await app.screenshot('mint-7-hold-main-confirmation');
    await dialog().getByRole('button', { name: 'Create Convert & Hold to USDC' }).click();

    const row = page.getByTestId('rule-row').filter({ hasText: 'Payroll mint on wire' });
    await pollFor(() => attr(row, 'data-status'), 30_000).toBe('PENDING');
    await row.getByRole('button', { name: 'Payroll mint on wire' }).click();
    const detail = page.getByTestId('rule-detail');
    await pollFor(() => detail.getByTestId('rule-deposit-status').textContent()).toContain(
      'The memo and wire instructions appear here once Paxos approves the rule',
    );
    expect(await detail.getByTestId('hold-memo').count()).toBe(0);
    const ruleId = (await row.getAttribute('data-rule-id'))!;
    const sim = await app.test.simulator();
    const memo = (
      sim.control.snapshot().rules.find((r) => r.id === ruleId)?.source as {
        fiat: { memo_id: string };
      }
    ).fiat.memo_id;
    expect(await detail.textContent()).not.toContain(memo);
    await screenshotBothSizes(app, 'mint-8-hold-pending');

    await detail.getByRole('button', { name: 'Approve rule (demo)' }).click();
    await pollFor(() => attr(row, 'data-status'), 30_000).toBe('ACTIVE');
    await pollFor(() => detail.getByTestId('hold-memo').textContent()).toBe(memo);
    await pollFor(() => app.test.notifier.shown.map((n) => n.title)).toContainEqual(
      'Convert & Hold rule is active: Payroll mint on wire',
    );
    await screenshotBothSizes(app, 'mint-9-hold-active-memo');

    // A USD wire quoting the memo arrives (simulated in Demo): Paxos converts it by the rule.
    await detail.getByLabel('Deposit amount (demo)').fill('5000');
    await detail.getByRole('button', { name: 'Simulate a deposit' }).click();
    await pollFor(() => app.test.notifier.shown.map((n) => n.title), 45_000).toContainEqual(
      'Mint from USD completed: 5,000.00 USD → USDC',
    );
    const ruleMade = sim.control
      .snapshot()
      .orchestrations.filter((o) => o.orchestration_rule_id === ruleId);
    expect(ruleMade).toHaveLength(1);
    // It came in as a WIRE_DEPOSIT quoting the memo (the sandbox route), and was converted.
    expect(
      sim.control.snapshot().transfers.filter((t) => t.memo === memo && t.type === 'WIRE_DEPOSIT'),
    ).toHaveLength(1);
    expect(ruleMade[0]).toMatchObject({
      status: 'COMPLETED',
      source_asset: 'USD',
      destination_asset: 'USDC',
      source: { fiat: { memo } },
    });
    await finish(app, 'mint-10-wire-converted');
  });
});
