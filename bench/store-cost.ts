// Store cost: the SQLite store (ours) beside the 0.1.0 journal store it replaced (a frozen copy
// in bench/journal-0.1.0), holding the same orchestrations: bulk load, cold start (open + the
// first 100 Activity rows), memory of a process holding the store (child processes), disk
// size against the JSON held, one status update, each Activity filter and search, a deep
// scroll, and the scans every sync cycle makes. `npm run bench` runs 1,000 and 100,000;
// `npm run bench:scale` runs 1,000,000 (bench/scale.ts).
import { execFile } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CacheStore } from '../main/desk/store/cache/cache-store';
import type { PaxosRecord } from '../main/desk/store/cache/cache-records';
import { environmentDir } from '../main/desk/store/environment-dir';
import { CacheStore as JournalCacheStore } from './journal-0.1.0/cache-store';
import { cachedOrchestration, cachedOrchestrations } from './orchestration-records';
import type { MemoryMode, MemoryReport } from './store-memory-child';
import { queries, RECENT_SINCE } from './store-workload';
import {
  benchDir,
  fmtBytes,
  fmtCount,
  fmtMs,
  median,
  repoRoot,
  row,
  scratchDir,
  seededRandom,
  timeMs,
  type GroupOptions,
  type GroupResult,
  type Headline,
  type ResultRow,
} from './stats';

/** One Paxos page: the first sync stores each page in one transaction. */
const PAGE = 1000;

async function sizeOf(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

interface Seeded {
  oursMs: number;
  journalMs: number;
  jsonBytes: number;
}

/**
 * Loads the same records into both stores, page by page: ours first, then the journal, each
 * alone (interleaved, the journal's heap of ~600 MB at 1,000,000 made V8 collect during our
 * pages, and its collections were counted as ours).
 */
async function seed(oursDir: string, journalDir: string, size: number): Promise<Seeded> {
  const fetchedAt = new Date().toISOString();
  let jsonBytes = 0;
  const load = async (store: AnyStore, countBytes: boolean): Promise<number> => {
    let ms = 0;
    for (let from = 0; from < size; from += PAGE) {
      const records = cachedOrchestrations(from, Math.min(size, from + PAGE));
      if (countBytes) for (const r of records) jsonBytes += Buffer.byteLength(JSON.stringify(r));
      ms += await timeMs(() => store.putMany('orchestrations', records, { fetchedAt }));
    }
    await store.setAsOf('orchestrations', fetchedAt);
    await store.close();
    return ms;
  };
  const oursMs = await load(await CacheStore.open(oursDir), true);
  const journalMs = await load(await JournalCacheStore.open(journalDir), false);
  return { oursMs, journalMs, jsonBytes };
}

function statusUpdate(i: number, n: number): PaxosRecord {
  return {
    ...cachedOrchestration(i),
    status: n % 2 ? 'COMPLETED' : 'FAILED',
    updated_at: new Date(Date.UTC(2026, 1, 1) + n * 1000).toISOString(),
  };
}

type AnyStore = CacheStore | JournalCacheStore;
const openStore = (kind: 'ours' | 'journal', dir: string): Promise<AnyStore> =>
  kind === 'ours' ? CacheStore.open(dir) : JournalCacheStore.open(dir);

async function coldStart(kind: 'ours' | 'journal', dir: string, runs: number): Promise<number> {
  const times: number[] = [];
  for (let r = 0; r < runs; r += 1) {
    let store: AnyStore | undefined;
    times.push(
      await timeMs(async () => {
        store = await openStore(kind, dir);
        await store.window('orchestrations', {}, 0, 100);
      }),
    );
    await store?.close();
  }
  return median(times);
}

async function medianOf(
  runs: number,
  fn: (n: number) => Promise<unknown> | unknown,
): Promise<number> {
  await fn(-1); // warm-up
  const times: number[] = [];
  for (let n = 0; n < runs; n += 1) times.push(await timeMs(() => fn(n)));
  return median(times);
}

const execFileAsync = promisify(execFile);
async function childMemory(mode: MemoryMode, path: string): Promise<MemoryReport> {
  const { stdout } = await execFileAsync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(benchDir, 'store-memory-child.ts'), mode, path],
    { cwd: repoRoot, maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout.trim().split('\n').pop()!) as MemoryReport;
}

