// The Convert screen (issue 26, on issue 25's mint): the pair is chosen (from profile and asset —
// USD or a stablecoin the profile holds — to profile and asset), a loosely typed amount is sent
// to main's review as meant, the review says the rate as Paxos states it (or that it does not),
// the precision and what is not converted (Paxos does not document where it goes), and Confirm sends exactly what was reviewed. The
// Redeem screen's "keep as USD in a profile" sends a stablecoin → USD conversion, not a wire.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConversionReview } from '../../shared/conversion-review';
import type { ProfileView } from '../../shared/views';
import { ConvertScreen } from '../../renderer/src/screens/convert/ConvertScreen';
import { RedeemScreen } from '../../renderer/src/screens/redeem/RedeemScreen';
import { appState, intent, NOW, profile } from './support/fixtures';
import { installFakeTreasury, resetStores, seedStore } from './support/fake-treasury';

const payroll: ProfileView = {
  id: 'prof-2',
  nickname: 'Payroll float',
  type: 'NORMAL',
  balances: [{ asset: 'PYUSD', available: '0', trading: '0' }],
  fetchedAt: NOW,
};
const main: ProfileView = {
  ...profile,
  balances: [...profile.balances, { asset: 'PYUSD', available: '5000', trading: '0' }],
};

beforeEach(() => {
  resetStores();
  seedStore(appState({ profiles: { items: [main, payroll], asOf: NOW } }));
});
afterEach(cleanup);

const review = (over: Partial<ConversionReview> = {}): ConversionReview => ({
  environment: 'Demo (built-in simulator, no real money)',
  kind: 'conversion',
  from: {
    profileId: 'prof-1',
    nickname: 'Treasury main',
    asset: 'PYUSD',
    available: '5000',
    balanceAfter: '3999.5',
  },
  to: { profileId: 'prof-2', nickname: 'Payroll float', asset: 'USDG', sameProfile: false },
  amount: '1000.5',
  receive: '1000.5',
  precision: 6,
  remainder: '0',
  rate: '1',
  rateStated: true,
  terms: '1 PYUSD = 1 USDG as Paxos states it, at 6 decimals.',
  overPerConversionLimit: false,
  overDailyConversionLimit: false,
  today: { convertedUsd: '0', afterUsd: '1000.5', dailyLimitUsd: '5000000.00' },
  perConversionLimitUsd: '1000000.00',
  warnings: [],
  nextSteps: ['Paxos takes 1,000.50 PYUSD from Treasury main.'],
  willQueue: false,
  ...over,
});

const options = (label: string) =>
  within(screen.getByLabelText(label))
    .getAllByRole('option')
    .map((o) => (o as HTMLOptionElement).value)
    .filter(Boolean);

