// The exact-id keys in two B-trees (orchestration-id-keys.ts): however the keys are split
// between the small tree and the large one, every id of every stored orchestration is found,
// each key is stored once, and no key outlives the id it was for (a change within one page, a
// removed row, a write that failed and rolled back).
import { describe, expect, it } from 'vitest';
import { CacheStore } from '../../../../main/desk/store/cache/cache-store';
import { RECENT_KEYS_LIMIT } from '../../../../main/desk/store/cache/orchestration-id-keys';
import type { DeskDatabase } from '../../../../main/desk/store/db/desk-database';
import { openEnvironmentDatabase } from '../../../../main/desk/store/carry-over/environment-database';
import { sqliteDiskError } from '../../../../main/desk/store/db/storage-faults';
import { orchestration } from './orchestration-fixture';
import { closeAfterTest, useTempDirs } from './temp-dir';

const tempDir = useTempDirs('desk-id-keys-');

type Record = ReturnType<typeof orchestration>;
const transferIds = (r: Record) =>
  [r.source_transfer, r.destination_transfer].map(
    (t) => (t as { transfer_id: string }).transfer_id,
  );

function keyCounts(db: DeskDatabase): { large: number; small: number } {
  const n = (table: string) =>
    Number(db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`)?.n);
  return { large: n('orchestration_ids'), small: n('orchestration_ids_recent') };
}

async function found(cache: CacheStore, text: string): Promise<string[]> {
  return (await cache.window('orchestrations', { search: { text } }, 0, 10)).items.map(
    (i) => i.record.id,
  );
}

/** Fails the commit, or the search-word write of the page's second record (mid-page). */
async function openStore(faults?: { fail?: 'commit' | 'mid-page' }) {
  let words = 0;
  const db = await openEnvironmentDatabase(await tempDir(), {
    faults: {
      before: (point, sql) => {
        if (faults?.fail === 'commit' && point === 'commit') throw sqliteDiskError('EIO');
        if (faults?.fail === 'mid-page' && sql?.startsWith('INSERT INTO orchestration_words'))
          if ((words += 1) === 2) throw sqliteDiskError('ENOSPC');
      },
    },
  });
  return { db, cache: closeAfterTest(new CacheStore(db, undefined, true)) };
}

describe('orchestration id keys', () => {
  it('finds every id while new keys move from the small tree to the large one', async () => {
    const { db, cache } = await openStore();
    const count = Math.ceil((RECENT_KEYS_LIMIT * 1.5) / 4 / 1000) * 1000;
    const records: Record[] = [];
    for (let from = 0; from < count; from += 1000) {
      const page = Array.from({ length: 1000 }, (_, k) => orchestration(from + k));
      records.push(...page);
      await cache.putMany('orchestrations', page);
    }
    const keys = keyCounts(db);
    // Four ids each (own id, ref_id, two transfer ids), each key once, split across both trees.
    expect(keys.large + keys.small).toBe(records.length * 4);
    expect(keys.small).toBeLessThanOrEqual(RECENT_KEYS_LIMIT);
    expect(keys.large).toBeGreaterThan(0);
    for (const r of records.filter((_, i) => i % 499 === 0)) {
      expect((await cache.get('orchestrations', r.id))?.record).toEqual(r);
      expect((await cache.orchestrationByRefId(String(r.ref_id)))?.record.id).toBe(r.id);
      for (const text of [r.id, ...transferIds(r)])
        expect(await found(cache, text)).toEqual([r.id]);
    }
  });

  it('keeps no key for an id a record lost, in the same page or later', async () => {
    const { db, cache } = await openStore();
    const first = orchestration(1);
    const changed = {
      ...first,
      destination_transfer: { transfer_id: 'wire-2-replaced', status: 'COMPLETED' },
    };
    // The same orchestration twice in one page: the second copy drops a transfer id.
    await cache.putMany('orchestrations', [first, orchestration(2), changed]);
    expect(await found(cache, transferIds(first)[1]!)).toEqual([]);
    expect(await found(cache, 'wire-2-replaced')).toEqual([first.id]);
    expect(keyCounts(db).small + keyCounts(db).large).toBe(8);
    // A later page moves it in the list (created_at changed): keys follow it, none are left.
    await cache.putMany('orchestrations', [{ ...changed, created_at: '2027-01-01T00:00:00.000Z' }]);
    expect(await found(cache, 'wire-2-replaced')).toEqual([first.id]);
    expect(keyCounts(db).small + keyCounts(db).large).toBe(8);
    await cache.replaceAll('orchestrations', [orchestration(2)]);
    expect(await found(cache, first.id)).toEqual([]);
    expect(keyCounts(db).small + keyCounts(db).large).toBe(4);
  });

  it.each(['commit', 'mid-page'] as const)(
    'keeps no key of a page whose write failed (%s)',
    async (where) => {
      const faults: { fail?: 'commit' | 'mid-page' } = {};
      const { db, cache } = await openStore(faults);
      await cache.putMany('orchestrations', [orchestration(1)]);
      faults.fail = where;
      await expect(
        cache.putMany('orchestrations', [orchestration(2), orchestration(3)]),
      ).rejects.toThrow();
      delete faults.fail;
      await cache.putMany('orchestrations', [orchestration(4)]);
      expect(await found(cache, orchestration(2).id)).toEqual([]);
      expect(await cache.orchestrationByRefId(String(orchestration(3).ref_id))).toBeUndefined();
      expect(keyCounts(db).small + keyCounts(db).large).toBe(8);
    },
  );
});