export async function storeCostAt(sizes: readonly number[], quick: boolean): Promise<GroupResult> {
  const rows: ResultRow[] = [];
  const headlines: Headline[] = [];
  const notes: string[] = [];
  const scratch = await scratchDir('store');
  try {
    for (const size of sizes) {
      const label = `${fmtCount(size)} orchestrations`;
      const oursDir = environmentDir(join(scratch.path, `ours-${size}`), 'demo');
      const journalDir = environmentDir(join(scratch.path, `journal-${size}`), 'demo');
      const seeded = await seed(oursDir, journalDir, size);
      rows.push(
        row(
          'Bulk load (pages of 1,000, one transaction each)',
          label,
          fmtMs(seeded.oursMs),
          fmtMs(seeded.journalMs),
          seeded.journalMs / seeded.oursMs,
        ),
      );
      const oursDisk = await sizeOf(oursDir);
      const journalDisk = await sizeOf(journalDir);
      rows.push(
        row(
          `Disk (JSON held: ${fmtBytes(seeded.jsonBytes)})`,
          label,
          `${fmtBytes(oursDisk)} (${(oursDisk / seeded.jsonBytes).toFixed(2)}× JSON)`,
          `${fmtBytes(journalDisk)} (${(journalDisk / seeded.jsonBytes).toFixed(2)}× JSON)`,
          journalDisk / oursDisk,
        ),
      );
      const runs = quick ? 3 : size >= 1_000_000 ? 3 : 7;
      const coldOurs = await coldStart('ours', oursDir, runs);
      const coldJournal = await coldStart('journal', journalDir, size >= 1_000_000 ? 1 : runs);
      rows.push(
        row(
          'Cold start: open + first 100 Activity rows',
          label,
          fmtMs(coldOurs),
          fmtMs(coldJournal),
          coldJournal / coldOurs,
        ),
      );
      if (size >= 100_000) {
        const memOurs = await childMemory('cache', oursDir);
        const memJournal = await childMemory('journal', journalDir);
        const idle = await childMemory('idle', oursDir);
        rows.push(
          row(
            'JS heap of a process holding the store (idle process subtracted)',
            label,
            fmtBytes(memOurs.heapUsed - idle.heapUsed),
            fmtBytes(memJournal.heapUsed - idle.heapUsed),
            (memJournal.heapUsed - idle.heapUsed) / Math.max(1, memOurs.heapUsed - idle.heapUsed),
          ),
        );
        rows.push(
          row(
            'RSS of a process holding the store',
            label,
            fmtBytes(memOurs.rss),
            fmtBytes(memJournal.rss),
            memJournal.rss / memOurs.rss,
          ),
        );
      }

      const ours = await CacheStore.open(oursDir);
      const journal = await JournalCacheStore.open(journalDir);
      const random = seededRandom(size);
      const pick = () => Math.floor(random() * size);
      const updates = quick ? 21 : 101;
      const upOurs = await medianOf(updates, (n) =>
        ours.put('orchestrations', statusUpdate(pick(), n + 1)),
      );
      const upJournal = await medianOf(updates, (n) =>
        journal.put('orchestrations', statusUpdate(pick(), n + 1)),
      );
      rows.push(
        row(
          'One status update (median)',
          label,
          fmtMs(upOurs),
          fmtMs(upJournal),
          upJournal / upOurs,
        ),
      );
      const reps = quick ? 3 : size >= 1_000_000 ? 5 : 11;
      for (const q of queries) {
        const oneChar = q.name.includes('1 character');
        const tOurs = oneChar
          ? 0
          : await medianOf(reps, () => ours.window('orchestrations', q.ours, 0, 100));
        const tJournal = await medianOf(size >= 1_000_000 ? 2 : reps, () =>
          journal.window('orchestrations', q.journal, 0, 100),
        );
        const shown = oneChar ? 0 : await ours.window('orchestrations', q.ours, 0, 100);
        const count = oneChar
          ? 'asks for 2+ characters'
          : `${shown && shown.totalCapped ? `${fmtCount(shown.total)}+` : fmtCount(shown ? shown.total : 0)} rows`;
        rows.push(
          row(
            `Activity window (100 rows + count): ${q.name}, ours ${count}`,
            label,
            oneChar ? '0 ms (not run)' : fmtMs(tOurs),
            fmtMs(tJournal),
            oneChar ? undefined : tJournal / tOurs,
          ),
        );
      }
      const deepOurs = await medianOf(reps, (n) =>
        ours.window('orchestrations', {}, Math.floor(size / 2) + (n + 1) * 1000, 100),
      );
      const deepJournal = await medianOf(size >= 1_000_000 ? 2 : reps, (n) =>
        journal.window('orchestrations', {}, Math.floor(size / 2) + (n + 1) * 1000, 100),
      );
      rows.push(
        row(
          'Activity window deep in the list (offset = half the rows)',
          label,
          fmtMs(deepOurs),
          fmtMs(deepJournal),
          deepJournal / deepOurs,
        ),
      );
      const scansOurs = await medianOf(reps * 3, async () => {
        ours.inFlightOrchestrationIds();
        ours.hasStatus('fiatAccounts', 'PENDING');
        await ours.query(
          'orchestrations',
          { inFlightOrChangedSince: RECENT_SINCE },
          { limit: 200 },
        );
      });
      const scansJournal = await medianOf(reps, async () => {
        journal.inFlightOrchestrationIds();
        journal.hasStatus('fiatAccounts', 'PENDING');
        await journal.query(
          'orchestrations',
          {
            where: (s) =>
              (s.status !== 'COMPLETED' && s.status !== 'FAILED') ||
              (s.updatedAt ?? s.createdAt ?? '') >= RECENT_SINCE,
          },
          { limit: 200 },
        );
      });
      rows.push(
        row(
          'Scans of every sync cycle: in flight, pending accounts, recent 24 h',
          label,
          fmtMs(scansOurs),
          fmtMs(scansJournal),
          scansJournal / scansOurs,
        ),
      );
      await ours.close();
      await journal.close();
      if (size === Math.max(...sizes)) {
        headlines.push({
          key: 'store-cold',
          label: `Cold start, ${label}`,
          ratio: coldJournal / coldOurs,
          ours: fmtMs(coldOurs),
          baseline: fmtMs(coldJournal),
        });
        headlines.push({
          key: 'store-scans',
          label: `Sync-cycle scans, ${label}`,
          ratio: scansJournal / scansOurs,
          ours: fmtMs(scansOurs),
          baseline: fmtMs(scansJournal),
        });
      }
    }
  } finally {
    await scratch.remove();
  }
  notes.push(
    'Both stores hold the same deterministic records (bench/orchestration-records.ts, ≈ 0.8 KB of JSON each) on the same disk under bench/tmp. Ours: ' +
      'desk.sqlite through node:sqlite (WAL; every page is one commit; cache commits skip their own fsync, as the desk does: refetchable, made durable by the next fsynced commit). Journal: the 0.1.0 store, frozen in bench/journal-0.1.0 ' +
      '(no fsync for the cache). Windows are what queryActivity runs: the count (ours stops at 10,000: "10,000+") and the first 100 rows, median of several runs, warm page cache.',
    'A one-character search is not run by ours: the Activity search asks for at least 2 characters (queryActivity answers searchTooShort).',
  );
  return {
    title: 'Local store',
    columns: { ours: 'Ours: SQLite (node:sqlite)', baseline: '0.1.0 journal store' },
    rows,
    headlines,
    notes,
  };
}

export function storeCost({ quick }: Pick<GroupOptions, 'quick'>): Promise<GroupResult> {
  return storeCostAt([1_000, 100_000], quick);
}

/** Seeds the desk's store (as the app lays it out) with `size` orchestrations (other benchmarks). */
export async function seedCache(envDir: string, size: number): Promise<void> {
  const cache = await CacheStore.open(envDir);
  const fetchedAt = new Date().toISOString();
  for (let from = 0; from < size; from += 10 * PAGE) {
    await cache.putMany(
      'orchestrations',
      cachedOrchestrations(from, Math.min(size, from + 10 * PAGE)),
      { fetchedAt },
    );
  }
  await cache.setAsOf('orchestrations', fetchedAt);
  await cache.close();
}
