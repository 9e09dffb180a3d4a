// Issue 23: the Activity summary is one SQL aggregate (integer limbs summed in SQL, merged with
// BigInt / decimal.js at the edge) and is kept per filter until the database is written to. Its
// totals stay exactly those of the old computation (every row of the filtered window, summed
// with decimal.js in JS), on random data, capped or not, for every filter the list supports.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ActivitySummary } from '../../../../shared/activity-summary';
import {
  summarizeActivity,
  SUMMARY_MAX_ROWS,
} from '../../../../main/desk/activity/activity-summary';
import { activityTotals } from '../../../../main/desk/activity/activity-totals';
import { CacheStore } from '../../../../main/desk/store/cache/cache-store';
import type { RecordFilter } from '../../../../main/desk/store/cache/record-query';
import { listAsOf } from '../../../../main/desk/views/list-as-of';
import { orchestration } from '../store/orchestration-fixture';

const ROWS = SUMMARY_MAX_ROWS + 700;
const STATUSES = ['COMPLETED', 'FAILED', 'PROCESSING', 'completed', 'AWAITING_FUNDS'];
const ASSETS = ['USDC', 'USDG', 'PYUSD', 'usdp'];
const BANK = 'b7e1c2d3-1111-4111-8111-000000000002'; // the fixture's bank account

/** A seeded generator: the same "random" rows on every run. */
function random(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function amount(next: () => number): string {
  const shapeOf = next();
  // 18-digit whole parts (the limbs' limit), past it, more than 18 decimals, signed, tiny.
  if (shapeOf < 0.03) return '999999999999999999.999999999999999999';
  if (shapeOf < 0.04) return '1234567890123456789012.5';
  if (shapeOf < 0.05) return '0.0000000000000000000001';
  if (shapeOf < 0.06) return '-12.5';
  if (shapeOf < 0.1) return next() < 0.5 ? '0.1' : '0.2';
  const whole = Math.floor(next() * 10 ** (1 + Math.floor(next() * 9)));
  const decimals = Math.floor(next() * 19);
  const fraction = Array.from({ length: decimals }, () => Math.floor(next() * 10)).join('');
  const shape = next();
  if (shape < 0.02) return 'not-a-number';
  if (shape < 0.04) return '';
  return decimals ? `${whole}.${fraction}` : String(whole);
}

/** The summary as it was computed before issue 23: windows of 1,000, synchronously. */
async function oldSummary(cache: CacheStore, filter: RecordFilter): Promise<ActivitySummary> {
  const rows = [];
  const fetched = [];
  let capped = false;
  for (let offset = 0; offset < SUMMARY_MAX_ROWS; offset += 1000) {
    const { items, total, totalCapped } = await cache.window(
      'orchestrations',
      filter,
      offset,
      1000,
    );
    for (const { record, fetchedAt } of items) {
      rows.push({
        status: record.status,
        amount: record.source_amount,
        asset: record.source_asset,
        createdAt: record.created_at,
      });
      fetched.push({ fetchedAt });
    }
    if (items.length < 1000) break;
    if (offset + 1000 >= SUMMARY_MAX_ROWS && (total > SUMMARY_MAX_ROWS || totalCapped))
      capped = true;
  }
  return { ...activityTotals(rows), capped, asOf: listAsOf(cache.asOf('orchestrations'), fetched) };
}

let dir: string;
let cache: CacheStore;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-summary-'));
  cache = await CacheStore.open(dir);
  const next = random(23);
  for (let from = 0; from < ROWS; from += 1000)
    await cache.putMany(
      'orchestrations',
      Array.from({ length: Math.min(1000, ROWS - from) }, (_, k) =>
        orchestration(from + k, {
          status: STATUSES[Math.floor(next() * STATUSES.length)],
          source_asset: ASSETS[Math.floor(next() * ASSETS.length)],
          source_amount: amount(next),
          ...(next() < 0.2 ? { orchestration_rule_id: 'rule-3' } : {}),
          created_at:
            next() < 0.01
              ? 'not a date'
              : new Date(Date.UTC(2024, 0, 1) + Math.floor(next() * 9e10)).toISOString(),
        }),
      ),
    );
}, 120_000);
afterAll(async () => {
  await cache.close();
  await rm(dir, { recursive: true, force: true });
});

