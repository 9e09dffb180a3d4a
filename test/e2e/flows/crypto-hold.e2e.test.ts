// Issue 26.4, a Convert & Hold rule for crypto deposits: created from the Auto-redeem screen
// (USDC on Ethereum in, USDG kept in Payroll float), the coins and networks a rule can take shown
// on the form, the review, main's own confirmation drawn on screen, PENDING without its address,
// approved and announced, the deposit sheet (address, QR, the rule's coin and network marked among
// those supported), and a simulated USDC deposit converted by Paxos and held as USDG.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SEED_IDS } from '../../../main/simulator';
import { describeInBrowser } from '../harness/browser';
import { launchApp, type LaunchedApp } from '../harness/launch-app';
import { attr, finish, goTo, pollFor, screenshotBothSizes } from './flow-helpers';

describeInBrowser(
  'a Convert & Hold rule for crypto deposits converts a deposit and holds it',
  () => {
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

    it('creates a USDC on Ethereum → USDG rule; its address once ACTIVE; a deposit is converted and held', async () => {
      const { page } = app;
      const sim = await app.test.simulator();
      await goTo(page, 'Auto-redeem');
      await page.getByRole('button', { name: 'New Convert & Hold rule' }).click();
      const form = page.getByRole('form', { name: 'New Convert & Hold rule' });
      await form.getByLabel('Deposits arrive as').selectOption('crypto');
      await form.getByLabel('Keep in profile').selectOption(SEED_IDS.payrollProfile);
      // USDG is issued on fewer chains: only those are offered for it.
      await form.getByLabel('Deposited coin').selectOption('USDG');
      expect(await form.getByLabel('Deposit network').locator('option').allTextContents()).toEqual([
        'Ethereum',
        'Solana',
      ]);
      await form.getByLabel('Deposited coin').selectOption('USDC');
      await form.getByLabel('Deposit network').selectOption('ETHEREUM');
      await form.getByLabel('Convert to').selectOption('USDG');
      await form.getByLabel('Nickname').fill('USDC in, USDG kept');
      expect(await form.getByTestId('supported-deposits').textContent()).toContain('USDG');
      await screenshotBothSizes(app, 'crypto-hold-1-form');
      await form.getByRole('button', { name: 'Review' }).click();
      const review = page.getByTestId('hold-review');
      const reviewed = await review.textContent();
      expect(reviewed).toContain(
        'Every USDC deposit on Ethereum to this rule’s address is converted automatically to USDG and kept in Payroll float.',
      );
      expect(reviewed).toContain('Rate not stated by Paxos');
      await screenshotBothSizes(app, 'crypto-hold-2-review');
      await review.getByRole('button', { name: 'Create rule' }).click();
      await pollFor(() => dialog().count()).toBe(1);
      expect(await dialog().textContent()).toContain(
        'Convert every USDC deposit on Ethereum to USDG in Payroll float in Demo?',
      );
      await app.screenshot('crypto-hold-3-main-confirmation');
      await dialog().getByRole('button', { name: 'Create Convert & Hold USDC to USDG' }).click();

      const row = page.getByTestId('rule-row').filter({ hasText: 'USDC in, USDG kept' });
      await pollFor(() => attr(row, 'data-status'), 30_000).toBe('PENDING');
      expect(await row.textContent()).toContain('USDG in Payroll float');
      await row.getByRole('button', { name: 'USDC in, USDG kept' }).click();
      const detail = page.getByTestId('rule-detail');
      await pollFor(() => detail.getByTestId('rule-deposit-status').count()).toBe(1);
      expect(await detail.getByTestId('deposit-address').count()).toBe(0);
      await screenshotBothSizes(app, 'crypto-hold-4-pending');

      await detail.getByRole('button', { name: 'Approve rule (demo)' }).click();
      await pollFor(() => attr(row, 'data-status'), 30_000).toBe('ACTIVE');
      const ruleId = (await row.getAttribute('data-rule-id'))!;
      const address = (
        sim.control.snapshot().rules.find((r) => r.id === ruleId)?.source as {
          crypto: { address: string };
        }
      ).crypto.address;
      await pollFor(() => detail.getByTestId('deposit-address-text').textContent()).toBe(address);
      expect(await detail.getByTestId('supported-deposits').textContent()).toContain(
        'this rule: USDC on Ethereum only',
      );
      expect(await detail.getByTestId('crypto-hold-facts').textContent()).toContain(
        'Deposits to the address stay USDC in the profile',
      );
      await pollFor(() => app.test.notifier.shown.map((n) => n.title)).toContainEqual(
        'Convert & Hold rule is active: USDC in, USDG kept',
      );
      await screenshotBothSizes(app, 'crypto-hold-5-deposit-sheet');

      const before = Number(
        sim.control.snapshot().profiles.find((p) => p.id === SEED_IDS.payrollProfile)?.balances
          .USDG ?? '0',
      );
      await detail.getByLabel('Deposit amount (demo)').fill('2500');
      await detail.getByRole('button', { name: 'Simulate a deposit' }).click();
      await pollFor(
        () =>
          sim.control
            .snapshot()
            .orchestrations.filter((o) => o.orchestration_rule_id === ruleId)
            .map((o) => o.status),
        45_000,
      ).toEqual(['COMPLETED']);
      const [made] = sim.control
        .snapshot()
        .orchestrations.filter((o) => o.orchestration_rule_id === ruleId);
      expect(made).toMatchObject({
        source_asset: 'USDC',
        destination_asset: 'USDG',
        source_amount: '2500',
        destination: { profile: { profile_id: SEED_IDS.payrollProfile } },
      });
      const after = Number(
        sim.control.snapshot().profiles.find((p) => p.id === SEED_IDS.payrollProfile)?.balances
          .USDG ?? '0',
      );
      expect(after - before).toBe(2500);
      const activity = detail.getByTestId('rule-activity');
      await pollFor(() => activity.getByTestId('rule-activity-row').count(), 45_000).toBe(1);
      await pollFor(
        () => attr(activity.getByTestId('rule-activity-row'), 'data-status'),
        45_000,
      ).toBe('COMPLETED');
      expect(await activity.textContent()).toContain('Conversions by this rule');
      await activity.scrollIntoViewIfNeeded();
      await finish(app, 'crypto-hold-6-converted-held');
    });
  },
);
