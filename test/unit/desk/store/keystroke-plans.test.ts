// The plans of what one Activity search keystroke runs (issue 23: keystroke → list at 100,000
// rows): the totals' aggregate reads every row it sums from the covering index orch_totals
// (migration 10), never from the row table, where a search's rows are one page each; a profile
// matched by its nickname (a column without an index) is read through its search-index tag,
// never by walking the row table to its 10,001st row. Read from the SQL the store really runs.
import type { SQLInputValue } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { localOffsets } from '../../../../main/desk/activity/local-offsets';
import { CacheStore } from '../../../../main/desk/store/cache/cache-store';
import type { RecordFilter } from '../../../../main/desk/store/cache/record-query';
import { DeskDatabase } from '../../../../main/desk/store/db/desk-database';
import { orchestration } from './orchestration-fixture';
import { closeAfterTest, useTempDirs } from './temp-dir';

const tempDir = useTempDirs('keystroke-plans-');
const PROFILE = 'a1b2c3d4-0000-4000-8000-000000000001';
const OTHER_PROFILE = 'a1b2c3d4-0000-4000-8000-000000000002';

interface Ran {
  sql: string;
  params: SQLInputValue[];
}

/** A store of 300 rows whose orchestration SQL is recorded as it runs. */
async function recordedStore() {
  const db = DeskDatabase.openIn(await tempDir());
  closeAfterTest({ close: async () => db.close() });
  const cache = new CacheStore(db);
  await cache.putMany(
    'orchestrations',
    Array.from({ length: 300 }, (_, i) =>
      orchestration(i, {
        status: ['COMPLETED', 'FAILED'][i % 2],
        ...(i % 3 === 0 ? { profile_id: OTHER_PROFILE } : {}),
        destination: { fiat: { bank_account_id: `bank-${i % 3}`, memo: `Zurich payout ${i}` } },
      }),
    ),
  );
  const ran: Ran[] = [];
  for (const method of ['all', 'get', 'iterate'] as const) {
    const run = db[method].bind(db) as (sql: string, ...p: SQLInputValue[]) => unknown;
    (db as unknown as Record<string, unknown>)[method] = (sql: string, ...p: SQLInputValue[]) => {
      if (sql.includes('orchestration_')) ran.push({ sql, params: p });
      return run(sql, ...p);
    };
  }
  const recorded = async (action: () => unknown): Promise<Ran[]> => {
    ran.length = 0;
    await action();
    return [...ran];
  };
  return { db, cache, recorded };
}

type Db = Awaited<ReturnType<typeof recordedStore>>['db'];
const plan = (db: Db, q: Ran) =>
  db.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${q.sql}`, ...q.params).map((r) => r.detail);

/**
 * What the aggregate reads from the row table itself, outside the per-row fallbacks: the
 * bytecode's column reads on the table cursor its index lookup would seek (DeferredSeek: the
 * table row is only read when a column of it is). Empty: every summed column came from the index.
 */
function tableReads(db: Db, q: Ran): string[] {
  const ops = db.all<{ opcode: string; p1: number; p3: number }>(`EXPLAIN ${q.sql}`, ...q.params);
  const deferred = ops.filter((o) => o.opcode === 'DeferredSeek').map((o) => o.p3);
  if (deferred.length === 0) return ['no index lookup deferring the table row'];
  return ops
    .filter((o) => ['Column', 'Rowid'].includes(o.opcode) && deferred.includes(o.p1))
    .map((o) => `${o.opcode} of table cursor ${o.p1}`);
}

const totals = (cache: CacheStore, filter: RecordFilter) => () =>
  cache.totals(filter, 10_000, localOffsets);
const aggregateOf = (queries: Ran[]) => queries.filter((q) => q.sql.includes('GROUP BY'));

describe('the plans of a search keystroke', () => {
  it.each<[string, RecordFilter]>([
    ['a search', { search: { text: 'zu' } }],
    ['a longer search', { search: { text: 'zurich' } }],
    ['a search + chip', { search: { text: 'zurich' }, status: 'FAILED' }],
  ])('sums the totals of %s from orch_totals alone', async (_, filter) => {
    const { db, cache, recorded } = await recordedStore();
    const aggregate = aggregateOf(await recorded(totals(cache, filter)));
    expect(aggregate).toHaveLength(1);
    expect(plan(db, aggregate[0]!)).toContain('SEARCH r USING INDEX orch_totals (ord=?)');
    expect(plan(db, aggregate[0]!).filter((l) => /^SCAN (r|orchestration_rows)\b/.test(l))).toEqual(
      [],
    );
    expect(tableReads(db, aggregate[0]!)).toEqual([]);
  });

  it('still reads the record for a ref_id to check, and the sums are the same', async () => {
    const { db, cache, recorded } = await recordedStore();
    const aggregate = aggregateOf(await recorded(totals(cache, { refId: 'desk-7' })));
    expect(plan(db, aggregate[0]!)).toContain('SEARCH r USING INDEX orch_totals (ord=?)');
    const { groups } = cache.totals({ refId: 'desk-7' }, 10_000, localOffsets);
    expect(groups.map((g) => [g.count, g.summed, g.e0, g.f9])).toEqual([[1, 1, 1007, 250000000]]);
  });

  it('cannot sum without orch_totals: dropping it fails the aggregate, never a quiet walk', async () => {
    const { db, cache } = await recordedStore();
    db.run('DROP INDEX orch_totals');
    expect(() => totals(cache, { search: { text: 'zu' } })()).toThrow(/orch_totals/);
  });

  it.each<[string, RecordFilter]>([
    ['a profile matched by its nickname', { search: { text: 'pa', profileIds: [PROFILE] } }],
    ['a profile the history never names', { search: { text: 'pa', profileIds: ['nobody'] } }],
    ['a profile alone', { profileId: OTHER_PROFILE }],
  ])('reads %s through its tag, window and capped count', async (_, filter) => {
    const { db, cache, recorded } = await recordedStore();
    const queries = await recorded(() => cache.window('orchestrations', filter, 0, 50));
    const plans = queries.map((q) => plan(db, q));
    expect(
      plans.some((p) => p[0]?.startsWith('CO-ROUTINE') || p.includes('SCAN (subquery-1)')),
    ).toBe(true);
    const all = plans.flat();
    expect(all.filter((line) => /^SCAN (r|orchestration_rows)\b/.test(line))).toEqual([]);
    expect(all.some((line) => line.includes('VIRTUAL TABLE INDEX'))).toBe(true);
  });

  it('finds the same rows for a profile through its tag as its column holds', async () => {
    const { cache } = await recordedStore();
    const byTag = await cache.window('orchestrations', { profileId: OTHER_PROFILE }, 0, 500);
    expect(byTag.total).toBe(100);
    expect(byTag.items.every((i) => i.record.profile_id === OTHER_PROFILE)).toBe(true);
    const search = await cache.window(
      'orchestrations',
      { search: { text: 'no-such-word', profileIds: [OTHER_PROFILE] } },
      0,
      500,
    );
    expect(search.items.map((i) => i.record.id)).toEqual(byTag.items.map((i) => i.record.id));
  });
});
