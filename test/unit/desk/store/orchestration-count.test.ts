// The Activity list's length is read from the count the triggers keep (migration 12), not
// counted at open. It must be the table's true row count after every way rows come and go: new
// records, changed ones (no new row), a delete, a transaction that fails half way, emptying the
// cache, and a file from before the count (the migration counts what is there).
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CacheStore } from '../../../../main/desk/store/cache/cache-store';
import { DATABASE_FILE, DeskDatabase } from '../../../../main/desk/store/db/desk-database';
import { orchestration } from './orchestration-fixture';
import { closeAfterTest, useTempDirs } from './temp-dir';

const tempDir = useTempDirs('orchestration-count-');
const fetchedAt = '2026-01-02T00:00:00.000Z';

/** The count as a newly opened store reads it (nothing remembered), beside the table's count(*). */
function counts(dir: string): { kept: number; rows: number } {
  const db = DeskDatabase.openIn(dir);
  try {
    const kept = new CacheStore(db).count('orchestrations');
    const rows = Number(db.get<{ n: number }>('SELECT count(*) AS n FROM orchestration_rows')?.n);
    return { kept, rows };
  } finally {
    db.close();
  }
}

describe('the orchestration count', () => {
  it('follows every insert and delete, and a failed transaction leaves it as it was', async () => {
    const dir = await tempDir();
    const db = DeskDatabase.openIn(dir);
    closeAfterTest({ close: async () => db.close() });
    const cache = new CacheStore(db);
    await cache.putMany(
      'orchestrations',
      Array.from({ length: 50 }, (_, i) => orchestration(i)),
      {
        fetchedAt,
      },
    );
    // Ten changed (no new rows), ten new.
    await cache.putMany(
      'orchestrations',
      Array.from({ length: 20 }, (_, i) => orchestration(40 + i, { status: 'COMPLETED' })),
      { fetchedAt },
    );
    await cache.delete('orchestrations', orchestration(3).id);
    expect(() =>
      db.transaction(() => {
        db.run(
          "INSERT INTO orchestration_rows (ord, changed_ms, status, in_flight, asset, record) VALUES (-1, 0, 0, 0, 0, '{}')",
        );
        throw new Error('the write fails half way');
      }),
    ).toThrow('half way');
    expect(cache.count('orchestrations')).toBe(59);
    db.close();
    expect(counts(dir)).toEqual({ kept: 59, rows: 59 });
  });

  it('is zero after the cache is emptied', async () => {
    const dir = await tempDir();
    const db = DeskDatabase.openIn(dir);
    const cache = new CacheStore(db);
    await cache.putMany(
      'orchestrations',
      Array.from({ length: 30 }, (_, i) => orchestration(i)),
      {
        fetchedAt,
      },
    );
    await cache.clear();
    await cache.putMany('orchestrations', [orchestration(7)], { fetchedAt });
    db.close();
    expect(counts(dir)).toEqual({ kept: 1, rows: 1 });
  });

  it('counts what a file from before it holds, once, when it is migrated', async () => {
    const dir = await tempDir();
    const db = DeskDatabase.openIn(dir);
    await new CacheStore(db).putMany(
      'orchestrations',
      Array.from({ length: 25 }, (_, i) => orchestration(i)),
      { fetchedAt },
    );
    db.close();
    // What version 11 left: no count, no triggers.
    const raw = new DatabaseSync(join(dir, DATABASE_FILE));
    raw.exec(`DROP TRIGGER orchestration_count_up; DROP TRIGGER orchestration_count_down;
      DROP TABLE orchestration_count; PRAGMA user_version = 11;`);
    raw.close();
    expect(counts(dir)).toEqual({ kept: 25, rows: 25 });
  });

  it('is read from its own row at open, never by walking orchestration_rows', async () => {
    const db = DeskDatabase.openIn(await tempDir());
    closeAfterTest({ close: async () => db.close() });
    const ran: string[] = [];
    const get = db.get.bind(db);
    db.get = ((sql: string, ...params: never[]) => {
      ran.push(sql);
      return get(sql, ...params);
    }) as typeof db.get;
    new CacheStore(db).count('orchestrations');
    const counting = ran.filter((sql) => sql.includes('orchestration_'));
    expect(counting.length).toBe(1);
    const plan = db
      .all<{ detail: string }>(`EXPLAIN QUERY PLAN ${counting[0]!}`)
      .map((r) => r.detail);
    expect(plan.join('\n')).toMatch(/SEARCH orchestration_count USING INTEGER PRIMARY KEY/);
    expect(plan.join('\n')).not.toMatch(/orchestration_rows/);
  });
});
