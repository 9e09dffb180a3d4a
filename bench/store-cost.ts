// Store cost: persisting one orchestration status update with 1,000 / 10,000 / 100,000 cached
// orchestrations (CacheStore.put, one appended journal line, against what a naive store does:
// JSON.stringify every record and rewrite the file), the cold-start load of the cache, and the
// memory of a process holding the 100,000-orchestration cache (measured in child processes so
// this process's own heap does not pollute it).
import { execFile } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CacheStore } from '../main/desk/store/cache/cache-store';
import type { PaxosRecord } from '../main/desk/store/cache/cache-records';
import { environmentDir } from '../main/desk/store/environment-dir';
import { cachedOrchestration, cachedOrchestrations } from './orchestration-records';
import type { MemoryMode, MemoryReport } from './store-memory-child';
import {
  benchDir, fmtBytes, fmtCount, fmtMs, median, repoRoot, row, scratchDir, seededRandom, timeMs,
  type GroupOptions, type GroupResult, type Headline, type ResultRow,
} from './stats';

const CHUNK = 10_000;

/** The naive store's file: every record with its fetch time, one JSON document. */
type NaiveFile = { record: PaxosRecord; fetchedAt: string }[];

/** Seeds the desk's cache (as the app lays it out) and the naive file with the same records. */
export async function seedCache(envDir: string, size: number, naivePath?: string): Promise<void> {
  const cache = await CacheStore.open(envDir);
  const naive: NaiveFile = [];
  const fetchedAt = new Date().toISOString();
  for (let from = 0; from < size; from += CHUNK) {
    const records = cachedOrchestrations(from, Math.min(size, from + CHUNK));
    await cache.putMany('orchestrations', records, { fetchedAt });
    if (naivePath) for (const record of records) naive.push({ record, fetchedAt });
  }
  await cache.setAsOf('orchestrations', fetchedAt);
  await cache.close();
  if (naivePath) await writeFile(naivePath, JSON.stringify(naive));
}

/** One status update of record `i`: what a sync cycle writes when a wire completes. */
function statusUpdate(i: number, n: number): PaxosRecord {
  const record = cachedOrchestration(i);
  return { ...record, status: n % 2 ? 'COMPLETED' : 'FAILED', updated_at: new Date(Date.UTC(2026, 1, 1) + n * 1000).toISOString() };
}

async function updateCost(envDir: string, naivePath: string, size: number, quick: boolean) {
  const random = seededRandom(size);
  const pick = () => Math.floor(random() * size);
  // Ours: one put per update, each timed; bytes from the journal's own counter (compactions included).
  const cache = await CacheStore.open(envDir);
  const oursMs: number[] = [];
  const updates = quick ? 51 : 201;
  for (let n = 0; n < 10; n += 1) await cache.put('orchestrations', statusUpdate(pick(), n)); // warm-up
  const writtenBefore = cache.stats().writes;
  for (let n = 0; n < updates; n += 1) {
    const update = statusUpdate(pick(), n);
    oursMs.push(await timeMs(() => cache.put('orchestrations', update)));
  }
  const oursBytes = (cache.stats().writes - writtenBefore) / updates;
  await cache.close();
  // Naive: all records live in memory; an update changes one and rewrites the whole file.
  const naive = JSON.parse(await readFile(naivePath, 'utf8')) as NaiveFile;
  const naiveMs: number[] = [];
  const rewrites = quick ? 3 : size >= 100_000 ? 7 : 21;
  for (let n = 0; n < rewrites + 1; n += 1) {
    const i = pick();
    naive[i] = { record: statusUpdate(i, n), fetchedAt: new Date().toISOString() };
    const ms = await timeMs(() => writeFile(naivePath, JSON.stringify(naive)));
    if (n > 0) naiveMs.push(ms); // the first is a warm-up
  }
  const naiveBytes = (await stat(naivePath)).size;
  return { oursMs: median(oursMs), oursBytes, naiveMs: median(naiveMs), naiveBytes };
}

async function coldStartCost(envDir: string, naivePath: string, size: number, quick: boolean) {
  const runs = quick ? 3 : size >= 100_000 ? 5 : 11;
  const oursMs: number[] = [];
  const naiveMs: number[] = [];
  for (let r = 0; r < runs; r += 1) {
    // Ours: open (replays the journal into the in-memory index) + the first Activity window.
    let cache: CacheStore | undefined;
    oursMs.push(
      await timeMs(async () => {
        cache = await CacheStore.open(envDir);
        await cache.window('orchestrations', {}, 0, 100);
      }),
    );
    await cache?.close();
    naiveMs.push(await timeMs(async () => JSON.parse(await readFile(naivePath, 'utf8')) as unknown));
  }
  return { oursMs: median(oursMs), naiveMs: median(naiveMs) };
}

const execFileAsync = promisify(execFile);

/** Memory of a fresh Node process in `mode` (median of `runs` children). */
async function childMemory(mode: MemoryMode, path: string, runs: number): Promise<MemoryReport> {
  const reports: MemoryReport[] = [];
  for (let r = 0; r < runs; r += 1) {
    const { stdout } = await execFileAsync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', join(benchDir, 'store-memory-child.ts'), mode, path],
      { cwd: repoRoot, maxBuffer: 1 << 20 },
    );
    reports.push(JSON.parse(stdout.trim().split('\n').pop()!) as MemoryReport);
  }
  return { rss: median(reports.map((m) => m.rss)), heapUsed: median(reports.map((m) => m.heapUsed)) };
}

