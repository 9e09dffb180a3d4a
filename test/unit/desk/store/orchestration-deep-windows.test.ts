// Deep Activity windows and date ranges (issue 23): a window the list scrolls to (after the
// endCursor of the window above) and one it jumps to (by offset, from the keyset anchors) hold
// exactly the rows a plain newest-first ordering gives, and their plans read the list
// positions' own index (orch_ord, migration 11): a date range's capped count and a deep window's
// skip never walk the row table, whose pages hold whole records. Dropping orch_ord fails here.
import type { SQLInputValue } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { CacheStore } from '../../../../main/desk/store/cache/cache-store';
import type { RecordFilter } from '../../../../main/desk/store/cache/record-query';
import { DeskDatabase } from '../../../../main/desk/store/db/desk-database';
import { orchestration } from './orchestration-fixture';
import { closeAfterTest, useTempDirs } from './temp-dir';

const tempDir = useTempDirs('orchestration-deep-');
const SIZE = 2600;
const STATUSES = ['COMPLETED', 'FAILED', 'PROCESSING'];
/** Record i is created at 2026-01-01 + i minutes; the list is newest first. */
const atMinute = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
const refs = (w: { items: { record: { ref_id?: unknown } }[] }) =>
  w.items.map((i) => i.record.ref_id);

/** A store of SIZE orchestrations, and the plans of the orchestration SQL an action runs. */
async function store() {
  const db = DeskDatabase.openIn(await tempDir());
  closeAfterTest({ close: async () => db.close() });
  const cache = new CacheStore(db);
  for (let from = 0; from < SIZE; from += 1300)
    await cache.putMany(
      'orchestrations',
      Array.from({ length: 1300 }, (_, k) =>
        orchestration(from + k, { status: STATUSES[(from + k) % 3] }),
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
  const plansOf = async (action: () => unknown) => {
    ran.length = 0;
    await action();
    return ran.map((q) =>
      explain<{ detail: string }>(`EXPLAIN QUERY PLAN ${q.sql}`, ...q.params).map((r) => r.detail),
    );
  };
  return { db, cache, plansOf };
}

/** The refs a plain newest-first ordering of the records `keep` selects gives at offset..+n. */
function expected(keep: (i: number) => boolean, offset: number, n: number): string[] {
  const all: string[] = [];
  for (let i = SIZE - 1; i >= 0; i -= 1) if (keep(i)) all.push(`desk-${i}`);
  return all.slice(offset, offset + n);
}

/**
 * Walks of the row table (whole records): a scan, or a range of its rowid; and unused indexes.
 * A scan of a covering index is fine: from the top of the list, it stops at its LIMIT (or it is
 * the unfiltered row count, read once).
 */
function tableWalks(plans: string[][], expectedIndex: string): string[] {
  const found = plans
    .flat()
    .filter((line) =>
      /^SCAN (r|orchestration_rows)\b(?!.*COVERING INDEX)|INTEGER PRIMARY KEY \(rowid[<>]/.test(
        line,
      ),
    );
  if (!plans.flat().some((line) => line.includes(expectedIndex)))
    found.push(`unused: ${expectedIndex}`);
  return found;
}

const MONTH: RecordFilter = { from: atMinute(700), to: atMinute(1899) };
const inMonth = (i: number) => i >= 700 && i <= 1899;

describe('deep windows and date ranges', () => {
  it('scrolls down by endCursor and jumps by offset to the same rows as a plain ordering', async () => {
    const { cache } = await store();
    for (const [filter, keep] of [
      [{}, () => true],
      [{ status: 'FAILED' }, (i: number) => i % 3 === 1],
      [MONTH, inMonth],
      // A search (a UNION of limited parts) past the anchors' first step: every memo is "wire i".
      [{ search: { text: 'wire' } }, () => true],
    ] as [RecordFilter, (i: number) => boolean][]) {
      const total = expected(keep, 0, SIZE).length;
      let after: string | undefined;
      for (let offset = 0; offset < total; offset += 100) {
        const scrolled = await cache.window('orchestrations', filter, offset, 100, after);
        const jumped = await cache.window('orchestrations', filter, offset, 100);
        const label = `${JSON.stringify(filter)} at ${offset}`;
        expect(refs(scrolled), label).toEqual(expected(keep, offset, 100));
        expect(refs(jumped), label).toEqual(refs(scrolled));
        expect(scrolled.total, label).toBe(total);
        expect(jumped.endCursor, label).toBe(scrolled.endCursor);
        after = scrolled.endCursor;
      }
      // Past the last row: nothing, by offset and by cursor.
      expect((await cache.window('orchestrations', filter, total, 100, after)).items).toEqual([]);
    }
    // Jumps off the anchors' steps (1,000 rows): the skip inside SQLite lands on the right row.
    for (const offset of [999, 1001, 1999, 2001, 2599])
      expect(refs(await cache.window('orchestrations', {}, offset, 3)), `at ${offset}`).toEqual(
        expected(() => true, offset, 3),
      );
  }, 60_000);

  it('hands out records frozen all the way down, however the window was reached', async () => {
    const { cache } = await store();
    const { endCursor } = await cache.window('orchestrations', {}, 1900, 100);
    for (const w of [
      await cache.window('orchestrations', {}, 2000, 1, endCursor),
      await cache.window('orchestrations', {}, 2345, 1),
    ]) {
      const record = w.items[0]!.record as { destination: { fiat: { memo: string } } };
      expect(() => {
        record.destination.fiat.memo = 'changed';
      }).toThrow(TypeError);
      expect(Object.isFrozen(record.destination)).toBe(true);
    }
  });

  it('refuses a cursor it did not hand out', async () => {
    const { cache } = await store();
    await expect(cache.window('orchestrations', {}, 100, 100, 'not-a-cursor')).rejects.toThrow(
      /no longer valid/,
    );
  });

  it('counts a date range and skips to a deep window through orch_ord, never the row table', async () => {
    const { cache, plansOf } = await store();
    const month = await plansOf(() => cache.window('orchestrations', MONTH, 0, 100));
    expect(month.some((p) => p[0]?.startsWith('CO-ROUTINE'))).toBe(true); // the capped count ran
    expect(tableWalks(month, 'COVERING INDEX orch_ord (ord>? AND ord<?)')).toEqual([]);
    // A jump: the anchors' steps and the skip after the nearest one, in the index.
    const jump = await plansOf(() => cache.window('orchestrations', {}, 2345, 100));
    expect(tableWalks(jump, 'COVERING INDEX orch_ord (ord>?)')).toEqual([]);
    const again = await plansOf(() => cache.window('orchestrations', {}, 2345, 100));
    expect(again.length).toBeLessThan(jump.length); // the anchors are remembered
    const { endCursor } = await cache.window('orchestrations', {}, 2245, 100);
    const scroll = await plansOf(() => cache.window('orchestrations', {}, 2345, 100, endCursor));
    expect(tableWalks(scroll, 'COVERING INDEX orch_ord (ord>?)')).toEqual([]);
  });

  it('fails these checks once orch_ord is dropped', async () => {
    const { db, cache, plansOf } = await store();
    db.run('DROP INDEX orch_ord');
    const month = await plansOf(() => cache.window('orchestrations', MONTH, 0, 100));
    expect(tableWalks(month, 'COVERING INDEX orch_ord (ord>? AND ord<?)')).not.toEqual([]);
    const jump = await plansOf(() => cache.window('orchestrations', {}, 2345, 100));
    expect(tableWalks(jump, 'COVERING INDEX orch_ord (ord>?)')).not.toEqual([]);
  });
});
