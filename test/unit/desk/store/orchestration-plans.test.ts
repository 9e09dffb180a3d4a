// The plans of the queries the desk runs every sync cycle and of each combined Activity filter,
// read with EXPLAIN QUERY PLAN from the SQL the store really runs: each reads an index range
// (or the search index, words and tags in one MATCH), never every row of orchestration_rows,
// never one row per search match. A schema change that drops an index these rely on fails
// here (the last test drops three and sees the check fail), not in a slow Activity at 1M rows.
import type { SQLInputValue } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { localOffsets } from '../../../../main/desk/activity/local-offsets';
import { CacheStore } from '../../../../main/desk/store/cache/cache-store';
import type { RecordFilter } from '../../../../main/desk/store/cache/record-query';
import { DeskDatabase } from '../../../../main/desk/store/db/desk-database';
import { orchestration } from './orchestration-fixture';
import { closeAfterTest, useTempDirs } from './temp-dir';

const tempDir = useTempDirs('orchestration-plans-');
const RULE = 'rule-1';
const BANK = 'bank-2';

/** A store over a database whose orchestration SQL is recorded as it runs. */
async function recordedStore() {
  const db = DeskDatabase.openIn(await tempDir());
  closeAfterTest({ close: async () => db.close() });
  const cache = new CacheStore(db);
  await cache.putMany(
    'orchestrations',
    Array.from({ length: 300 }, (_, i) =>
      orchestration(i, {
        status: ['COMPLETED', 'FAILED', 'PROCESSING'][i % 3],
        source_asset: ['USDC', 'USDG', 'PYUSD'][i % 4 === 0 ? 0 : (i % 3) % 3],
        ...(i % 5 === 0 ? { orchestration_rule_id: RULE } : {}),
        destination: { fiat: { bank_account_id: `bank-${i % 3}`, memo: `Zurich payout ${i}` } },
      }),
    ),
  );
  const ran: { sql: string; params: SQLInputValue[] }[] = [];
  const explain = db.all.bind(db);
  for (const method of ['all', 'get', 'iterate'] as const) {
    const run = db[method].bind(db) as (sql: string, ...p: SQLInputValue[]) => unknown;
    (db as unknown as Record<string, unknown>)[method] = (sql: string, ...p: SQLInputValue[]) => {
      if (sql.includes('orchestration_')) ran.push({ sql, params: p });
      return run(sql, ...p);
    };
  }
  /** The plan of every orchestration query `action` ran, one list of lines per query. */
  const plansOf = async (action: () => unknown) => {
    ran.length = 0;
    await action();
    return ran.map((q) =>
      explain<{ detail: string }>(`EXPLAIN QUERY PLAN ${q.sql}`, ...q.params).map((r) => r.detail),
    );
  };
  return { db, cache, plansOf };
}

/** What is wrong with these plans: an expected index unused, a full scan, a row read per match. */
function problems(plans: string[][], expected: readonly string[]): string[] {
  const found: string[] = [];
  if (plans.length === 0) found.push('no query ran');
  for (const plan of plans) {
    for (const [k, line] of plan.entries()) {
      if (/^SCAN (r|orchestration_rows)\b/.test(line)) found.push(`full scan: ${line}`);
      if (/VIRTUAL TABLE/.test(line) && /^SEARCH r\b/.test(plan[k + 1] ?? ''))
        found.push(`a row read per search match: ${plan[k + 1]}`);
    }
  }
  const all = plans.flat().join('\n');
  for (const want of expected) if (!all.includes(want)) found.push(`unused: ${want}`);
  return found;
}

const DAY = 24 * 60 * 60 * 1000;
const window = (cache: CacheStore, filter: RecordFilter) => () =>
  cache.window('orchestrations', filter, 0, 50);
const recent = (cache: CacheStore, sinceMs: number) => () =>
  cache.query(
    'orchestrations',
    { inFlightOrChangedSince: new Date(sinceMs).toISOString() },
    { limit: 200 },
  );
/** The Activity totals' one aggregate (issue 23), as activity-summary.ts asks for it. */
const totals = (cache: CacheStore, filter: RecordFilter) => () =>
  cache.totals(filter, 10_000, localOffsets);
const QUIET = Date.UTC(2027, 0, 1); // nothing changed since: only the in-flight side has rows
const BUSY = Date.UTC(2026, 0, 1) - DAY; // everything changed since
const TAGS = 'VIRTUAL TABLE INDEX';