export async function storeCost({ quick }: Pick<GroupOptions, 'quick'>): Promise<GroupResult> {
  const rows: ResultRow[] = [];
  const headlines: Headline[] = [];
  const notes: string[] = [];
  const scratch = await scratchDir('store');
  try {
    for (const size of [1_000, 10_000, 100_000]) {
      const dataDir = join(scratch.path, `data-${size}`);
      const envDir = environmentDir(dataDir, 'demo');
      const naivePath = join(scratch.path, `naive-${size}.json`);
      await seedCache(envDir, size, naivePath);
      const label = `${fmtCount(size)} cached`;
      const update = await updateCost(envDir, naivePath, size, quick);
      rows.push(row('Persist one status update: time (median)', label, fmtMs(update.oursMs), fmtMs(update.naiveMs), update.naiveMs / update.oursMs));
      rows.push(row('Persist one status update: bytes written', label, fmtBytes(update.oursBytes), fmtBytes(update.naiveBytes), update.naiveBytes / update.oursBytes));
      const cold = await coldStartCost(envDir, naivePath, size, quick);
      rows.push(row('Cold start: load the cache (median)', label, fmtMs(cold.oursMs), fmtMs(cold.naiveMs), cold.naiveMs / cold.oursMs));
      if (size === 100_000) {
        headlines.push({ key: 'store', label: 'Store one status update, 100,000 cached', ratio: update.naiveMs / update.oursMs, ours: fmtMs(update.oursMs), baseline: fmtMs(update.naiveMs) });
        headlines.push({ key: 'cold-start', label: 'Cold start of the cache, 100,000 cached', ratio: cold.naiveMs / cold.oursMs, ours: fmtMs(cold.oursMs), baseline: fmtMs(cold.naiveMs) });
        // Memory barely varies between runs (unlike time): 2 children each, 1 for the floor and the runtime.
        const runs = quick ? 1 : 2;
        const idle = await childMemory('idle', envDir, 1);
        const ours = await childMemory('cache', envDir, runs);
        const naive = await childMemory('naive', naivePath, runs);
        const runtime = await childMemory('runtime', dataDir, 1);
        rows.push(row('Memory of a process holding the cache: RSS', label, fmtBytes(ours.rss), fmtBytes(naive.rss), naive.rss / ours.rss));
        rows.push(row('Memory of a process holding the cache: JS heap used', label, fmtBytes(ours.heapUsed), fmtBytes(naive.heapUsed), naive.heapUsed / ours.heapUsed));
        rows.push(row('Memory of the main-process runtime (Demo, simulator in-process): RSS · heap', label, `${fmtBytes(runtime.rss)} · ${fmtBytes(runtime.heapUsed)}`, '—'));
        headlines.push({ key: 'memory', label: 'Heap holding 100,000 cached', ratio: naive.heapUsed / ours.heapUsed, ours: fmtBytes(ours.heapUsed), baseline: fmtBytes(naive.heapUsed) });
        notes.push(
          `Memory: a fresh Node process (node --expose-gc --import tsx) per measurement, after two forced GCs, median of ${runs} (one for the idle process and the runtime). ` +
            `An idle process with the same modules loaded uses ${fmtBytes(idle.rss)} RSS, ${fmtBytes(idle.heapUsed)} heap: the cache's in-memory index ` +
            `costs ≈ ${fmtBytes((ours.heapUsed - idle.heapUsed) / size)} of heap per orchestration, the naive store's parsed records ≈ ${fmtBytes((naive.heapUsed - idle.heapUsed) / size)}. ` +
            'The runtime row is main\'s composition root (`createTestRuntime` on the seeded data folder, after its first full sync), without Electron itself.',
        );
      }
    }
  } finally {
    await scratch.remove();
  }
  notes.unshift(
    'Both stores hold the same deterministic records (bench/orchestration-records.ts, ≈ 0.8 KB of JSON each) on the same ext4 disk under bench/tmp; neither fsyncs ' +
      '(the cache is refetchable, so the app does not either). Ours: `CacheStore.put` of the changed record (hash, one appended line; compactions ' +
      'counted in bytes). Naive: the records held in memory as one array, one changed, then `JSON.stringify` + `writeFile` of all of them.',
    'Update times are medians of 201 puts (ours) and of 21 rewrites (7 at 100,000) after a warm-up. Cold start: ours is `CacheStore.open` (replays the journal ' +
      'into the key → offset index) plus the first Activity window of 100 rows; naive is `readFile` + `JSON.parse` of the whole file (no sort, no first window: ' +
      'that favours the naive store); medians of 11 (5 at 100,000), with the files in the OS page cache (warm start: CPU, not disk).',
  );
  return {
    title: 'Local store',
    columns: { ours: 'Ours: append-only journal (CacheStore)', baseline: 'Naive: rewrite one JSON file' },
    rows,
    headlines,
    notes,
  };
}