const filters: RecordFilter[] = [
  {},
  { status: 'COMPLETED' },
  { assets: ['USDC', 'USDP'] },
  { status: ['FAILED', 'PROCESSING'], assets: ['PYUSD'] },
  { from: '2024-06-01T00:00:00.000Z', to: '2025-01-01T00:00:00.000Z' },
  { search: { text: 'usdg' } },
  { search: { text: 'usdc' }, status: 'FAILED' },
  { statusOutcomes: ['failed'], assets: ['PYUSD'] },
  { ruleId: 'rule-3' },
  { search: { text: 'zz-no-match', bankAccountIds: [BANK] } },
];

describe('summarizeActivity', () => {
  it.each(filters)('equals the old computation for %j', async (filter) => {
    expect(await summarizeActivity(cache, filter)).toEqual(await oldSummary(cache, filter));
  });

  it.each(['America/New_York', 'Asia/Kathmandu', 'Australia/Lord_Howe'])(
    'groups by the same local days as the old computation in %s',
    async (zone) => {
      const before = process.env.TZ;
      process.env.TZ = zone;
      try {
        for (const filter of [{}, { assets: ['USDG'] }])
          expect(await summarizeActivity(cache, filter)).toEqual(await oldSummary(cache, filter));
      } finally {
        if (before === undefined) delete process.env.TZ;
        else process.env.TZ = before;
      }
    },
  );

  it('the unfiltered summary is capped, as before', async () => {
    expect((await summarizeActivity(cache, {})).capped).toBe(true);
  });

  it('is kept per filter until the database is written to', async () => {
    const filter = { assets: ['USDG'] };
    const first = await summarizeActivity(cache, filter);
    const totals = vi.spyOn(cache, 'totals');
    expect(await summarizeActivity(cache, filter)).toBe(first);
    expect(totals).not.toHaveBeenCalled();
    await cache.put('orchestrations', orchestration(ROWS + 1, { source_asset: 'USDG' }));
    const after = await summarizeActivity(cache, filter);
    expect(totals).toHaveBeenCalled();
    expect(after.count).toBe(first.count + 1);
    expect(after).toEqual(await oldSummary(cache, filter));
    totals.mockRestore();
  });

  it('sums 0.1 + 0.2 and 18-digit amounts exactly, by status and by day', async () => {
    const small = await CacheStore.open(await mkdtemp(join(tmpdir(), 'desk-summary-exact-')));
    const day = '2026-03-10T12:00:00.000Z';
    const rows = [
      ['0.1', 'COMPLETED'],
      ['0.2', 'COMPLETED'],
      ['999999999999999999.999999999999999999', 'COMPLETED'],
      ['999999999999999999.999999999999999999', 'COMPLETED'],
      ['0.000000000000000001', 'FAILED'],
    ] as const;
    await small.putMany(
      'orchestrations',
      rows.map(([source_amount, status], k) =>
        orchestration(k, { source_amount, status, source_asset: 'USDC', created_at: day }),
      ),
    );
    const summary = await summarizeActivity(small, {});
    expect(summary.byStatus).toEqual([
      { status: 'COMPLETED', count: 4, usd: '2000000000000000000.299999999999999998' },
      { status: 'FAILED', count: 1, usd: '0.000000000000000001' },
    ]);
    expect(summary.days).toEqual([
      { day: '2026-03-10', asset: 'USDC', amount: '2000000000000000000.299999999999999998' },
    ]);
    await small.close();
  });

  it('reads the newest rows through one aggregate, never page by page', async () => {
    const query = vi.spyOn(cache, 'query');
    const window = vi.spyOn(cache, 'window');
    await summarizeActivity(cache, { status: ['COMPLETED', 'PROCESSING'] });
    expect(query).not.toHaveBeenCalled();
    expect(window).not.toHaveBeenCalled();
    query.mockRestore();
    window.mockRestore();
  });
});