describe('orchestration query plans', () => {
  it('reads the recent set as two index ranges, on a quiet day and on a busy one', async () => {
    const { cache, plansOf } = await recordedStore();
    for (const since of [QUIET, BUSY]) {
      const plans = await plansOf(recent(cache, since));
      expect(problems(plans, ['orch_in_flight', 'orch_changed'])).toEqual([]);
    }
  });

  it('reads the in-flight ids, an id or ref_id, and a status by id through their indexes', async () => {
    const { cache, plansOf } = await recordedStore();
    const inFlight = await plansOf(() => cache.inFlightOrchestrationIds());
    expect(problems(inFlight, ['USING INDEX orch_in_flight'])).toEqual([]);
    const keys = [
      'orchestration_ids USING PRIMARY KEY',
      'orchestration_ids_recent USING PRIMARY KEY',
    ];
    const byRef = await plansOf(() => cache.orchestrationByRefId('desk-7'));
    expect(problems(byRef, [...keys, 'INTEGER PRIMARY KEY (rowid=?)'])).toEqual([]);
    const status = await plansOf(() => cache.statusOf('orchestrations', orchestration(7).id));
    expect(problems(status, keys)).toEqual([]);
    const byId = await plansOf(() => cache.get('orchestrations', orchestration(7).id));
    expect(problems(byId, keys)).toEqual([]);
  });

  it('walks one chip along its column index, with a date range as a range of it', async () => {
    const { cache, plansOf } = await recordedStore();
    expect(problems(await plansOf(window(cache, { status: 'FAILED' })), ['orch_status'])).toEqual(
      [],
    );
    const month = { status: 'FAILED', from: '2026-01-01T01:00:00Z', to: '2026-01-01T03:00:00Z' };
    expect(
      problems(await plansOf(window(cache, month)), [
        'orch_status (status=? AND rowid>? AND rowid<?)',
      ]),
    ).toEqual([]);
    expect(problems(await plansOf(window(cache, { ruleId: RULE })), ['orch_rule'])).toEqual([]);
    // "Started from the app" (no rule): the NULL range of the same index, not a walk of every row.
    const adhoc = (await plansOf(window(cache, { adhoc: true }))).flat();
    expect(problems([adhoc], ['orch_rule (rule=?'])).toEqual([]);
    expect(adhoc.filter((line) => /MULTI-INDEX OR|TEMP B-TREE FOR ORDER BY/.test(line))).toEqual(
      [],
    );
  });

  it.each<[string, RecordFilter]>([
    ['chip + chip', { status: 'FAILED', assets: ['USDC'] }],
    ['rule + chip', { ruleId: RULE, status: 'FAILED' }],
    ['started from the app + chip', { adhoc: true, assets: ['USDC'] }],
    ['two values of one chip', { status: ['FAILED', 'PROCESSING'] }],
    [
      'chip + chip + date range',
      { status: 'FAILED', assets: ['USDC'], from: '2026-01-01T01:00:00Z' },
    ],
    ['search + chip', { search: { text: 'zurich' }, status: 'FAILED' }],
    ['search + rule', { search: { text: 'zurich' }, ruleId: RULE }],
    [
      'search + two chips',
      { search: { text: 'zurich payout' }, status: 'FAILED', assets: ['USDC'] },
    ],
    [
      'bank account (by its label) + chip',
      { search: { text: 'chase', bankAccountIds: [BANK] }, status: 'FAILED' },
    ],
    [
      'rule (by its nickname) + chip',
      { search: { text: 'sweep', ruleIds: [RULE] }, status: 'FAILED' },
    ],
    [
      'profile (by its nickname) + chip',
      {
        search: { text: 'payroll', profileIds: ['a1b2c3d4-0000-4000-8000-000000000001'] },
        status: 'FAILED',
      },
    ],
    [
      'an amount as a statement writes it + chip',
      { search: { text: '$1,007.25 USDG' }, status: 'FAILED' },
    ],
    [
      'bank account span + chip',
      {
        search: {
          text: 'chase',
          bankAccountSpans: [{ id: BANK, fromMs: Date.UTC(2026, 0, 1, 1) }],
        },
        status: 'FAILED',
      },
    ],
  ])('reads %s as one MATCH of words and tags, window and capped count', async (_, filter) => {
    const { cache, plansOf } = await recordedStore();
    const plans = await plansOf(window(cache, filter));
    expect(plans.some((p) => p[0]?.startsWith('CO-ROUTINE'))).toBe(true); // the capped count ran
    expect(problems(plans, [TAGS])).toEqual([]);
  });

  it.each<[string, RecordFilter, string]>([
    ['a chip', { status: 'FAILED' }, 'orch_status'],
    ['a rule', { ruleId: RULE }, 'orch_rule'],
    [
      'a date range',
      { from: '2026-01-01T01:00:00Z', to: '2026-01-01T03:00:00Z' },
      // A range of ords: the list positions' own index (migration 11) is the narrowest.
      'COVERING INDEX orch_ord (ord>? AND ord<?)',
    ],
    ['chip + chip', { status: 'FAILED', assets: ['USDC'] }, TAGS],
    ['search + chip', { search: { text: 'zurich' }, status: 'FAILED' }, TAGS],
    [
      'bank account (by its label) + chip',
      { search: { text: 'chase', bankAccountIds: [BANK] }, status: 'FAILED' },
      TAGS,
    ],
  ])(
    'sums the totals of %s in one aggregate over the rows its index picks',
    async (_, f, index) => {
      const { cache, plansOf } = await recordedStore();
      const plans = await plansOf(totals(cache, f));
      const aggregate = plans.filter((p) => p.some((line) => line.includes('GROUP BY')));
      expect(aggregate).toHaveLength(1);
      // Each row the filter keeps is read by its ord, never by a walk of the table.
      // Read from the totals' covering index (migration 10, keystroke-plans.test.ts).
      expect(aggregate[0]).toContain('SEARCH r USING INDEX orch_totals (ord=?)');
      expect(problems(plans, [index])).toEqual([]);
    },
  );

  it.each<[string, (c: CacheStore) => () => unknown, string[]]>([
    ['orch_in_flight', (c) => recent(c, QUIET), ['orch_in_flight', 'orch_changed']],
    ['orch_changed', (c) => recent(c, BUSY), ['orch_in_flight', 'orch_changed']],
    ['orch_status', (c) => window(c, { status: 'FAILED' }), ['orch_status']],
    ['orch_rule', (c) => totals(c, { ruleId: RULE }), ['orch_rule']],
  ])('fails these checks once %s is dropped', async (index, action, expected) => {
    const { db, cache, plansOf } = await recordedStore();
    expect(problems(await plansOf(action(cache)), expected)).toEqual([]);
    db.run(`DROP INDEX ${index}`);
    expect(problems(await plansOf(action(cache)), expected)).not.toEqual([]);
  });
});
