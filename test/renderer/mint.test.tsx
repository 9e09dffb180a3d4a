// The Mint screen (issue 25): the only profile is chosen for both ends, a loosely typed USD
// amount is sent to main's review as meant, the review says what is credited where at which
// precision and in which environment, and Confirm sends exactly what was reviewed.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConversionReview } from '../../shared/conversion-review';
import { MintScreen } from '../../renderer/src/screens/mint/MintScreen';
import { intent } from './support/fixtures';
import { installFakeTreasury, resetStores, seedStore } from './support/fake-treasury';

beforeEach(() => {
  resetStores();
  seedStore();
});
afterEach(cleanup);

const review = (): ConversionReview => ({
  environment: 'Demo (built-in simulator, no real money)',
  kind: 'mint',
  from: {
    profileId: 'prof-1',
    nickname: 'Treasury main',
    asset: 'USD',
    available: '400000',
    balanceAfter: '150000',
  },
  to: { profileId: 'prof-1', nickname: 'Treasury main', asset: 'USDC', sameProfile: true },
  amount: '250000',
  receive: '250000',
  precision: 2,
  remainder: '0',
  rate: '1',
  rateStated: true,
  terms: '1 USD = 1 USDC (Paxos converts at par, no fee), at 2 decimals.',
  overPerConversionLimit: false,
  overDailyConversionLimit: false,
  today: { convertedUsd: '0', afterUsd: '250000', dailyLimitUsd: '5000000.00' },
  perConversionLimitUsd: '1000000.00',
  warnings: [],
  nextSteps: ['Paxos takes 250,000.00 USD from Treasury main.'],
  willQueue: false,
});

describe('mint screen', () => {
  it('reviews with main, then sends exactly what was reviewed', async () => {
    const user = userEvent.setup();
    const fake = installFakeTreasury({
      reviewConversion: () => review(),
      submitConversion: () =>
        intent({ kind: 'create_conversion', summary: 'Mint 250,000.00 USDC from 250,000.00 USD' }),
    });
    render(<MintScreen />);
    await user.type(screen.getByLabelText('USD amount'), ' 250000. ');
    await user.click(screen.getByRole('button', { name: 'Review' }));
    const step = await screen.findByTestId('mint-review');
    const asked = {
      fromProfileId: 'prof-1',
      fromAsset: 'USD',
      toProfileId: 'prof-1',
      toAsset: 'USDC',
      amount: '250000',
    };
    expect(fake.callsOf('reviewConversion')).toEqual([asked]);
    expect(step.textContent).toContain('250,000.00 USDC into Treasury main (same profile)');
    expect(step.textContent).toContain('2 decimals (nothing is cut)');
    expect(step.textContent).toContain('Demo (built-in simulator, no real money)');
    await user.click(screen.getByRole('button', { name: 'Mint 250,000.00 USDC' }));
    await screen.findByTestId('mint-progress');
    expect(fake.callsOf('submitConversion')).toEqual([asked]);
  }, 30_000);

  it('sends nothing to main without an amount', async () => {
    const user = userEvent.setup();
    const fake = installFakeTreasury({ reviewConversion: () => review() });
    render(<MintScreen />);
    await user.click(screen.getByRole('button', { name: 'Review' }));
    expect(await screen.findByText('Enter the USD amount to mint.')).toBeTruthy();
    expect(fake.callsOf('reviewConversion')).toEqual([]);
  });
});
