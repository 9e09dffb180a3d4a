// What one putMany of a page stores must be what storing its records one by one would,
// including an id repeated within the page (the last copy wins, one row), a known record
// beside new ones, and search words and ids with quotes, backslashes and non-ASCII text.
import { describe, expect, it } from 'vitest';
import { CacheStore } from '../../../../main/desk/store/cache/cache-store';
import { orchestration } from './orchestration-fixture';
import { closeAfterTest, useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

async function contents(cache: CacheStore) {
  const w = await cache.window('orchestrations', {}, 0, 100);
  return { total: w.total, records: w.items.map((i) => i.record) };
}

describe('orchestration page writes', () => {
  it('stores a page as storing its records one by one would', async () => {
    const paged = closeAfterTest(await CacheStore.open(await tempDir()));
    const single = closeAfterTest(await CacheStore.open(await tempDir()));
    const known = orchestration(1);
    const odd = orchestration(7, {
      ref_id: 'ref "quoted" \\ back',
      destination: { fiat: { memo: 'Zürich "Q1" payout\u00a0\u{1F4B8} 7' } },
    });
    const page = [
      orchestration(2),
      { ...known, status: 'COMPLETED' },
      orchestration(3),
      odd,
      { ...orchestration(2), status: 'FAILED' },
      orchestration(4),
    ];
    for (const cache of [paged, single]) await cache.put('orchestrations', known);
    expect(await paged.putMany('orchestrations', page)).toBe(page.length);
    for (const r of page) await single.put('orchestrations', r);
    expect(await contents(paged)).toEqual(await contents(single));
    expect(paged.count('orchestrations')).toBe(5);
    expect(paged.statusOf('orchestrations', orchestration(2).id)).toBe('FAILED');
    expect(paged.statusOf('orchestrations', known.id)).toBe('COMPLETED');
    for (const text of ['ref "quoted" \\ back', 'zürich q1', odd.id]) {
      const found = await paged.window('orchestrations', { search: { text } }, 0, 10);
      expect(found.items.map((i) => i.record.id)).toEqual([odd.id]);
    }
    expect((await paged.orchestrationByRefId('ref "quoted" \\ back'))?.record.id).toBe(odd.id);
    // Written again unchanged: nothing changes.
    expect(await paged.putMany('orchestrations', page.slice(1, 4))).toBe(0);
  });
});
