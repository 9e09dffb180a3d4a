// Issue 26: main's review, confirmation and credited check for the pairs the Convert screen adds
// beside a mint — stablecoin → stablecoin between profiles (PYUSD → USDG, 1:1 as Paxos states it
// for its own coins; USDC → USDG, no rate stated) and stablecoin → USD kept in a profile (redeem
// into cash, cut to 2 decimals). Limits are the conversion limits, never the wire limits.
import { describe, expect, it } from 'vitest';
import { checkCredited } from '../../../../main/desk/paths/conversion/conversion-credit';
import { conversionConfirmationFacts } from '../../../../main/desk/paths/conversion/conversion-confirmation-facts';
import { conversionBody } from '../../../../main/desk/paths/conversion/conversion-request';
import {
  reviewConversion,
  type ConversionReviewContext,
} from '../../../../main/desk/paths/conversion/conversion-review';
import type { PaxosClient } from '../../../../main/paxos';
import type { IntentOf } from '../../../../main/desk/paths/money-path';
import { defaultSettings } from '../../../../shared/settings';

const cache = {
  get: async (collection: string, id: string) => {
    if (collection === 'profiles')
      return { record: { id, nickname: id === 'p-from' ? 'Treasury main' : 'Payroll float' } };
    if (collection === 'balances') return { record: { id, available: '5000.123456' } };
    return undefined;
  },
} as unknown as ConversionReviewContext['cache'];
const ctx = (convertedTodayUsd = '0'): ConversionReviewContext => ({
  environment: 'demo',
  cache,
  settings: { ...defaultSettings, perConversionSoftLimitUsd: '1000.00' },
  convertedTodayUsd,
  online: true,
});
const ask = (fromAsset: 'PYUSD' | 'USDC', toAsset: 'USDG' | 'USD', amount: string) => ({
  fromProfileId: 'p-from',
  fromAsset,
  toProfileId: 'p-to',
  toAsset,
  amount,
});

describe('review and confirmation per pair', () => {
  it('PYUSD → USDG: a conversion, 1:1 as Paxos states it, at 6 decimals, nothing cut', async () => {
    const review = await reviewConversion(ask('PYUSD', 'USDG', '250.123456'), ctx());
    expect(review).toMatchObject({
      kind: 'conversion',
      receive: '250.123456',
      precision: 6,
      remainder: '0',
      rateStated: true,
    });
    expect(review.terms).toBe(
      '1 PYUSD = 1 USDG as Paxos states it (for its own stablecoins; the credited amount is still read and checked), at 6 decimals.',
    );
    const facts = conversionConfirmationFacts(review, defaultSettings.dailyConversionSoftLimitUsd);
    expect(facts.question).toBe('Convert 250.123456 USDG from 250.123456 PYUSD into Payroll float');
    expect(facts.rows).toContainEqual(['Rate', '1:1, at 6 decimals']);
    expect(facts.audit).toMatchObject({ kind: 'conversion', destinationAsset: 'USDG' });
  });

  it('USDC → USDG: rate not stated by Paxos, in the review and in main’s confirmation', async () => {
    const review = await reviewConversion(ask('USDC', 'USDG', '10'), ctx());
    expect(review.rateStated).toBe(false);
    expect(review.terms).toContain('Rate not stated by Paxos for USDC → USDG');
    const facts = conversionConfirmationFacts(review, defaultSettings.dailyConversionSoftLimitUsd);
    expect(facts.rows).toContainEqual(['Rate', 'not stated by Paxos']);
  });

  it('USDC → USD kept in a profile: redeem into cash, cut to cents, the remainder named', async () => {
    const review = await reviewConversion(ask('USDC', 'USD', '10.123456'), ctx());
    expect(review).toMatchObject({
      kind: 'redeem_to_cash',
      receive: '10.12',
      precision: 2,
      remainder: '0.003456',
    });
    expect(review.terms).toBe('1 USDC = 1 USD as Paxos states it (at par, no fee), at 2 decimals.');
    expect(review.warnings.join(' ')).toContain('0.003456 USDC is not converted');
    const facts = conversionConfirmationFacts(review, defaultSettings.dailyConversionSoftLimitUsd);
    expect(facts.question).toBe('Redeem 10.12 USD from 10.123456 USDC into Payroll float');
  });

  it('counts against the conversion limits (per conversion and today), not the wire limits', async () => {
    const review = await reviewConversion(ask('PYUSD', 'USDG', '1500'), ctx('4999000'));
    expect(review.overPerConversionLimit).toBe(true);
    expect(review.overDailyConversionLimit).toBe(true);
    const facts = conversionConfirmationFacts(review, defaultSettings.dailyConversionSoftLimitUsd);
    expect(facts.mustTickChecked).toBe(true);
  });
});

describe('credited check per pair', () => {
  const intentFor = (from: 'PYUSD' | 'USDC', to: 'USDG' | 'USD', amount: string) =>
    ({
      refId: 'td-1',
      kind: 'create_conversion',
      payload: conversionBody(ask(from, to, amount), 'desk'),
    }) as unknown as IntentOf<'create_conversion'>;
  const clientCrediting = (leg: Record<string, unknown>) =>
    ({ getTransfer: async () => leg }) as unknown as PaxosClient;
  const record = { id: 'o-1', destination_transfer: { transfer_id: 't-2' } };

  it('USDC → USD: 10.12 credited for 10.123456 is as confirmed', async () => {
    const client = clientCrediting({ asset: 'USD', total: '10.12', profile_id: 'p-to' });
    expect(
      await checkCredited(client, intentFor('USDC', 'USD', '10.123456'), record),
    ).toBeUndefined();
  });

  it('PYUSD → USDG: a credit short by a millionth is an exception item', async () => {
    const client = clientCrediting({ asset: 'USDG', total: '99.999999', profile_id: 'p-to' });
    const alert = await checkCredited(client, intentFor('PYUSD', 'USDG', '100'), record);
    expect(alert?.answered).toBe('99.999999 USDG');
  });

  it('a credit of another asset or into another profile is an exception item', async () => {
    const wrongAsset = clientCrediting({ asset: 'PYUSD', total: '100', profile_id: 'p-to' });
    expect(
      await checkCredited(wrongAsset, intentFor('PYUSD', 'USDG', '100'), record),
    ).toBeDefined();
    const wrongProfile = clientCrediting({ asset: 'USDG', total: '100', profile_id: 'p-x' });
    expect(
      await checkCredited(wrongProfile, intentFor('PYUSD', 'USDG', '100'), record),
    ).toBeDefined();
  });
});
