// The Redeem form and review as the issue asks: amounts typed loosely (".5", "12.", spaces) are
// accepted as meant; less than a cent never reaches Review (bug 9); an old error banner goes
// when the amount changes (bug 3); focus lands on the first error and on the review (bug 13);
// the review reads as a wire instruction, and a SWIFT destination is not told "domestic".
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RedeemScreen } from '../../renderer/src/screens/redeem/RedeemScreen';
import { FakeFailure, installFakeTreasury, resetStores, seedStore } from './support/fake-treasury';
import { fillAndReview } from './support/redeem-steps';
import { review } from './support/review-fixture';

beforeEach(() => {
  resetStores();
  seedStore();
});
afterEach(cleanup);

describe('redeem form', () => {
  it.each([
    ['.5', '0.5'],
    ['12.', '12'],
    ['  250.75 ', '250.75'],
  ])('accepts "%s" and asks main to review %s', async (typed, sent) => {
    const user = userEvent.setup();
    const fake = await fillAndReview(user, { reviewRedemption: () => review() }, typed);
    await screen.findByTestId('redemption-review');
    expect(fake.callsOf('reviewRedemption')).toEqual([expect.objectContaining({ amount: sent })]);
  });

  it('keeps a refused amount as typed, says why, and never asks main to review it', async () => {
    const user = userEvent.setup();
    for (const [typed, why] of [
      ['1e6', /exponent/],
      ['1.250,50', /European format/],
      ['-5', /cannot be negative/],
    ] as const) {
      const fake = await fillAndReview(user, { reviewRedemption: () => review() }, typed);
      const amount = screen.getByLabelText('Amount') as HTMLInputElement;
      expect(amount.value, typed).toBe(typed);
      expect(document.getElementById(`${amount.id}-error`)?.textContent, typed).toMatch(why);
      expect(fake.callsOf('reviewRedemption'), typed).toEqual([]);
      expect(screen.queryByTestId('redemption-review')).toBeNull();
      await waitFor(() => expect(document.activeElement).toBe(amount));
      cleanup();
      resetStores();
      seedStore();
    }
  });

  it('asks main to review a pasted "$150,000.00" as 150000.00, leaving the field as pasted', async () => {
    const user = userEvent.setup();
    const fake = installFakeTreasury({ reviewRedemption: () => review() });
    render(<RedeemScreen />);
    await user.selectOptions(screen.getByLabelText('From profile'), 'prof-1');
    const amount = screen.getByLabelText('Amount') as HTMLInputElement;
    amount.focus();
    await user.paste('$150,000.00');
    expect(amount.value).toBe('$150,000.00');
    expect(screen.getByTestId('amount-reading').textContent).toBe('Read as 150,000.00 USDC');
    await user.selectOptions(screen.getByLabelText('Destination bank account'), 'fa-approved');
    await user.click(screen.getByRole('button', { name: 'Review' }));
    await screen.findByTestId('redemption-review');
    expect(fake.callsOf('reviewRedemption')).toEqual([
      expect.objectContaining({ amount: '150000.00' }),
    ]);
  });

  it('never sends 0.000001 USDC to Review (the wire would be $0.00), and focuses the amount', async () => {
    const user = userEvent.setup();
    const fake = await fillAndReview(user, { reviewRedemption: () => review() }, '0.000001');
    const amount = screen.getByLabelText('Amount');
    expect(document.getElementById(`${amount.id}-error`)?.textContent).toMatch(
      /less than one cent: the wire would be \$0\.00/,
    );
    expect(fake.callsOf('reviewRedemption')).toEqual([]);
    expect(screen.queryByTestId('redemption-review')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(amount));
  });

  it('moves focus to the first field in error', async () => {
    const user = userEvent.setup();
    installFakeTreasury();
    render(<RedeemScreen />);
    await user.click(screen.getByRole('button', { name: 'Review' }));
    // The only profile is chosen already: the amount is the first field in error.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Amount')));
  });

  it('drops an old availability banner once the amount changes', async () => {
    const user = userEvent.setup();
    await fillAndReview(
      user,
      {
        reviewRedemption: () => {
          throw new FakeFailure({
            code: 'validation',
            message: 'Only 125,000.00 USDC is available in this profile.',
            details: { field: 'amount' },
          });
        },
      },
      '300000',
    );
    expect(await screen.findByText('Please check the highlighted fields')).toBeTruthy();
    expect(screen.getAllByText(/Only 125,000.00 USDC is available/).length).toBeGreaterThan(0);
    await user.type(screen.getByLabelText('Amount'), '1');
    expect(screen.queryByText('Please check the highlighted fields')).toBeNull();
    expect(screen.queryByText(/Only 125,000.00 USDC is available/)).toBeNull();
    expect((screen.getByLabelText('Amount') as HTMLInputElement).value).toBe('3000001');
  });

  it('shows each coin’s available balance for the chosen profile', async () => {
    const user = userEvent.setup();
    installFakeTreasury();
    render(<RedeemScreen />);
    await user.selectOptions(screen.getByLabelText('From profile'), 'prof-1');
    const coins = within(screen.getByLabelText('Stablecoin'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(coins).toContain('USDC — 250,000.123456 USDC available');
    expect(coins).toContain('USDP — 12.50 USDP available');
  });
});

describe('redeem review', () => {
  it('reads as a wire instruction, focuses it, and names the amount on the confirm button', async () => {
    const user = userEvent.setup();
    await fillAndReview(user, { reviewRedemption: () => review() }, '150000');
    const r = await screen.findByTestId('redemption-review');
    expect(within(r).getByTestId('review-headline').textContent).toBe(
      'Send 150,000.00 USDC from Treasury main → you receive $150,000.00 USD',
    );
    expect(within(r).getByTestId('review-terms').textContent).toMatch(/1 USDC = 1 USD/);
    expect(within(r).getByTestId('review-beneficiary').textContent).toBe('Acme Corp');
    expect(within(r).getByTestId('review-routing').textContent).toBe('ABA 021000021');
    expect(within(r).getByTestId('review-balance-after').textContent).toMatch(
      /100,000.123456 USDC/,
    );
    expect(within(r).getByTestId('review-today').textContent).toMatch(
      /\$150,000.00 USD with this one, of a \$1,000,000.00 USD daily limit/,
    );
    expect(within(r).getByTestId('review-arrival').textContent).toMatch(
      /Domestic Fedwire wires take 1–3 business days/,
    );
    expect(
      within(r).getByRole('button', { name: 'Confirm redemption of 150,000.00 USDC' }),
    ).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(r).getByRole('heading', { name: 'Review the wire' }),
      ),
    );
  });

  it('does not tell a SWIFT destination it settles domestically, and names a Fed holiday', async () => {
    const user = userEvent.setup();
    const swift = review({
      beneficiary: {
        ownerName: 'Acme GmbH',
        ownerText: 'Acme GmbH',
        routingType: 'SWIFT',
        routingNumber: 'DEUTDEFF',
        accountNumberMasked: '••••3000',
      },
      arrival: {
        rail: 'swift',
        sendDay: '2026-11-25',
        waitsForNextBusinessDay: false,
        earliest: '2026-11-27',
        latest: '2026-12-03',
        minBusinessDays: 1,
        maxBusinessDays: 5,
        cutoffHourEt: 18,
        holidays: [{ day: '2026-11-26', name: 'Thanksgiving Day' }],
      },
    });
    await fillAndReview(user, { reviewRedemption: () => swift }, '150000');
    const arrival = await screen.findByTestId('review-arrival');
    expect(arrival.textContent).toMatch(/International \(SWIFT\) wires take 1–5 business days/);
    expect(arrival.textContent).toMatch(/Thanksgiving Day/);
    expect(arrival.textContent).not.toMatch(/domestic/i);
    expect(screen.getByTestId('review-routing').textContent).toBe('SWIFT / BIC DEUTDEFF');
  });
});
