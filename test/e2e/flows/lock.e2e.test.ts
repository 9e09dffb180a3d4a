// Locking: on request (Settings → Lock now) and after the configured idle time. While locked no
// balance, account or amount is anywhere in the page, the bridge refuses everything but
// unlocking, and what the operator had typed is still there after Unlock.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SEED_IDS } from '../../../main/simulator';
import { describeInBrowser } from '../harness/browser';
import { E2E_PASSCODE, launchApp, type LaunchedApp } from '../harness/launch-app';
import { finish, goTo, pollFor } from './flow-helpers';

const SECRETS_ON_SCREEN = [
  '2,500,000.00',
  '850,000.00',
  'Operating account',
  '777.77',
  'Rent for March',
];

describeInBrowser('lock and unlock', () => {
  let app: LaunchedApp;

  beforeAll(async () => {
    app = await launchApp({ settings: { onboarded: true, pollFastSeconds: 2 } });
  });
  afterAll(async () => app?.close());

  const lockHeading = () => app.page.getByRole('heading', { name: 'Treasury Desk is locked' });

  async function unlock(): Promise<void> {
    await app.page.getByRole('form', { name: 'Unlock' }).getByLabel('Passcode').fill(E2E_PASSCODE);
    await app.page.getByRole('button', { name: 'Unlock', exact: true }).click();
  }

  async function expectNothingShown(): Promise<void> {
    const html = await app.page.content();
    for (const text of SECRETS_ON_SCREEN)
      expect(html, `"${text}" is in the locked page`).not.toContain(text);
    expect(await app.page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
  }

  it('locks on request, hides the data, refuses bridge calls, and unlocks to what was there', async () => {
    const { page } = app;
    await pollFor(() =>
      page
        .locator(`[data-testid="balance-row"][data-profile-id="${SEED_IDS.defaultProfile}"]`)
        .textContent(),
    ).toContain('2,500,000.00');

    // A redemption half typed.
    await goTo(page, 'Redeem');
    await page.getByLabel('From profile').selectOption(SEED_IDS.defaultProfile);
    await page.getByLabel('Amount', { exact: true }).fill('777.77');
    await page.getByLabel('Destination bank account').selectOption(SEED_IDS.operatingBankAccount);
    await page.getByLabel('Memo for the wire').fill('Rent for March');

    await goTo(page, 'Settings');
    await page.getByTestId('settings-lock').getByRole('button', { name: 'Lock now' }).click();
    await pollFor(() => lockHeading().count()).toBe(1);
    await expectNothingShown();
    // The environment banner and the connection stay visible; Sync now does not.
    expect(await page.getByRole('status', { name: 'Environment: DEMO' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Sync now' }).count()).toBe(0);
    expect(app.runtime.state.get().locked).toBe(true);
    await app.screenshot('lock-1-locked');

    // Main refuses everything but the few calls the lock screen needs.
    const refused = await page.evaluate(async () => {
      const t = window.treasury as unknown as Record<
        string,
        (input?: unknown) => Promise<{ ok: boolean; error?: { code: string } }>
      >;
      return Promise.all([
        t.queryActivity!({ filter: {}, offset: 0, limit: 10 }),
        t.getOrchestration!({ id: 'anything' }),
        t.exportActivityCsv!({}),
        t.updateSettings!({ idleLockMinutes: 0 }),
      ]);
    });
    expect(refused.map((r) => [r.ok, r.error?.code])).toEqual(Array(4).fill([false, 'locked']));
    const state = await page.evaluate(() => window.treasury!.getState(undefined as never));
    expect(state).toMatchObject({ ok: true, value: { state: { locked: true } } });

    await unlock();
    await pollFor(() => lockHeading().count()).toBe(0);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Settings');
    await goTo(page, 'Redeem');
    expect(await page.getByLabel('Amount', { exact: true }).inputValue()).toBe('777.77');
    expect(await page.getByLabel('Memo for the wire').inputValue()).toBe('Rent for March');
    expect(await page.getByLabel('Destination bank account').inputValue()).toBe(
      SEED_IDS.operatingBankAccount,
    );
    await app.screenshot('lock-2-unlocked-draft-kept');
  });

  it('locks by itself after the idle time set in Settings, and not while the operator is active', async () => {
    const { page } = app;
    // The renderer's timers run on a clock the test moves; main keeps real time.
    await page.clock.install();

    await goTo(page, 'Settings');
    const preferences = page.getByRole('form', { name: 'Preferences' });
    await preferences.getByLabel('Lock after idle (minutes)').fill('1');
    await preferences.getByRole('button', { name: 'Save preferences' }).click();
    await pollFor(() => preferences.getByRole('status').textContent()).toBe('Saved.');
    expect(app.runtime.state.get().settings.idleLockMinutes).toBe(1);
    await app.screenshot('lock-3-idle-lock-set');

    // 40 s idle, then a key press, then another 40 s: active within every minute, not locked.
    const lockCalls = () => app.calls.filter((name) => name === 'lock').length;
    const locksBefore = lockCalls();
    await page.clock.fastForward('00:40');
    await page.keyboard.press('Shift');
    await page.clock.fastForward('00:40');
    // A bridge round trip after the jump: a lock() the timer fired would have reached main first.
    expect(
      await page.evaluate(() => window.treasury!.getAppInfo(undefined as never)),
    ).toMatchObject({ ok: true });
    expect(lockCalls()).toBe(locksBefore);
    expect(await lockHeading().count()).toBe(0);
    expect(app.runtime.state.get().locked).toBe(false);

    // A full minute without input: locked.
    await page.clock.fastForward('00:25');
    await pollFor(() => lockHeading().count()).toBe(1);
    expect(app.runtime.state.get().locked).toBe(true);
    await expectNothingShown();
    await app.screenshot('lock-4-idle-locked');

    await unlock();
    await pollFor(() => lockHeading().count()).toBe(0);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Settings');
    await goTo(page, 'Overview');
    await pollFor(() => page.getByTestId('balances').textContent()).toContain('2,500,000.00');
    await finish(app, 'lock-5-unlocked');
  });
});
