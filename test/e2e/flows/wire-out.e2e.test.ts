// Issue 26, wire out USD cash. (a) A fiat withdrawal with the fee deducted: bad input refused in
// words with nothing lost, main's review (fee mode in words, beneficiary, routing, last 4, arrival
// window, today's wires against the daily limit), main's own confirmation drawn on screen, then
// followed until Paxos says COMPLETED, with what the bank received less the fee Paxos stated; the
// bank then sends it back and the incoming wire says "Possible return of wire out …". (b) Redeem
// USDC into USD cash kept in a profile, then wire part of that cash out from the profile's USD
// balance on Overview (fee on top).
//
// The simulator ends wires out on Fed business days (a run at night or on a weekend would wait
// for Monday): once the wire is submitted, `settle()` moves its clock to when Paxos ends it. What
// the test checks is what the desk shows after that, by its own sync.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SEED_IDS } from '../../../main/simulator';
import { describeInBrowser } from '../harness/browser';
import { launchApp, type LaunchedApp } from '../harness/launch-app';
import { finish, goTo, pollFor, screenshotBothSizes } from './flow-helpers';

const POST = 'POST /v2/transfer/fiat-withdrawals';

describeInBrowser('wire out USD cash', () => {
  let app: LaunchedApp;

  beforeAll(async () => {
    app = await launchApp({
      settings: { onboarded: true, pollFastSeconds: 2 },
      confirmations: 'on-screen',
    });
  });
  afterAll(async () => app?.close());

  const dialog = () => app.page.getByRole('alertdialog', { name: 'Treasury Desk confirmation' });
  const usdOf = async (profileId: string) =>
    Number(
      (await app.test.simulator()).control.snapshot().profiles.find((p) => p.id === profileId)
        ?.balances.USD ?? '0',
    );

  it('a fiat withdrawal with the fee deducted, to COMPLETED, then its return flagged', async () => {
    const { page } = app;
    const sim = await app.test.simulator();
    sim.control.setBalance(SEED_IDS.operatingProfile, 'USD', '50000.00');
    await app.runtime.environments.desk.refreshNow();
    await pollFor(() => page.getByRole('status').filter({ hasText: 'Online' }).count()).toBe(1);
    await goTo(page, 'Wire out');
    const form = page.getByRole('form', { name: 'Wire out' });

    // Bad input: said in words next to each field, and what was typed stays.
    await form.getByLabel('From profile').selectOption(SEED_IDS.operatingProfile);
    await form.getByLabel('Amount', { exact: true }).fill('12.345');
    await form.getByRole('button', { name: 'Review', exact: true }).click();
    await pollFor(() => form.getByText('Choose an approved bank account.').count()).toBe(1);
    expect(await form.getByLabel('Amount', { exact: true }).inputValue()).toBe('12.345');
    expect(await form.getByLabel('From profile').inputValue()).toBe(SEED_IDS.operatingProfile);
    await screenshotBothSizes(app, 'wire-out-1-bad-input');

    await form.getByLabel('Destination bank account').selectOption(SEED_IDS.operatingBankAccount);
    await form.getByLabel('Amount', { exact: true }).fill('1025.00');
    await form.getByRole('radio', { name: /Debit exactly 1,025\.00 USD — fee deducted/ }).check();
    expect(await form.textContent()).toContain('50,000.00 USD available');
    await screenshotBothSizes(app, 'wire-out-2-form');
    await form.getByRole('button', { name: 'Review', exact: true }).click();

    const review = page.getByTestId('wire-out-review');
    await pollFor(() => review.count()).toBe(1);
    expect(await review.getByTestId('review-fee-mode').textContent()).toBe(
      'debit exactly 1,025.00 USD, fee deducted',
    );
    expect(await review.getByTestId('review-terms').textContent()).toContain(
      "the bank receives it less Paxos's fee",
    );
    expect(await review.getByTestId('review-routing').textContent()).toMatch(/^ABA \d{9}$/);
    expect(await review.getByTestId('review-account').textContent()).toMatch(/\d{4}$/);
    expect(await review.getByTestId('review-arrival').textContent()).toContain('Between');
    expect(await review.getByTestId('review-today').textContent()).toContain('daily limit');
    expect(await review.getByTestId('review-balance-after').textContent()).toContain('48,975.00');
    await screenshotBothSizes(app, 'wire-out-3-review');
    await review.getByTestId('wire-out-confirm').click();

    await pollFor(() => dialog().count()).toBe(1);
    const asked = (await dialog().textContent()) ?? '';
    expect(asked).toContain('Wire out 1,025.00 USD (debit exactly 1,025.00 USD, fee deducted)');
    expect(asked).toMatch(/to the account ending \d{4}/);
    await app.screenshot('wire-out-4-main-confirmation');
    const before = sim.control.counts()[POST] ?? 0;
    await dialog().getByRole('button', { name: 'Debit exactly 1,025.00 USD' }).click();

    const progress = page.getByTestId('wire-out-progress');
    await pollFor(() => progress.count()).toBe(1);
    const state = progress.getByTestId('intent-state');
    await pollFor(() => state.getAttribute('data-state'), 30_000).toBe('submitted');
    // Accepted is not done: nothing says completed before Paxos does.
    expect(await progress.getByTestId('intent-outcome').count()).toBe(0);
    await screenshotBothSizes(app, 'wire-out-5-submitted');
    sim.control.settle();
    await pollFor(() => state.getAttribute('data-state'), 45_000).toBe('completed');
    expect(await progress.getByTestId('intent-outcome').textContent()).toBe(
      'Paxos: 1,000.00 USD to the bank, fee 25.00 USD, 1,025.00 USD debited from the profile.',
    );
    await screenshotBothSizes(app, 'wire-out-6-completed');
    expect((sim.control.counts()[POST] ?? 0) - before).toBe(1);
    const made = sim.control.snapshot().transfers.filter((t) => t.type === 'WIRE_WITHDRAWAL');
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ total: '1025.00', fee: '25.00', status: 'COMPLETED' });
    expect(await usdOf(SEED_IDS.operatingProfile)).toBeCloseTo(48975, 6);

    // The bank sends it back: a later credit from the same bank account.
    const back = sim.control.returnOutgoingWire(String(made[0]?.id));
    await app.runtime.environments.desk.refreshNow();
    await goTo(page, 'Fund');
    const row = page.getByTestId(`incoming-wire-${back.id}`);
    await pollFor(() => row.count(), 30_000).toBe(1);
    expect(await row.getByTestId('possible-return').textContent()).toMatch(
      /^Possible return of wire out \S+ \(1,000\.00 USD, \d{4}-\d{2}-\d{2}\)$/,
    );
    expect(
      app.test.notifier.shown.some((n) => n.title.startsWith('Possible return of wire out')),
    ).toBe(true);
    await screenshotBothSizes(app, 'wire-out-7-possible-return');
    await finish(app, 'wire-out-8-end');
  });

  it('redeems USDC into USD cash, then wires part of it from the profile’s USD balance', async () => {
    const { page } = app;
    const sim = await app.test.simulator();
    sim.control.setBalance(SEED_IDS.defaultProfile, 'USDC', '5000.00');
    sim.control.setBalance(SEED_IDS.payrollProfile, 'USD', '0');
    await app.runtime.environments.desk.refreshNow();
    await goTo(page, 'Redeem');
    await page.getByRole('radio', { name: /Keep as USD in a profile/ }).check();
    const redeem = page.getByRole('form', { name: 'Redeem into USD cash' });
    await redeem.getByLabel('From profile').selectOption(SEED_IDS.defaultProfile);
    await redeem.getByLabel('From asset').selectOption('USDC');
    await redeem.getByLabel('Into profile').selectOption(SEED_IDS.payrollProfile);
    await redeem.getByLabel('USDC amount', { exact: true }).fill('2000.00');
    await redeem.getByRole('button', { name: 'Review', exact: true }).click();
    const conversion = page.getByTestId('conversion-review');
    await pollFor(() => conversion.count()).toBe(1);
    await conversion.getByTestId('conversion-confirm').click();
    await pollFor(() => dialog().count()).toBe(1);
    await dialog().getByRole('button', { name: 'Redeem 2,000.00 USD' }).click();
    const converted = page.getByTestId('conversion-progress');
    await pollFor(() => converted.getByTestId('conversion-status').textContent(), 45_000).toContain(
      'Completed',
    );
    expect(await usdOf(SEED_IDS.payrollProfile)).toBeCloseTo(2000, 6);
    await screenshotBothSizes(app, 'wire-out-9-redeemed-into-cash');

    // Overview: Payroll float's USD cash has a "Wire out" link that opens the screen on it.
    await goTo(page, 'Overview');
    const link = page.getByRole('button', { name: 'Wire out USD from Payroll float' });
    await pollFor(() => link.count(), 30_000).toBe(1);
    await screenshotBothSizes(app, 'wire-out-10-overview-link');
    await link.click();
    await pollFor(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Wire out');
    const form = page.getByRole('form', { name: 'Wire out' });
    await pollFor(() => form.getByLabel('From profile').inputValue()).toBe(SEED_IDS.payrollProfile);
    await form.getByLabel('Destination bank account').selectOption(SEED_IDS.operatingBankAccount);
    await form.getByLabel('Amount', { exact: true }).fill('750');
    // Fee on top is the default: the bank receives exactly what was typed.
    expect(
      await form.getByRole('radio', { name: /Send exactly 750\.00 USD — fee on top/ }).isChecked(),
    ).toBe(true);
    await form.getByRole('button', { name: 'Review', exact: true }).click();
    const review = page.getByTestId('wire-out-review');
    await pollFor(() => review.count()).toBe(1);
    expect(await review.getByTestId('review-fee-mode').textContent()).toBe(
      'send exactly 750.00 USD, fee on top',
    );
    expect(await review.getByTestId('review-warnings').textContent()).toContain(
      'Paxos adds its wire fee on top',
    );
    await screenshotBothSizes(app, 'wire-out-11-part-review');
    await review.getByTestId('wire-out-confirm').click();
    await pollFor(() => dialog().count()).toBe(1);
    await dialog().getByRole('button', { name: 'Send exactly 750.00 USD' }).click();
    const progress = page.getByTestId('wire-out-progress');
    const state = progress.getByTestId('intent-state');
    await pollFor(() => state.getAttribute('data-state'), 30_000).toBe('submitted');
    sim.control.settle();
    await pollFor(() => state.getAttribute('data-state'), 45_000).toBe('completed');
    expect(await progress.getByTestId('intent-outcome').textContent()).toBe(
      'Paxos: 750.00 USD to the bank, fee 25.00 USD, 775.00 USD debited from the profile.',
    );
    // 2,000.00 redeemed into cash, 775.00 (750.00 and the fee) wired out: 1,225.00 stays.
    expect(await usdOf(SEED_IDS.payrollProfile)).toBeCloseTo(1225, 6);
    // The earlier wire out is listed below, completed, with its figures.
    const earlier = page.getByTestId('wires-out').getByTestId('intent-outcome');
    expect(await earlier.first().textContent()).toContain('1,025.00 USD debited');
    await screenshotBothSizes(app, 'wire-out-12-part-completed');
    await finish(app, 'wire-out-13-end');
  });
});
