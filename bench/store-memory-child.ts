// Child process of the store benchmark: holds one way of keeping the 100,000-orchestration
// cache, then prints its memory as one JSON line. A fresh process per measurement, so what the
// parent allocated (seeding, earlier measurements) never counts.
//   node --expose-gc --import tsx bench/store-memory-child.ts <mode> <path>
import { readFile } from 'node:fs/promises';
import { CacheStore } from '../main/desk/store/cache/cache-store';
import { CacheStore as JournalCacheStore } from './journal-0.1.0/cache-store';
import { manualTimers } from '../test/integration/desk/desk-fixture';
import { createTestRuntime } from '../test/support/test-runtime';

export type MemoryMode = 'idle' | 'cache' | 'journal' | 'naive' | 'runtime';
export interface MemoryReport {
  rss: number;
  heapUsed: number;
}

async function hold(mode: MemoryMode, path: string): Promise<{ release(): Promise<void> }> {
  switch (mode) {
    case 'idle': // the same modules loaded, nothing opened: the floor of every other mode
      return { release: async () => undefined };
    case 'cache': {
      // What the desk keeps: the SQLite store (small collections in memory, orchestrations on disk).
      const cache = await CacheStore.open(path);
      await cache.window('orchestrations', {}, 0, 100);
      return { release: () => cache.close() };
    }
    case 'journal': {
      // The 0.1.0 store: its in-memory index of every record.
      const cache = await JournalCacheStore.open(path);
      await cache.window('orchestrations', {}, 0, 100);
      return { release: () => cache.close() };
    }
    case 'naive': {
      const records: unknown = JSON.parse(await readFile(path, 'utf8'));
      return { release: async () => void records };
    }
    case 'runtime': {
      // main's composition root on the seeded data folder, after its first full sync.
      const test = await createTestRuntime({
        dataDir: path,
        settings: { onboarded: true },
        runtime: { timers: manualTimers },
      });
      await test.runtime.environments.desk.refreshNow();
      return { release: () => test.close() };
    }
  }
}

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  gc();
  gc();
}

const isMain = process.argv[1]?.endsWith('store-memory-child.ts');
if (isMain) {
  const [mode, path] = process.argv.slice(2) as [MemoryMode, string];
  const held = await hold(mode, path);
  collect();
  const { rss, heapUsed } = process.memoryUsage();
  const report: MemoryReport = { rss, heapUsed };
  console.log(JSON.stringify(report));
  await held.release();
  process.exit(0);
}
