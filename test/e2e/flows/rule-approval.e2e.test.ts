// Paxos in 2026 may hold a new auto-redeem rule for approval. In Demo, with rules in manual
// approval: create a rule; its drawer says it awaits approval at Paxos and shows NO deposit
// address or QR code (nothing may be sent yet); approve it through the Demo control; the
// drawer then shows the address and its QR code.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SEED_IDS } from '../../../main/simulator';
import { describeInBrowser } from '../harness/browser';
import { launchApp, type LaunchedApp } from '../harness/launch-app';
import { attr, finish, goTo, pollFor, screenshotBothSizes } from './flow-helpers';

describeInBrowser('auto-redeem rule awaiting approval → approved → deposit address', () => {
  let app: LaunchedApp;

  beforeAll(async () => {
    app = await launchApp({
      settings: { onboarded: true, pollFastSeconds: 2 },
      simulator: { approvals: { rules: { mode: 'manual' } } },
    });
  });
  afterAll(async () => app?.close());

  it('shows no address until Paxos approves the rule', async () => {
    const { page } = app;
    await pollFor(() => page.getByRole('status').filter({ hasText: 'Online' }).count()).toBe(1);
    await goTo(page, 'Auto-redeem');
    await page.getByRole('button', { name: 'New rule' }).click();
    const form = page.getByRole('form', { name: 'New auto-redeem rule' });
    await form.getByLabel('Nickname').fill('Treasury USDC inflows');
    await form.getByLabel('Profile').selectOption(SEED_IDS.defaultProfile);
    await form.getByLabel('Stablecoin').selectOption('USDC');
    await form.getByLabel('Network').selectOption('ETHEREUM');
    await form.getByLabel('Destination bank account').selectOption(SEED_IDS.operatingBankAccount);
    await form.getByRole('button', { name: 'Review rule' }).click();
    await page.getByTestId('rule-review').getByRole('button', { name: 'Create rule' }).click();

    const row = page.getByTestId('rule-row').filter({ hasText: 'Treasury USDC inflows' });
    await pollFor(() => attr(row, 'data-status'), 30_000).toBe('PENDING');
    expect(await row.textContent()).toContain('Awaiting approval at Paxos');
    const ruleId = (await row.getAttribute('data-rule-id'))!;
    await row.getByRole('button', { name: 'Treasury USDC inflows' }).click();

    // Awaiting approval: the warning, and neither the address nor a QR code.
    const detail = page.getByTestId('rule-detail');
    const status = detail.getByTestId('rule-deposit-status');
    await pollFor(() => status.textContent()).toMatch(
      /^Awaiting approval at Paxos: do not send funds yet\./,
    );
    expect(await detail.getByTestId('deposit-address').count()).toBe(0);
    expect(await detail.locator('svg').count()).toBe(0);
    const simRule = (await app.test.simulator()).control
      .snapshot()
      .rules.find((r) => r.id === ruleId);
    expect(simRule?.status).toBe('PENDING');
    const pendingText = (await detail.textContent()) ?? '';
    expect(await detail.getByRole('button', { name: 'Simulate a deposit' }).count()).toBe(0);
    await screenshotBothSizes(app, 'rule-approval-1-awaiting-approval');

    // The Demo control plays the approver.
    await detail.getByRole('button', { name: 'Approve rule (demo)' }).click();
    await pollFor(() => attr(row, 'data-status'), 30_000).toBe('ACTIVE');
    const deposit = detail.getByTestId('deposit-address');
    await pollFor(() => deposit.count()).toBe(1);
    await pollFor(() => deposit.locator('svg').count()).toBe(1);
    const address = (await deposit.getByTestId('deposit-address-text').textContent())!.trim();
    expect(address).toMatch(/^0x[0-9a-fA-F]{40}$/);
    expect(JSON.stringify(simRule)).toContain(address);
    // The same address was there while PENDING, and the drawer did not show it.
    expect(pendingText).not.toContain(address);
    expect(await detail.getByTestId('rule-deposit-status').count()).toBe(0);
    expect(await detail.getByTestId('demo-approval').count()).toBe(0);
    await screenshotBothSizes(app, 'rule-approval-2-approved-address');
    await finish(app, 'rule-approval-3-end');
  });
});
