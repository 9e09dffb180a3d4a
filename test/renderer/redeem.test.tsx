// The redeem flow with a fake bridge: review before confirm, retyping over a soft limit,
// "Queue" wording offline, errors next to the field with the typing kept, and the timeline.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RedeemScreen } from '../../renderer/src/screens/redeem/RedeemScreen';
import { useAppStore } from '../../renderer/src/store/app-store';
import { appState, intent, orchestration } from './support/fixtures';
import { fillAndReview } from './support/redeem-steps';
import { review } from './support/review-fixture';
import { FakeFailure, installFakeTreasury, resetStores, seedStore } from './support/fake-treasury';

beforeEach(() => {
  resetStores();
  seedStore();
});
afterEach(cleanup);

describe('redeem', () => {
  it('offers only approved accounts and explains the others', () => {
    installFakeTreasury();
    render(<RedeemScreen />);
    const options = within(screen.getByLabelText('Destination bank account'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual(['Choose an approved account…', 'Operating — First Bank (…4512)']);
    expect(screen.getByText(/Payroll \(…7788\) — waiting for Paxos to approve it/)).toBeTruthy();
  });

  it('shows the review and confirms exactly what was reviewed', async () => {
    const user = userEvent.setup();
    const fake = await fillAndReview(user, {
      reviewRedemption: () => review(),
      submitRedemption: () => intent(),
    });
    const reviewed = await screen.findByTestId('redemption-review');
    expect(within(reviewed).getByTestId('review-amount').textContent).toBe('150,000.00 USDC');
    expect(within(reviewed).getByTestId('review-destination').textContent).toContain('…4512');
    expect(within(reviewed).getByTestId('review-environment').textContent).toMatch(/Demo/);
    expect(fake.callsOf('submitRedemption')).toEqual([]);
    await user.click(within(reviewed).getByRole('button', { name: /^Confirm redemption/ }));
    expect(fake.callsOf('submitRedemption')).toEqual([
      { profileId: 'prof-1', asset: 'USDC', amount: '150000', fiatAccountId: 'fa-approved' },
    ]);
    expect((await screen.findByTestId('redemption-timeline')).textContent).toMatch(
      /Queued — not sent/,
    );
  });

  it('over a soft limit, asks for no re-typing here: the dialog in main has the box to tick', async () => {
    const user = userEvent.setup();
    const fake = await fillAndReview(user, {
      reviewRedemption: () => review({ overPerRedemptionLimit: true }),
      submitRedemption: () => intent(),
    });
    const confirm = (await screen.findByRole('button', {
      name: /^Confirm redemption/,
    })) as HTMLButtonElement;
    expect(screen.queryByLabelText('Type the amount again to confirm')).toBeNull();
    expect(screen.getByText(/I checked the amount and the destination/)).toBeTruthy();
    await user.click(confirm);
    expect(fake.callsOf('submitRedemption')).toEqual([
      { profileId: 'prof-1', asset: 'USDC', amount: '150000', fiatAccountId: 'fa-approved' },
    ]);
  });

  it('says Queue when main will queue it (offline)', async () => {
    const user = userEvent.setup();
    await fillAndReview(user, {
      reviewRedemption: () => review({ willQueue: true }),
      submitRedemption: () => intent(),
    });
    expect(await screen.findByRole('button', { name: /^Queue redemption/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Confirm redemption/ })).toBeNull();
    expect(screen.getByText(/queued, not sent/)).toBeTruthy();
  });

  it('shows a review error next to the amount and keeps what was typed', async () => {
    const user = userEvent.setup();
    await fillAndReview(
      user,
      {
        reviewRedemption: () => {
          throw new FakeFailure({
            code: 'validation',
            message: 'Only 250,000.123456 USDC is available in this profile.',
            details: { field: 'amount' },
          });
        },
      },
      '300000',
    );
    const amount = screen.getByLabelText('Amount') as HTMLInputElement;
    expect(await screen.findByText('Please check the highlighted fields')).toBeTruthy();
    expect(document.getElementById(`${amount.id}-error`)?.textContent).toBe(
      'Only 250,000.123456 USDC is available in this profile.',
    );
    expect(amount.value).toBe('300000');
    expect((screen.getByLabelText('Destination bank account') as HTMLSelectElement).value).toBe(
      'fa-approved',
    );
  });

  it('explains insufficient funds on submit with available and needed amounts', async () => {
    const user = userEvent.setup();
    await fillAndReview(user, {
      reviewRedemption: () => review(),
      submitRedemption: () => {
        throw new FakeFailure({
          code: 'insufficient_funds',
          message: 'Paxos refused: insufficient funds.',
          details: { asset: 'USDC', available: '1000.5', needed: '150000' },
        });
      },
    });
    await user.click(await screen.findByRole('button', { name: /^Confirm redemption/ }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Not enough funds/);
    expect(alert.textContent).toMatch(/Available: 1,000.50 USDC. Needed: 150,000.00 USDC./);
    await user.click(screen.getByRole('button', { name: 'Back to edit' }));
    expect((screen.getByLabelText('Amount') as HTMLInputElement).value).toBe('150000');
  });

  it('follows the redemption from the intent to the completed orchestration', async () => {
    const user = userEvent.setup();
    await fillAndReview(user, {
      reviewRedemption: () => review(),
      submitRedemption: () => intent({ state: 'sending' }),
    });
    await user.click(await screen.findByRole('button', { name: /^Confirm redemption/ }));
    const timeline = await screen.findByTestId('redemption-timeline');
    expect(timeline.getAttribute('data-outcome')).toBe('in_progress');
    const done = orchestration({
      status: 'COMPLETED',
      sourceLeg: { status: 'COMPLETED' },
      destinationLeg: { status: 'COMPLETED' },
    });
    useAppStore.setState({
      state: appState({
        outbox: { items: [intent({ state: 'submitted', paxosId: 'orch-1' })] },
        recentOrchestrations: { items: [done], asOf: null },
      }),
    });
    expect((await screen.findByTestId('redemption-timeline')).getAttribute('data-outcome')).toBe(
      'completed',
    );
    expect(screen.getByRole('button', { name: 'Open in Activity' })).toBeTruthy();
  });
});
