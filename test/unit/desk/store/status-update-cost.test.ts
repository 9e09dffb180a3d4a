// Measurement, not a timing test: how many bytes one orchestration status update writes when
// the cache already holds 1,000 and 100,000 orchestrations. The design needs this to be O(1):
// the same small number at both sizes, far below the size of the cache file.
import { stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CacheStore } from '../../../../main/desk/store/cache/cache-store';
import { orchestration } from './orchestration-fixture';
import { closeAfterTest, useTempDirs } from './temp-dir';

const tempDir = useTempDirs();
const UPDATES = 200;
async function measure(cached: number) {
  const cache = closeAfterTest(await CacheStore.open(await tempDir()));
  for (let start = 0; start < cached; start += 10_000) {
    const batch = Array.from({ length: Math.min(10_000, cached - start) }, (_, i) => orchestration(start + i));
    await cache.putMany('orchestrations', batch);
  }
  const { path } = cache.stats('orchestrations');
  const fileBefore = (await stat(path)).size;
  const writtenBefore = cache.stats('orchestrations').bytesWritten;
  for (let n = 0; n < UPDATES; n += 1) {
    const i = (n * 7919) % cached; // spread over the whole cache
    await cache.put('orchestrations', orchestration(i, { status: 'COMPLETED', updated_at: `2026-06-01T00:00:${n % 60}Z` }));
  }
  const fileGrowth = (await stat(path)).size - fileBefore;
  const written = cache.stats('orchestrations').bytesWritten - writtenBefore;
  return { fileBefore, fileGrowthPerUpdate: fileGrowth / UPDATES, writtenPerUpdate: written / UPDATES };
}

describe('orchestration status update cost', () => {
  it('appends a bounded, cache-size-independent number of bytes per update (1,000 and 100,000 cached)', async () => {
    const perUpdate: number[] = [];
    for (const cached of [1_000, 100_000]) {
      const m = await measure(cached);
      console.info(
        `[status-update-cost] cached=${cached} cacheFile=${m.fileBefore}B ` +
          `fileGrowth/update=${m.fileGrowthPerUpdate}B written/update=${m.writtenPerUpdate}B`,
      );
      expect(m.fileGrowthPerUpdate).toBeLessThan(2048);
      // bytesWritten counts compactions too: no hidden whole-file rewrite either.
      expect(m.writtenPerUpdate).toBeLessThan(2048);
      perUpdate.push(m.writtenPerUpdate);
    }
    // Same cost at 100x the records: it does not grow with the cache.
    expect(perUpdate[1]! / perUpdate[0]!).toBeLessThan(1.1);
  }, 120_000);
});
