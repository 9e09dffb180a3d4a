// The network goes away: the desk says it is offline, keeps showing what it last saw (with its
// "as of" times), and a redemption prepared meanwhile is queued — not sent. When the network
// returns the desk sends it by itself, exactly once, and follows it to a completed wire.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SEED_IDS } from '../../../main/simulator';
import { describeInBrowser } from '../harness/browser';
import { launchApp, type LaunchedApp } from '../harness/launch-app';
import { attr, finish, goTo, pollFor } from './flow-helpers';

describeInBrowser('offline queue, then sent on reconnect', () => {
  let app: LaunchedApp;

  beforeAll(async () => {
    // The shortest slow interval: an idle desk notices the dead network within ~15 s by itself.
    app = await launchApp({
      settings: { onboarded: true, pollFastSeconds: 2, pollSlowSeconds: 15 },
    });
  });
  afterAll(async () => app?.close());

  it('queues a redemption while offline and sends it exactly once when the connection returns', async () => {
    const { page } = app;
    const control = (await app.test.simulator()).control;
    const connection = page.locator('.statusbar').getByRole('status');
    await pollFor(() => connection.textContent()).toContain('Online');
    const usdc = page.locator(
      `[data-testid="balance-row"][data-profile-id="${SEED_IDS.operatingProfile}"] [data-asset="USDC"]`,
    );
    await pollFor(() => usdc.textContent()).toContain('850,000.00 USDC');
    const onlineSince = await page.getByTestId('last-sync').textContent();

    // Every request now dies like a dead network.
    control.setFaults({ drop: { rate: 1 } });
    await pollFor(() => connection.textContent(), 30_000).toContain('Offline — showing saved data');
    const notice = page.getByTestId('offline-notice');
    await pollFor(() => notice.count()).toBe(1);
    expect(await notice.textContent()).toMatch(
      /Offline\. Showing data as of .+ Requests you prepare are queued/,
    );
    // The cached data stays, stamped with when it was seen.
    expect(await usdc.textContent()).toContain('850,000.00 USDC');
    expect(await page.getByTestId('balances').getByTestId('as-of').textContent()).toMatch(
      /^as of \d/,
    );
    expect(await page.getByTestId('last-sync').textContent()).toBe(onlineSince);
    await app.screenshot('offline-queue-1-overview-offline');

    // Prepare a redemption: the review says it will be queued.
    await goTo(page, 'Redeem');
    expect(await page.getByTestId('offline-notice').count()).toBe(1);
    await page.getByLabel('From profile').selectOption(SEED_IDS.operatingProfile);
    await page.getByLabel('Stablecoin').selectOption('USDC');
    await page.getByLabel('Amount', { exact: true }).fill('40000');
    await page.getByLabel('Destination bank account').selectOption(SEED_IDS.operatingBankAccount);
    await page.getByLabel('Memo for the wire').fill('Vendor batch 7');
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    const review = page.getByTestId('redemption-review');
    await pollFor(() => review.count()).toBe(1);
    expect(await review.getByRole('note').first().textContent()).toMatch(
      /Paxos cannot be reached.*queued, not sent/,
    );
    expect(await review.getByRole('button', { name: 'Confirm redemption' }).count()).toBe(0);
    await app.screenshot('offline-queue-2-review-will-queue');
    const postsBefore = control.counts()['POST /v2/orchestration/orchestrations'] ?? 0;
    await review.getByRole('button', { name: 'Queue redemption' }).click();

    // Queued — not sent, and it stays that way while offline.
    const progress = page.getByTestId('redemption-progress');
    const timeline = progress.getByTestId('redemption-timeline');
    await pollFor(() => timeline.getAttribute('data-outcome')).toBe('queued');
    const intentState = progress.getByTestId('intent').getByTestId('intent-state');
    expect(await intentState.getAttribute('data-state')).toBe('queued');
    expect(await intentState.textContent()).toBe('Queued — not sent');
    expect(await timeline.locator('li[data-step="submitted"]').textContent()).toContain(
      'Queued — not sent',
    );
    expect(await progress.getByRole('button', { name: 'Cancel request' }).count()).toBe(1);
    // Its ref_id, chosen and stored before anything is sent (main's state, as mirrored to the page).
    const queued = app.runtime.state.get().outbox.items.filter((i) => i.state === 'queued');
    expect(queued).toHaveLength(1);
    const ref = queued[0]!.refId;
    await app.screenshot('offline-queue-3-queued-not-sent');

    await goTo(page, 'Overview');
    // Queued — not sent: first on Overview, under "Needs your attention" (issue 24.3).
    const overviewIntent = page.getByTestId('attention').getByTestId('intent');
    expect(await overviewIntent.getByTestId('intent-state').textContent()).toBe(
      'Queued — not sent',
    );
    // The offline desk keeps probing (every request still dies); the redemption is not sent.
    const total = () => Object.values(control.counts()).reduce((a, b) => a + b, 0);
    const probesBefore = total();
    await pollFor(() => total()).toBeGreaterThan(probesBefore + 1);
    expect(await attr(overviewIntent.getByTestId('intent-state'), 'data-state')).toBe('queued');
    expect(control.counts()['POST /v2/orchestration/orchestrations'] ?? 0).toBe(postsBefore);
    expect(control.snapshot().orchestrations.filter((o) => o.ref_id === ref)).toHaveLength(0);
    await app.screenshot('offline-queue-4-overview-queued');

    // The network returns: the desk reconnects, sends, and follows it to completion by itself.
    control.clearFaults();
    await pollFor(() => connection.textContent(), 30_000).toContain('Online');
    await pollFor(() => page.getByTestId('offline-notice').count()).toBe(0);
    const row = page.getByTestId('in-flight-row').filter({ hasText: '40,000.00 USDC' });
    await pollFor(() => row.count(), 30_000).toBe(1);
    await goTo(page, 'Redeem');
    await pollFor(
      () => page.getByTestId('redemption-timeline').getAttribute('data-outcome'),
      30_000,
    ).toBe('completed');
    await app.screenshot('offline-queue-5-sent-and-completed');

    // Exactly one orchestration for that ref_id, completed; one accepted POST for it.
    const mine = control.snapshot().orchestrations.filter((o) => o.ref_id === ref);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ status: 'COMPLETED', source_amount: '40000' });
    expect(
      (control.counts()['POST /v2/orchestration/orchestrations'] ?? 0) - postsBefore,
    ).toBeGreaterThanOrEqual(1);
    await pollFor(() => app.test.notifier.shown.map((n) => n.title)).toContainEqual(
      expect.stringMatching(/^Wire completed: \$/),
    );
    await goTo(page, 'Overview');
    await pollFor(() => page.getByTestId('attention').getByTestId('intent').count()).toBe(0);
    await finish(app, 'offline-queue-6-back-online');
  });
});
