// The last check before a queued redemption leaves the desk: main refuses a wire of less than
// a cent (bug 9) however the intent was made, still catches balance and account changes, and
// checks the daily limit again by the day it is sent (issue 21.3).
import { describe, expect, it } from 'vitest';
import type { CacheStore } from '../../../../main/desk/store/cache/cache-store';
import type { Intent, IntentPayloads } from '../../../../main/desk/store/intents/intent';
import { precheckIntent } from '../../../../main/desk/paths/registry';
import type { SendDay } from '../../../../main/desk/paths/money-path';

/** Sent on the day it was queued, with nothing else wired that day, under a generous limit. */
const sameDay: SendDay = {
  now: new Date('2026-12-07T15:30:00.000Z'),
  dailyLimitUsd: '1000000.00',
  wiredTodayUsd: async () => '0',
  dailyConversionLimitUsd: '5000000.00',
  convertedTodayUsd: async () => '0',
};

function redemptionIntent(amount: string): Intent {
  const payload: IntentPayloads['create_orchestration'] = {
    source_asset: 'USDC',
    destination_asset: 'USD',
    source_amount: amount,
    source: { profile: { profile_id: 'prof-1' } },
    destination: { fiat: { bank_account_id: 'fa-1' } },
  };
  const at = '2026-12-07T15:00:00.000Z';
  return {
    id: 'i-1',
    kind: 'create_orchestration',
    refId: 'ref-1',
    payload,
    state: 'queued',
    createdAt: at,
    updatedAt: at,
    attempts: 0,
  };
}

function cacheWith(
  available: string,
  accountStatus = 'APPROVED',
): Pick<CacheStore, 'get' | 'statusOf'> {
  // Only the balance the precheck reads; the generic get() is narrowed to that one record.
  const get = async (collection: string, id: string) =>
    collection === 'balances' && id === 'prof-1:USDC'
      ? { record: { id, asset: 'USDC', available }, fetchedAt: '2026-12-07T15:00:00.000Z' }
      : undefined;
  return {
    get: get as CacheStore['get'],
    statusOf: (collection: string) => (collection === 'fiatAccounts' ? accountStatus : undefined),
  };
}

describe('precheckIntent', () => {
  it('holds back a redemption that would wire less than one cent', async () => {
    const cache = cacheWith('1000');
    expect(await precheckIntent(cache, redemptionIntent('0.000001'), sameDay)).toBe(
      'below_minimum_wire',
    );
    expect(await precheckIntent(cache, redemptionIntent('0.009999'), sameDay)).toBe(
      'below_minimum_wire',
    );
    expect(await precheckIntent(cache, redemptionIntent('0.01'), sameDay)).toBeUndefined();
  });

  it('holds back a redemption that is not whole cents, however it was queued', async () => {
    const cache = cacheWith('1000');
    expect(await precheckIntent(cache, redemptionIntent('1.123456'), sameDay)).toBe(
      'not_whole_cents',
    );
    expect(await precheckIntent(cache, redemptionIntent('10.505'), sameDay)).toBe(
      'not_whole_cents',
    );
    expect(await precheckIntent(cache, redemptionIntent('10.500000'), sameDay)).toBeUndefined();
  });

  it('still holds back a redemption the balance no longer covers, or to an account no longer approved', async () => {
    expect(await precheckIntent(cacheWith('5'), redemptionIntent('10'), sameDay)).toBe(
      'balance_changed',
    );
    expect(await precheckIntent(cacheWith('50', 'REJECTED'), redemptionIntent('10'), sameDay)).toBe(
      'destination_changed',
    );
  });

  it('holds back a redemption queued on another day that would take today over the daily limit', async () => {
    const nextDay: SendDay = {
      now: new Date('2026-12-08T00:30:00.000Z'),
      dailyLimitUsd: '1000.00',
      wiredTodayUsd: async (except) => (except === 'ref-1' ? '900' : '1800'),
      dailyConversionLimitUsd: '5000000.00',
      convertedTodayUsd: async () => '0',
    };
    const cache = cacheWith('5000');
    expect(await precheckIntent(cache, redemptionIntent('900'), nextDay)).toEqual({
      reason: 'over_daily_limit',
      message:
        "Sent now, today's wires out of Paxos for the account would be 1,800.00 USD of your 1,000.00 USD daily limit (more may have moved since you confirmed it). Check it and confirm again.",
    });
    expect(await precheckIntent(cache, redemptionIntent('100'), nextDay)).toBeUndefined();
    // Confirmed again today, in main's dialog that showed today's total: it may leave.
    const reconfirmed = {
      ...redemptionIntent('900'),
      confirmedAt: '2026-12-08T00:20:00.000Z',
      limitAccepted: { day: '2026-12-08', totalUsd: '1800' },
    };
    expect(await precheckIntent(cache, reconfirmed, nextDay)).toBeUndefined();
  });

  it('holds back one confirmed today when the account went over since (issue 21.3: another desk wired)', async () => {
    const today: SendDay = {
      now: new Date('2026-12-08T15:00:00.000Z'),
      dailyLimitUsd: '1000.00',
      wiredTodayUsd: async () => '700',
      dailyConversionLimitUsd: '5000000.00',
      convertedTodayUsd: async () => '0',
    };
    const cache = cacheWith('5000');
    const confirmedToday = { ...redemptionIntent('600'), confirmedAt: '2026-12-08T09:00:00.000Z' };
    // Main showed 600 of 1,000 (under): 1,300 now is not what the operator decided on.
    const shownUnder = { ...confirmedToday, limitAccepted: { day: '2026-12-08', totalUsd: '600' } };
    expect(await precheckIntent(cache, shownUnder, today)).toMatchObject({
      reason: 'over_daily_limit',
    });
    // No record of what main showed (made before this rule): asked again, never sent blind.
    expect(await precheckIntent(cache, confirmedToday, today)).toMatchObject({
      reason: 'over_daily_limit',
    });
    // The operator accepted 1,300 (or more) of 1,000 in main today: it leaves.
    const shownOver = { ...confirmedToday, limitAccepted: { day: '2026-12-08', totalUsd: '1300' } };
    expect(await precheckIntent(cache, shownOver, today)).toBeUndefined();
    // Accepted yesterday: another day's total says nothing about today's.
    const yesterday = { ...confirmedToday, limitAccepted: { day: '2026-12-07', totalUsd: '5000' } };
    expect(await precheckIntent(cache, yesterday, today)).toMatchObject({
      reason: 'over_daily_limit',
    });
  });
});
