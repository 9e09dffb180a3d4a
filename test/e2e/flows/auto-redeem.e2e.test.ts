// An operator sets up an auto-redeem rule (USDC on Ethereum → the approved operating account),
// reads its deposit address and QR code, simulates a deposit in the demo, and watches the rule
// turn it into a completed wire.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SEED_IDS } from '../../../main/simulator';
import { describeInBrowser } from '../harness/browser';
import { launchApp, type LaunchedApp } from '../harness/launch-app';
import { attr, finish, goTo, pollFor, screenshotBothSizes } from './flow-helpers';

describeInBrowser('auto-redeem rule → deposit address → simulated deposit → completed', () => {
  let app: LaunchedApp;

  beforeAll(async () => {
    app = await launchApp({ settings: { onboarded: true, pollFastSeconds: 2 } });
  });
  afterAll(async () => app?.close());

  it('creates a rule, shows where to send funds, and follows a deposit to a completed wire', async () => {
    const { page } = app;
    await pollFor(() => page.getByRole('status').filter({ hasText: 'Online' }).count()).toBe(1);
    await goTo(page, 'Auto-redeem');
    expect(await page.getByTestId('rules').textContent()).toContain('No rules yet.');
    await page.getByRole('button', { name: 'New rule' }).click();

    const form = page.getByRole('form', { name: 'New auto-redeem rule' });
    await form.getByLabel('Nickname').fill('Customer USDC deposits');
    await form.getByLabel('Profile').selectOption(SEED_IDS.defaultProfile);
    await form.getByLabel('Stablecoin').selectOption('USDC');
    await form.getByLabel('Network').selectOption('ETHEREUM');
    // Only approved accounts are offered; the seeded operating account is one.
    await form.getByLabel('Destination bank account').selectOption(SEED_IDS.operatingBankAccount);
    await screenshotBothSizes(app, 'auto-redeem-1-new-rule-form');
    await form.getByRole('button', { name: 'Review rule' }).click();

    // A rule wires money by itself: it is reviewed before Paxos is asked for it.
    const ruleReview = page.getByTestId('rule-review');
    await pollFor(() => ruleReview.count()).toBe(1);
    expect(await ruleReview.getByTestId('rule-review-headline').textContent()).toMatch(
      /^Every USDC deposit on Ethereum → converted 1:1 to USD → wired to Operating/,
    );
    expect((await app.test.simulator()).control.snapshot().rules).toHaveLength(0);
    await screenshotBothSizes(app, 'auto-redeem-1b-rule-review');
    await ruleReview.getByRole('button', { name: 'Create rule' }).click();

    // The request is followed until Paxos reports the rule.
    await pollFor(() => page.getByTestId('request-receipt').count()).toBe(1);
    const row = page.getByTestId('rule-row').filter({ hasText: 'Customer USDC deposits' });
    await pollFor(() => attr(row, 'data-status')).toBe('ACTIVE');
    expect(await row.textContent()).toContain('USDC on Ethereum');
    const ruleId = (await row.getAttribute('data-rule-id'))!;
    await screenshotBothSizes(app, 'auto-redeem-2-rule-listed');

    // The rule's detail: deposit address as text and QR, network, copy, the warning.
    await row.getByRole('button', { name: 'Customer USDC deposits' }).click();
    const detail = page.getByTestId('rule-detail');
    const deposit = detail.getByTestId('deposit-address');
    await pollFor(() => deposit.count()).toBe(1);
    const address = (await deposit.getByTestId('deposit-address-text').textContent())!.trim();
    const simRule = (await app.test.simulator()).control
      .snapshot()
      .rules.find((r) => r.id === ruleId);
    expect(JSON.stringify(simRule)).toContain(address);
    expect(address).toMatch(/^0x[0-9a-fA-F]{40}$/);
    // The QR code is loaded on first use.
    await pollFor(() => deposit.locator('svg').count()).toBe(1);
    expect(await deposit.textContent()).toContain('Ethereum');
    expect(await deposit.getByRole('button', { name: 'Copy deposit address' }).count()).toBe(1);
    expect(await deposit.getByRole('note').textContent()).toMatch(/Send only USDC on Ethereum/);
    expect(await detail.getByTestId('rule-activity').textContent()).toContain(
      'No deposits have arrived for this rule yet.',
    );
    await screenshotBothSizes(app, 'auto-redeem-3-deposit-address');

    // A deposit arrives (simulated): the rule redeems it and the wire completes.
    const simulate = detail.getByRole('form', { name: 'Simulate a deposit' });
    await simulate.getByLabel('Deposit amount (demo)').fill('1500.25');
    await simulate.getByRole('button', { name: 'Simulate a deposit' }).click();
    await pollFor(() => simulate.getByRole('status').textContent()).toContain(
      'Simulated a deposit of 1,500.25 USDC',
    );

    const activityRow = detail.getByTestId('rule-activity-row');
    await pollFor(() => activityRow.count()).toBe(1);
    await app.screenshot('auto-redeem-4-deposit-arrived');
    await pollFor(() => activityRow.getAttribute('data-status'), 30_000).toBe('COMPLETED');
    expect(await activityRow.textContent()).toContain('1,500.25 USDC');
    expect(await detail.getByTestId('rule-activity').textContent()).toContain(
      'Redemptions by this rule (1)',
    );

    // Paxos agrees: exactly one orchestration from this rule, completed, for the deposit.
    const sim = (await app.test.simulator()).control.snapshot();
    const byRule = sim.orchestrations.filter((o) => o.orchestration_rule_id === ruleId);
    expect(byRule).toHaveLength(1);
    expect(byRule[0]).toMatchObject({
      status: 'COMPLETED',
      source_amount: '1500.25',
      source_asset: 'USDC',
    });
    await pollFor(() => app.test.notifier.shown.map((n) => `${n.title}: ${n.body}`)).toContainEqual(
      expect.stringMatching(/^Wire completed: \$1,500\.25 to .*: 1,500\.25 USDC .*auto-redeem/),
    );
    await app.screenshot('auto-redeem-5-rule-activity-completed');

    // Details opens it in Activity, attributed to the rule.
    await activityRow.getByRole('button', { name: 'Details' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Activity');
    const activityDetail = page.getByTestId('activity-detail');
    await pollFor(() =>
      activityDetail.getByTestId('redemption-timeline').getAttribute('data-outcome'),
    ).toBe('completed');
    expect(await activityDetail.textContent()).toContain('Customer USDC deposits');

    await goTo(page, 'Auto-redeem');
    await pollFor(() =>
      page.getByTestId('rule-detail').getByTestId('rule-activity-row').getAttribute('data-status'),
    ).toBe('COMPLETED');
    await finish(app, 'auto-redeem-6-rule-with-activity');
  });
});
