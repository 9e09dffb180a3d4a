// The conversion path's answer check and last check before sending: an answer is taken as done
// only if it is the orchestration asked for (ref_id, both assets, amount, both profiles), and a
// queued conversion waits for a fresh confirmation when its facts moved.
import { describe, expect, it } from 'vitest';
import { routeFor } from '../../../../main/desk/paths/registry';
import type { SendDay } from '../../../../main/desk/paths/money-path';
import type { CacheStore } from '../../../../main/desk/store/cache/cache-store';
import type { Intent, IntentPayloads } from '../../../../main/desk/store/intents/intent';
import { expectedCredit, rateStatedByPaxos } from '../../../../shared/conversion';

const payload: IntentPayloads['create_conversion'] = {
  source_asset: 'USD',
  destination_asset: 'USDC',
  source_amount: '250000.00',
  source: { profile: { profile_id: 'p-from' } },
  destination: { profile: { profile_id: 'p-to' } },
};
const intent = {
  id: 'i-1',
  refId: 'td-1',
  kind: 'create_conversion',
  payload,
  state: 'sending',
  createdAt: '2026-12-07T10:00:00.000Z',
  updatedAt: '2026-12-07T10:00:00.000Z',
  attempts: 1,
} as Intent;
const answer = {
  id: 'o-1',
  ref_id: 'td-1',
  source_asset: 'USD',
  destination_asset: 'USDC',
  source_amount: '250000',
  source: { profile: { profile_id: 'p-from' } },
  destination: { profile: { profile_id: 'p-to' } },
  status: 'PROCESSING',
};
const check = (record: Record<string, unknown>) =>
  routeFor('create_conversion').mismatch(intent, {
    paxosId: 'o-1',
    collection: 'orchestrations',
    record: record as typeof answer,
    done: false,
  });

describe('conversion answer check', () => {
  it('takes the orchestration asked for', () => {
    expect(check(answer)).toBeUndefined();
  });

  it.each([
    ['ref_id', { ref_id: 'td-other' }],
    ['source asset', { source_asset: 'USDC' }],
    ['destination asset', { destination_asset: 'USDG' }],
    ['amount', { source_amount: '25000' }],
    ['source profile', { source: { profile: { profile_id: 'p-other' } } }],
    ['destination profile', { destination: { profile: { profile_id: 'p-other' } } }],
    ['destination profile', { destination: { fiat: { bank_account_id: 'b-1' } } }],
  ])('refuses an answer whose %s differs', (field, change) => {
    expect(check({ ...answer, ...change })).toMatchObject({ field });
  });

  it('refuses an answer without a record', () => {
    const found = routeFor('create_conversion').mismatch(intent, { paxosId: 'o-1', done: false });
    expect(found).toMatchObject({ field: 'record' });
  });
});

describe('conversion precheck', () => {
  const cacheWith = (available: string, destination = true) =>
    ({
      get: async (collection: string, id: string) =>
        collection === 'balances'
          ? { record: { id, available } }
          : destination
            ? { record: { id } }
            : undefined,
      statusOf: () => undefined,
    }) as unknown as Pick<CacheStore, 'get' | 'statusOf'>;
  const day = (now: string, converted: string, limit = '1000000.00'): SendDay => ({
    now: new Date(now),
    dailyLimitUsd: '1.00',
    wiredTodayUsd: async () => '999999',
    dailyConversionLimitUsd: limit,
    convertedTodayUsd: async () => converted,
  });
  const queued = { ...intent, state: 'queued' } as Intent;

  it('sends when the facts hold (the wire limit plays no part)', async () => {
    const why = await routeFor('create_conversion').precheck(
      cacheWith('300000'),
      queued,
      day('2026-12-07T11:00:00Z', '0'),
    );
    expect(why).toBeUndefined();
  });

  it('holds back when the USD balance no longer covers it', async () => {
    const why = await routeFor('create_conversion').precheck(
      cacheWith('1000'),
      queued,
      day('2026-12-07T11:00:00Z', '0'),
    );
    expect(why).toBe('balance_changed');
  });

  it('holds back when the destination profile is gone', async () => {
    const why = await routeFor('create_conversion').precheck(
      cacheWith('300000', false),
      queued,
      day('2026-12-07T11:00:00Z', '0'),
    );
    expect(why).toBe('destination_changed');
  });

  it('queued on another day: today with it over the daily conversion limit waits', async () => {
    const why = await routeFor('create_conversion').precheck(
      cacheWith('300000'),
      queued,
      day('2026-12-08T01:00:00Z', '900000', '1000000.00'),
    );
    expect(why).toMatchObject({ reason: 'over_daily_limit' });
  });

  it('the same day, another desk converted since: over the limit and the total accepted, it waits', async () => {
    const accepted = { ...queued, limitAccepted: { day: '2026-12-07', totalUsd: '250000' } };
    const send = (convertedToday: string) =>
      routeFor('create_conversion').precheck(
        cacheWith('300000'),
        accepted as Intent,
        day('2026-12-07T11:00:00Z', convertedToday, '200000.00'),
      );
    // Within what the operator accepted in main today (over the limit, ticked): it leaves.
    expect(await send('0')).toBeUndefined();
    // More than that: it waits, with today's figures.
    expect(await send('900000')).toMatchObject({
      reason: 'over_daily_limit',
      message: expect.stringContaining('1,150,000.00 USD of your 200,000.00 USD'),
    });
  });
});

describe('1:1 at the lowest precision of the pair', () => {
  it('cuts to the fewer decimals, never rounds up', () => {
    expect(expectedCredit('250000.00', 'USD', 'USDC')).toBe('250000');
    expect(expectedCredit('1.239999', 'USDC', 'USD')).toBe('1.23');
    expect(expectedCredit('1.123456', 'PYUSD', 'USDG')).toBe('1.123456');
  });

  it('says where Paxos states the rate and where it does not (USDC between stablecoins)', () => {
    expect(rateStatedByPaxos('USD', 'USDC')).toBe(true);
    expect(rateStatedByPaxos('PYUSD', 'USDG')).toBe(true);
    expect(rateStatedByPaxos('USDC', 'USDG')).toBe(false);
  });
});
