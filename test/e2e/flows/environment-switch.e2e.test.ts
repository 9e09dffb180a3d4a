// Switching environment on purpose: Settings → Sandbox (confirmed in a dialog), where no
// credentials exist yet — the banner says SANDBOX, the app says plainly it is not connected,
// every screen still works — then back to Demo, where the banner and the data come back.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SEED_IDS } from '../../../main/simulator';
import { describeInBrowser } from '../harness/browser';
import { launchApp, type LaunchedApp } from '../harness/launch-app';
import { finish, goTo, pollFor, type ScreenName } from './flow-helpers';

describeInBrowser('environment switch: Demo → Sandbox (no credentials) → Demo', () => {
  let app: LaunchedApp;

  beforeAll(async () => {
    app = await launchApp({ settings: { onboarded: true, pollFastSeconds: 2 } });
  });
  afterAll(async () => app?.close());

  it('switches only after confirming, says Sandbox is not connected, and comes back to the demo data', async () => {
    const { page } = app;
    const banner = (name: string) => page.getByRole('status', { name: `Environment: ${name}` });
    const connection = page.locator('.statusbar').getByRole('status');
    const usdc = page.locator(
      `[data-testid="balance-row"][data-profile-id="${SEED_IDS.defaultProfile}"] [data-asset="USDC"]`,
    );
    await pollFor(() => connection.textContent()).toContain('Online');
    await pollFor(() => usdc.textContent()).toContain('2,500,000.00 USDC');

    await goTo(page, 'Settings');
    const environment = page.getByTestId('settings-environment');
    expect(await environment.getByTestId('current-environment').textContent()).toMatch(/^Demo/);
    await app.screenshot('environment-switch-1-settings');

    // Cancel first: nothing changes.
    await environment.getByRole('button', { name: 'Switch to Sandbox…' }).click();
    let dialog = page.getByRole('dialog', { name: 'Switch to Paxos Sandbox (test money)?' });
    await pollFor(() => dialog.count()).toBe(1);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await pollFor(() => dialog.count()).toBe(0);
    expect(await banner('DEMO').count()).toBe(1);
    expect(app.calls).not.toContain('switchEnvironment');

    // Escape cancels too.
    await environment.getByRole('button', { name: 'Switch to Sandbox…' }).click();
    await pollFor(() => dialog.count()).toBe(1);
    await page.keyboard.press('Escape');
    await pollFor(() => dialog.count()).toBe(0);
    expect(app.calls).not.toContain('switchEnvironment');

    // Now for real.
    await environment.getByRole('button', { name: 'Switch to Sandbox…' }).click();
    dialog = page.getByRole('dialog', { name: 'Switch to Paxos Sandbox (test money)?' });
    await pollFor(() => dialog.count()).toBe(1);
    expect(await dialog.textContent()).toContain(
      'Requests queued in the current environment stay there',
    );
    await app.screenshot('environment-switch-2-confirm-dialog');
    await dialog.getByRole('button', { name: 'Switch to Sandbox', exact: true }).click();

    await pollFor(() => banner('SANDBOX').count()).toBe(1);
    expect(await banner('DEMO').count()).toBe(0);
    expect(await banner('SANDBOX').textContent()).toContain('Paxos Sandbox');
    await pollFor(() => dialog.count()).toBe(0);
    expect(await environment.getByTestId('current-environment').textContent()).toBe(
      'Paxos Sandbox (test money)',
    );
    await pollFor(() => connection.textContent()).toContain('Not connected');
    const credentials = page.getByTestId('settings-credentials');
    expect(await credentials.getByTestId('credentials-configured').textContent()).toBe('No');
    expect(await credentials.getByRole('button', { name: 'Add credentials…' }).count()).toBe(1);
    await app.screenshot('environment-switch-3-sandbox-settings');

    // Every screen opens, says it is not connected, and shows none of the demo's data.
    for (const screen of [
      'Overview',
      'Redeem',
      'Auto-redeem',
      'Bank accounts',
      'Activity',
    ] as ScreenName[]) {
      await goTo(page, screen);
      const notice = page.getByTestId('offline-notice');
      await pollFor(() => notice.count()).toBe(1);
      expect(await notice.textContent()).toContain(
        'Not connected. This environment has no API credentials yet; add them in Settings.',
      );
      expect(await page.getByTestId('error-notice').count()).toBe(0);
      expect(await page.locator('body').textContent()).not.toContain('2,500,000.00');
    }
    await goTo(page, 'Overview');
    expect(await page.getByTestId('balances').textContent()).toContain('No profiles yet.');
    expect(await page.getByTestId('app-environment').textContent()).toBe(
      'Paxos Sandbox (test money)',
    );
    await app.screenshot('environment-switch-4-sandbox-overview');
    // Nothing tried to reach a real Paxos without credentials, and main says why.
    expect(app.runtime.state.get()).toMatchObject({
      environment: 'sandbox',
      connection: { status: 'not_configured' },
      credentials: { configured: false },
    });

    // Back to Demo: banner and data return.
    await goTo(page, 'Settings');
    await page
      .getByTestId('settings-environment')
      .getByRole('button', { name: 'Switch to Demo…' })
      .click();
    dialog = page.getByRole('dialog', {
      name: 'Switch to Demo (built-in simulator, no real money)?',
    });
    await pollFor(() => dialog.count()).toBe(1);
    await dialog.getByRole('button', { name: 'Switch to Demo', exact: true }).click();
    await pollFor(() => banner('DEMO').count()).toBe(1);
    expect(await banner('SANDBOX').count()).toBe(0);
    await pollFor(() => connection.textContent()).toContain('Online');
    await goTo(page, 'Overview');
    await pollFor(() => usdc.textContent()).toContain('2,500,000.00 USDC');
    expect(await page.getByTestId('offline-notice').count()).toBe(0);
    expect(await page.getByTestId('app-environment').textContent()).toMatch(/^Demo/);
    await goTo(page, 'Bank accounts');
    await pollFor(() =>
      page
        .locator(
          `[data-testid="bank-account-row"][data-account-id="${SEED_IDS.operatingBankAccount}"]`,
        )
        .count(),
    ).toBe(1);
    await goTo(page, 'Overview');
    await finish(app, 'environment-switch-5-back-to-demo');
  });
});
