// The Wire out screen: bad input is refused next to its field with nothing lost; the fee mode is
// chosen in words; main's review is shown (fee mode, beneficiary, routing, last 4, arrival, today's
// total) and Confirm sends exactly what was reviewed (main asks its own confirmation); a
// credential without the wireOut capability is told what is missing instead of a form; a
// profile's USD cash on Overview links to the screen with the profile chosen.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OperationOutput } from '../../shared/contract';
import type { ProfileView } from '../../shared/views';
import { BalancesSection } from '../../renderer/src/screens/overview/BalancesSection';
import { WireOutScreen } from '../../renderer/src/screens/wire-out/WireOutScreen';
import { useNavigation } from '../../renderer/src/store/navigation-store';
import { appState, intent, NOW, profile } from './support/fixtures';
import { installFakeTreasury, resetStores, seedStore } from './support/fake-treasury';
import { review as redemptionReview } from './support/review-fixture';

const cash: ProfileView = {
  ...profile,
  balances: [...profile.balances, { asset: 'USD', available: '5000', trading: '0' }],
};

function wireOutReview(): OperationOutput<'reviewFiatWithdrawal'> {
  const { asset: _asset, overPerRedemptionLimit: _limit, ...base } = redemptionReview();
  return {
    ...base,
    amount: '1025.00',
    available: '5000',
    balanceAfter: '3975',
    feeMode: 'deducted',
    feeModeText: 'debit exactly 1,025.00 USD, fee deducted',
    receive: {
      amountUsd: '1025.00',
      rate: '1',
      terms: "The profile is debited exactly 1,025.00 USD; the bank receives it less Paxos's fee.",
    },
  };
}

beforeEach(() => {
  resetStores();
  seedStore(appState({ profiles: { items: [cash], asOf: NOW } }));
});
afterEach(cleanup);

describe('wire out screen', () => {
  it('refuses bad input in words, keeping what was typed; sends exactly what was reviewed', async () => {
    const user = userEvent.setup();
    const fake = installFakeTreasury({
      reviewFiatWithdrawal: () => wireOutReview(),
      submitFiatWithdrawal: () =>
        intent({ kind: 'create_fiat_withdrawal', summary: 'Wire out 1,025.00 USD (fee deducted)' }),
    });
    render(<WireOutScreen />);
    const form = screen.getByRole('form', { name: 'Wire out' });
    await user.type(within(form).getByLabelText('Amount'), '1,025');
    await user.click(within(form).getByRole('button', { name: 'Review' }));
    expect(await within(form).findByText('Choose an approved bank account.')).toBeTruthy();
    expect(fake.callsOf('reviewFiatWithdrawal')).toEqual([]);
    expect((within(form).getByLabelText('Amount') as HTMLInputElement).value).toBe('1,025');

    await user.selectOptions(
      within(form).getByLabelText('Destination bank account'),
      'fa-approved',
    );
    await user.click(
      within(form).getByRole('radio', { name: /Debit exactly 1,025\.00 USD — fee deducted/ }),
    );
    await user.click(within(form).getByRole('button', { name: 'Review' }));
    const review = await screen.findByTestId('wire-out-review');
    expect(fake.callsOf('reviewFiatWithdrawal')).toEqual([
      { profileId: 'prof-1', fiatAccountId: 'fa-approved', amount: '1025', feeMode: 'deducted' },
    ]);
    expect(within(review).getByTestId('review-fee-mode').textContent).toBe(
      'debit exactly 1,025.00 USD, fee deducted',
    );
    expect(within(review).getByTestId('review-routing').textContent).toBe('ABA 021000021');
    expect(within(review).getByTestId('review-account').textContent).toBe('…4512');
    expect(within(review).getByTestId('review-beneficiary').textContent).toBe('Acme Corp');
    expect(within(review).getByTestId('review-arrival').textContent).toContain('Between');
    expect(within(review).getByTestId('review-today').textContent).toContain('daily limit');
    await user.click(
      within(review).getByRole('button', {
        name: 'Confirm wire out: debit exactly 1,025.00 USD',
      }),
    );
    expect(fake.callsOf('submitFiatWithdrawal')).toEqual(fake.callsOf('reviewFiatWithdrawal'));
    expect(await screen.findByTestId('wire-out-progress')).toBeTruthy();
  });

  it('offline: the review says queued, not sent, and the button queues it', async () => {
    const user = userEvent.setup();
    const offline = {
      ...wireOutReview(),
      willQueue: true,
      warnings: ['You are offline: the wire will be queued and sent when the connection returns.'],
    };
    const fake = installFakeTreasury({
      reviewFiatWithdrawal: () => offline,
      submitFiatWithdrawal: () =>
        intent({ kind: 'create_fiat_withdrawal', state: 'queued', summary: 'Wire out' }),
    });
    render(<WireOutScreen />);
    const form = screen.getByRole('form', { name: 'Wire out' });
    await user.selectOptions(
      within(form).getByLabelText('Destination bank account'),
      'fa-approved',
    );
    await user.type(within(form).getByLabelText('Amount'), '1025');
    await user.click(within(form).getByRole('button', { name: 'Review' }));
    const review = await screen.findByTestId('wire-out-review');
    expect(within(review).getByTestId('review-warnings').textContent).toContain('queued');
    await user.click(
      within(review).getByRole('button', { name: 'Queue wire out: debit exactly 1,025.00 USD' }),
    );
    expect(fake.callsOf('submitFiatWithdrawal')).toHaveLength(1);
  });

  it('says what is missing when the credential cannot wire out', () => {
    seedStore(
      appState({
        profiles: { items: [cash], asOf: NOW },
        credentials: {
          configured: true,
          storage: 'built-in',
          keychainAvailable: true,
          capabilities: [
            {
              name: 'wireOut',
              label: 'Wire out USD',
              on: false,
              reason: 'Paxos did not grant transfer:write_fiat_withdrawal.',
            },
          ],
        },
      }),
    );
    installFakeTreasury();
    render(<WireOutScreen />);
    expect(screen.getByTestId('wire-out-off').textContent).toContain(
      'Paxos did not grant transfer:write_fiat_withdrawal.',
    );
    expect(screen.queryByRole('form', { name: 'Wire out' })).toBeNull();
  });

  it("Overview: a profile's USD cash opens Wire out with that profile chosen", async () => {
    const user = userEvent.setup();
    installFakeTreasury();
    render(<BalancesSection />);
    await user.click(screen.getByRole('button', { name: 'Wire out USD from Treasury main' }));
    expect(useNavigation.getState()).toMatchObject({ screen: 'wire-out', focusId: 'prof-1' });
    cleanup();
    render(<WireOutScreen />);
    const chosen = screen.getByLabelText('From profile') as HTMLSelectElement;
    expect(chosen.value).toBe('prof-1');
  });
});
