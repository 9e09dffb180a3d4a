// Paxos in 2026 may hold a redemption for approval and then reject it. In Demo, with the built-in
// Paxos waiting for a decision (orchestration approvals in manual mode): redeem, see it awaiting
// approval at Paxos (never "Converting"), reject it with a reason through the Demo control, and
// see it close as "Rejected by Paxos" with that reason on the progress, Activity (filed with
// the failures) and its drawer, and on Overview; announced once at most.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SEED_IDS } from '../../../main/simulator';
import { describeInBrowser } from '../harness/browser';
import { launchApp, type LaunchedApp } from '../harness/launch-app';
import { finish, goTo, pollFor, screenshotBothSizes } from './flow-helpers';

const REASON = 'Over the approver limit for today (demo)';

describeInBrowser('redemption awaiting approval → rejected by Paxos', () => {
  let app: LaunchedApp;

  beforeAll(async () => {
    app = await launchApp({
      settings: { onboarded: true, pollFastSeconds: 2 },
      simulator: { approvals: { orchestrations: { mode: 'manual' } } },
    });
  });
  afterAll(async () => app?.close());

  it('waits for approval, is rejected with a reason, and says so everywhere', async () => {
    const { page } = app;
    await pollFor(() => page.getByRole('status').filter({ hasText: 'Online' }).count()).toBe(1);
    await goTo(page, 'Redeem');
    await page.getByLabel('From profile').selectOption(SEED_IDS.defaultProfile);
    await page.getByLabel('Stablecoin').selectOption('USDC');
    await pollFor(() => page.getByTestId('available-balance').textContent()).toContain('2,500,000');
    await page.getByLabel('Amount', { exact: true }).fill('1200');
    await page.getByLabel('Destination bank account').selectOption(SEED_IDS.operatingBankAccount);
    await page.getByLabel('Memo for the wire').fill('Vendor batch 7');
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    const review = page.getByTestId('redemption-review');
    await pollFor(() => review.count()).toBe(1);
    await review.getByRole('button', { name: /Confirm redemption/ }).click();

    // Paxos holds it for approval: the first step waits, nothing converts.
    const timeline = page.getByTestId('redemption-progress').getByTestId('redemption-timeline');
    await pollFor(() => timeline.getAttribute('data-outcome'), 30_000).toBe('awaiting_approval');
    expect(await timeline.getByRole('status').textContent()).toBe('Awaiting approval at Paxos');
    expect(await timeline.locator('li[data-step="converting"]').getAttribute('data-state')).toBe(
      'pending',
    );
    const sim = (await app.test.simulator()).control;
    const waiting = sim.snapshot().orchestrations.filter((o) => o.status === 'PENDING');
    expect(waiting).toHaveLength(1);
    const id = waiting[0]!.id;
    await screenshotBothSizes(app, 'rejected-redemption-1-awaiting-approval');

    // Activity: in progress, in the status meaning's words; the drawer offers the Demo decision.
    await goTo(page, 'Activity');
    const row = page.locator(`[data-testid="activity-row"][data-orchestration-id="${id}"]`);
    await pollFor(() => row.textContent()).toContain('Awaiting approval at Paxos');
    await row.click();
    const detail = page.getByTestId('activity-detail');
    const control = detail.getByRole('form', { name: 'Demo approval at Paxos' });
    await pollFor(() => control.count()).toBe(1);
    await control.getByLabel(/Rejection reason/).fill(REASON);
    await screenshotBothSizes(app, 'rejected-redemption-2-demo-approval-control');
    await control.getByRole('button', { name: 'Reject redemption (demo)' }).click();

    // Rejected by Paxos, with the reason Paxos gave; the funds go back to the profile.
    const detailTimeline = detail.getByTestId('redemption-timeline');
    await pollFor(() => detailTimeline.getAttribute('data-outcome'), 30_000).toBe('rejected');
    expect(await detailTimeline.getByRole('status').textContent()).toBe(
      `Rejected by Paxos: ${REASON}`,
    );
    expect(await detailTimeline.textContent()).not.toMatch(/Converting: in progress|Failed:/);
    expect(await detail.getByTestId('failure-funds').textContent()).toContain(
      'before anything was converted or wired',
    );
    expect(sim.snapshot().orchestrations.find((o) => o.id === id)).toMatchObject({
      status: 'REJECTED',
      fail_reason: { detail: REASON },
    });
    await screenshotBothSizes(app, 'rejected-redemption-3-activity-drawer');
    await page.keyboard.press('Escape');
    await pollFor(() => detail.count()).toBe(0);

    // Filed with the failures, in words.
    await pollFor(() => row.textContent()).toContain('Rejected by Paxos');
    const chips = page.getByRole('form', { name: 'Activity filters' }).getByRole('group', {
      name: 'Status',
    });
    await chips.getByRole('button', { name: 'Failed or rejected' }).click();
    await pollFor(() => page.getByTestId('activity-row').count()).toBe(1);
    expect(await row.count()).toBe(1);
    await chips.getByRole('button', { name: 'In progress' }).click();
    await pollFor(() => row.count()).toBe(0);
    await chips.getByRole('button', { name: 'All' }).click();

    // Overview: no longer in flight; first on the screen, rejected with the reason (issue 24.3).
    await goTo(page, 'Overview');
    const first = page.locator(
      `[data-testid="attention-item"][data-kind="rejected"][data-id="${id}"]`,
    );
    await pollFor(() => first.textContent()).toContain(`Paxos says: ${REASON}`);
    expect(await first.textContent()).toMatch(/^Rejected by Paxos:/);
    expect(await page.getByTestId('in-flight').count()).toBe(0);
    expect(await page.locator(`[data-orchestration-id="${id}"]`).count()).toBe(0);
    await screenshotBothSizes(app, 'rejected-redemption-4-overview');

    // Announced once at most (the desk's notice for a rejection), never as a completed wire.
    const notices = app.test.notifier.shown.filter((n) => n.target.id === id);
    expect(notices.length).toBeLessThanOrEqual(1);
    expect(notices.map((n) => n.title).join(' ')).not.toMatch(/completed/i);
    await finish(app, 'rejected-redemption-5-end');
  });
});
