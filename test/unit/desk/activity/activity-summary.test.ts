// Issue 23: the Activity summary reads keyset pages, yields between them and is kept per filter
// until the database is written to. Its totals stay exactly those of the old computation (every
// row of the filtered window, summed with decimal.js), on random data, capped or not.
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

/** A seeded generator: the same "random" rows on every run. */
function random(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function amount(next: () => number): string {
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
    const { items, total } = await cache.window('orchestrations', filter, offset, 1000);
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
    if (offset + 1000 >= SUMMARY_MAX_ROWS && total > SUMMARY_MAX_ROWS) capped = true;
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
          created_at: new Date(Date.UTC(2024, 0, 1) + Math.floor(next() * 9e10)).toISOString(),
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
];

describe('summarizeActivity', () => {
  it.each(filters)('equals the old computation for %j', async (filter) => {
    expect(await summarizeActivity(cache, filter)).toEqual(await oldSummary(cache, filter));
  });

  it('the unfiltered summary is capped, as before', async () => {
    expect((await summarizeActivity(cache, {})).capped).toBe(true);
  });

  it('is kept per filter until the database is written to', async () => {
    const filter = { assets: ['USDG'] };
    const first = await summarizeActivity(cache, filter);
    const query = vi.spyOn(cache, 'query');
    expect(await summarizeActivity(cache, filter)).toBe(first);
    expect(query).not.toHaveBeenCalled();
    await cache.put('orchestrations', orchestration(ROWS + 1, { source_asset: 'USDG' }));
    const after = await summarizeActivity(cache, filter);
    expect(query).toHaveBeenCalled();
    expect(after.count).toBe(first.count + 1);
    expect(after).toEqual(await oldSummary(cache, filter));
    query.mockRestore();
  });

  it('lets the event loop run between its pages', async () => {
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns += 1;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    await summarizeActivity(cache, { status: ['COMPLETED', 'FAILED', 'PROCESSING'] });
    ticking = false;
    expect(turns).toBeGreaterThanOrEqual(5);
  });
});
