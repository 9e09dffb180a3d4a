// Issue 24.3 at 1280×800 and 1024×700: a failed $40,000 wire and a redemption queued while
// offline are the first things on Overview, above the fold, each with its action; the failed one
// sits in no "in flight" or "completed" list and never says "USD received: not yet"; the queued
// one is sent once the network returns. Screenshots: attention-first-<size>-*.png.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SEED_IDS } from '../../../main/simulator';
import { describeInBrowser } from '../harness/browser';
import { launchApp, VIEWPORTS, type LaunchedApp, type Viewport } from '../harness/launch-app';
import { finish, goTo, pollFor } from './flow-helpers';

/** Entirely inside the window as it opens, without scrolling: above the fold. */
async function expectAboveTheFold(page: Page, locator: Locator, viewport: Viewport) {
  const box = await locator.boundingBox();
  expect(box, 'on screen').not.toBeNull();
  const scrolled = await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0);
  expect(scrolled).toBe(0);
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
}

describeInBrowser.each([
  ['1280x800', VIEWPORTS.standard],
  ['1024x700', VIEWPORTS.small],
] as const)('Overview puts attention first at %s', (size, viewport) => {
  let app: LaunchedApp;

  beforeAll(async () => {
    app = await launchApp({
      settings: { onboarded: true, pollFastSeconds: 2, pollSlowSeconds: 15 },
      viewport,
    });
  });
  afterAll(async () => app?.close());

  it('shows a failed wire and a queued redemption first, above the fold, each with its action', async () => {
    const { page } = app;
    const handlers = app.runtime.handlers;
    const control = (await app.test.simulator()).control;
    const connection = page.locator('.statusbar').getByRole('status');
    await pollFor(() => connection.textContent()).toContain('Online');

    // A $40,000 wire that fails at Paxos, and one that completes.
    expect(
      await handlers.submitRedemption({
        profileId: SEED_IDS.defaultProfile,
        asset: 'USDC',
        amount: '40000',
        fiatAccountId: SEED_IDS.operatingBankAccount,
        memo: 'EUR ops SIMULATE-FAILURE',
      }),
    ).toMatchObject({ ok: true });
    expect(
      await handlers.submitRedemption({
        profileId: SEED_IDS.defaultProfile,
        asset: 'USDC',
        amount: '2500',
        fiatAccountId: SEED_IDS.operatingBankAccount,
        memo: 'Supplier batch',
      }),
    ).toMatchObject({ ok: true });
    const statuses = () =>
      app.runtime.state
        .get()
        .recentOrchestrations.items.map((o) => o.status)
        .sort();
    await pollFor(statuses, 40_000).toEqual(['COMPLETED', 'FAILED']);

    // The network goes; a redemption prepared now is queued — not sent.
    control.setFaults({ drop: { rate: 1 } });
    await pollFor(() => connection.textContent(), 40_000).toContain('Offline');
    expect(
      await handlers.submitRedemption({
        profileId: SEED_IDS.defaultProfile,
        asset: 'USDC',
        amount: '1500',
        fiatAccountId: SEED_IDS.operatingBankAccount,
        memo: 'Queued while offline',
      }),
    ).toMatchObject({ ok: true });

    await goTo(page, 'Overview');
    const attention = page.getByTestId('attention');
    const failed = attention.locator('[data-testid="attention-item"][data-kind="failed"]');
    const queued = attention.locator('[data-testid="intent"][data-attention="queued"]');
    await pollFor(() => failed.count()).toBe(1);
    await pollFor(() => queued.count()).toBe(1);
    expect(await failed.textContent()).toMatch(/Failed:.*40,000\.00 USDC/);
    expect(await failed.getByTestId('attention-funds').textContent()).toBeTruthy();
    expect(await failed.locator('progress').count()).toBe(0);
    expect(await queued.getByTestId('intent-state').textContent()).toBe('Queued — not sent');
    // First on the screen, before the totals, and in no other list.
    expect(
      await page.evaluate(() => {
        const a = document.querySelector('[data-testid="attention"]');
        const t = document.querySelector('[data-testid="overview-totals"]');
        return !!a && !!t && !!(a.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING);
      }),
    ).toBe(true);
    expect(await page.getByTestId('in-flight').count()).toBe(0);
    expect(await page.getByTestId('completed-row').count()).toBe(1);
    expect(await page.getByText('Nothing else needs a look').count()).toBe(0);

    // Above the fold, with their actions.
    await page.evaluate(() => window.scrollTo(0, 0));
    for (const item of [failed, queued]) await expectAboveTheFold(page, item, viewport);
    await expectAboveTheFold(page, failed.getByRole('button', { name: 'Open' }), viewport);
    await expectAboveTheFold(
      page,
      queued.getByRole('button', { name: 'Cancel request' }),
      viewport,
    );
    await app.screenshot(`attention-first-${size}-1-overview`);

    // The failed one opens in Activity: it received nothing, and says where the funds are.
    await failed.getByRole('button', { name: 'Open' }).click();
    const drawer = page.getByTestId('activity-detail');
    await pollFor(() => drawer.getByTestId('usd-received').textContent()).toMatch(
      /^None — the redemption failed/,
    );
    expect(await drawer.textContent()).not.toMatch(/not yet/);
    expect(await drawer.getByTestId('failure-funds').textContent()).toContain(
      'Where the funds are now.',
    );
    await app.screenshot(`attention-first-${size}-2-failed-detail`);
    await page.keyboard.press('Escape');

    // Back online, the queued one is sent and leaves the list (Paxos's record shows it now).
    await goTo(page, 'Overview');
    await pollFor(() => queued.count()).toBe(1);
    control.clearFaults();
    await pollFor(() => connection.textContent(), 40_000).toContain('Online');
    await pollFor(() => queued.count(), 40_000).toBe(0);
    await finish(app, `attention-first-${size}-3-back-online`);
  }, 240_000);
});