describe('convert screen', () => {
  it('offers USD and the stablecoins the profile holds; PYUSD → USDG reviewed and sent as reviewed', async () => {
    const user = userEvent.setup();
    const fake = installFakeTreasury({
      reviewConversion: () => review(),
      submitConversion: () =>
        intent({ kind: 'create_conversion', summary: 'Convert 1,000.50 USDG from PYUSD' }),
    });
    render(<ConvertScreen />);
    await user.selectOptions(screen.getByLabelText('From profile'), 'prof-1');
    // Payroll float holds no stablecoin; Treasury main holds USDC, USDP and PYUSD.
    expect(options('From asset')).toEqual(['USD', 'USDC', 'PYUSD', 'USDP']);
    await user.selectOptions(screen.getByLabelText('From asset'), 'PYUSD');
    expect(options('To asset')).toEqual(['USD', 'USDC', 'USDG', 'USDP']);
    await user.selectOptions(screen.getByLabelText('To asset'), 'USDG');
    await user.selectOptions(screen.getByLabelText('Into profile'), 'prof-2');
    expect(screen.getByTestId('pair-terms').textContent).toContain(
      'PYUSD → USDG: 1:1 as Paxos states it, at 6 decimals',
    );
    await user.type(screen.getByLabelText('PYUSD amount'), ' 1000.50 ');
    await user.click(screen.getByRole('button', { name: 'Review' }));
    const step = await screen.findByTestId('conversion-review');
    const asked = {
      fromProfileId: 'prof-1',
      fromAsset: 'PYUSD',
      toProfileId: 'prof-2',
      toAsset: 'USDG',
      amount: '1000.50',
    };
    expect(fake.callsOf('reviewConversion')).toEqual([asked]);
    expect(step.textContent).toContain('1,000.50 USDG into Payroll float');
    expect(screen.getByTestId('review-rate').textContent).toBe('1:1 as Paxos states it');
    expect(step.textContent).toContain('6 decimals, the fewer of the pair (nothing is cut)');
    await user.click(screen.getByRole('button', { name: 'Convert 1,000.50 USDG' }));
    await screen.findByTestId('conversion-progress');
    expect(fake.callsOf('submitConversion')).toEqual([asked]);
  }, 30_000);

  it('says where Paxos states no rate (USDC → USDG)', async () => {
    const user = userEvent.setup();
    installFakeTreasury({
      reviewConversion: () =>
        review({
          from: { ...review().from, asset: 'USDC' },
          amount: '10',
          receive: '10',
          rateStated: false,
          rate: 'not stated by Paxos',
        }),
    });
    render(<ConvertScreen />);
    await user.selectOptions(screen.getByLabelText('From profile'), 'prof-1');
    await user.selectOptions(screen.getByLabelText('From asset'), 'USDC');
    await user.selectOptions(screen.getByLabelText('To asset'), 'USDG');
    await user.selectOptions(screen.getByLabelText('Into profile'), 'prof-2');
    expect(screen.getByTestId('pair-terms').textContent).toContain(
      'USDC → USDG: rate not stated by Paxos',
    );
    await user.type(screen.getByLabelText('USDC amount'), '10');
    await user.click(screen.getByRole('button', { name: 'Review' }));
    await screen.findByTestId('conversion-review');
    expect(screen.getByTestId('review-rate').textContent).toBe('Rate not stated by Paxos');
  }, 30_000);

  it('says what the precision of USDC → USD leaves unconverted, and where it stays', async () => {
    const user = userEvent.setup();
    installFakeTreasury({
      reviewConversion: () =>
        review({
          kind: 'redeem_to_cash',
          from: { ...review().from, asset: 'USDC', available: '250000.123456' },
          to: { ...review().to, asset: 'USD' },
          amount: '10.123456',
          receive: '10.12',
          precision: 2,
          remainder: '0.003456',
        }),
    });
    render(<ConvertScreen />);
    await user.selectOptions(screen.getByLabelText('From profile'), 'prof-1');
    await user.selectOptions(screen.getByLabelText('From asset'), 'USDC');
    await user.selectOptions(screen.getByLabelText('To asset'), 'USD');
    await user.selectOptions(screen.getByLabelText('Into profile'), 'prof-2');
    expect(screen.getByTestId('pair-terms').textContent).toContain('at 2 decimals');
    await user.type(screen.getByLabelText('USDC amount'), '10.123456');
    await user.click(screen.getByRole('button', { name: 'Review' }));
    const step = await screen.findByTestId('conversion-review');
    expect(step.textContent).toContain(
      '2 decimals, the fewer of the pair (0.003456 USDC is below it and not converted: Paxos does not say whether it stays in Treasury main; an amount at 2 decimals avoids it)',
    );
    expect(screen.getByRole('button', { name: 'Redeem 10.12 USD' })).toBeTruthy();
  }, 30_000);

  it('sends nothing to main without an amount', async () => {
    const user = userEvent.setup();
    const fake = installFakeTreasury({ reviewConversion: () => review() });
    render(<ConvertScreen />);
    await user.selectOptions(screen.getByLabelText('From profile'), 'prof-1');
    await user.click(screen.getByRole('button', { name: 'Review' }));
    expect(await screen.findByText('Enter the USD amount to convert.')).toBeTruthy();
    expect(fake.callsOf('reviewConversion')).toEqual([]);
  });
});

describe('redeem into cash', () => {
  it('keeping USD in a profile asks main for a stablecoin → USD conversion, never a wire', async () => {
    const user = userEvent.setup();
    const fake = installFakeTreasury({
      reviewConversion: () => review({ kind: 'redeem_to_cash' }),
    });
    render(<RedeemScreen />);
    await user.click(screen.getByRole('radio', { name: /Keep as USD in a profile/ }));
    expect(screen.queryByLabelText('To asset')).toBeNull();
    await user.selectOptions(screen.getByLabelText('From profile'), 'prof-1');
    await user.selectOptions(screen.getByLabelText('Into profile'), 'prof-2');
    await user.type(screen.getByLabelText('USDC amount'), '2500');
    await user.click(screen.getByRole('button', { name: 'Review' }));
    await screen.findByTestId('conversion-review');
    expect(fake.callsOf('reviewConversion')).toEqual([
      {
        fromProfileId: 'prof-1',
        fromAsset: 'USDC',
        toProfileId: 'prof-2',
        toAsset: 'USD',
        amount: '2500',
      },
    ]);
    expect(fake.callsOf('reviewRedemption')).toEqual([]);
  }, 30_000);
});
