// The databases `bench:history` measures, built once per size + seed and cached under
// bench/tmp/history-db/ (1,000,000 rows take minutes to build): ours (a desk's data folder,
// environment "demo", as the app lays it out) and the anchor (bench/anchor-store.ts), holding the
// same records. Each run works on a copy of ours (the run changes it: busy day, intents).
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Desk } from '../main/desk/desk';
import { environmentDir } from '../main/desk/store/environment-dir';
import { defaultSettings } from '../shared/settings';
import { AnchorStore } from './anchor-store';
import { seedIntents } from './history-intents';
import { END_MS, GENERATION, historyRecords, QUIET_NOW, stubClient } from './history-records';
import { benchDir, fmtCount } from './stats';

const PAGE = 10_000;
/** The intents every measured desk holds from the start: 40,000 ended (4 audit entries each). */
export const BASE_INTENTS = 40_000;

export interface HistoryDbs {
  size: number;
  /** A data folder: <dataDir>/demo/desk.sqlite. */
  oursDataDir: string;
  anchorPath: string;
}

export function deskOptions(
  dataDir: string,
  client = stubClient(() => QUIET_NOW).client,
  now = () => QUIET_NOW,
) {
  return {
    environment: 'demo' as const,
    dataDir,
    user: 'bench',
    client,
    settings: () => ({ ...defaultSettings, onboarded: true }),
    notifier: { show: () => undefined },
    now,
    onChange: () => undefined,
    onReachability: () => undefined,
    onSynced: () => undefined,
    onNotificationClick: () => undefined,
    timers: { setTimeout: () => 0, clearTimeout: () => undefined },
  };
}

const log = (message: string) => console.error(`[history] ${message}`);

async function buildOurs(dataDir: string, size: number, seed: number): Promise<void> {
  // A desk that has synced once (its events cursor set), then the history stored page by page
  // the way the first sync stores it, then the ended intents.
  const desk = await Desk.open(deskOptions(dataDir));
  await desk.refreshNow();
  const cache = desk.partsForTests.cache;
  const fetchedAt = QUIET_NOW.toISOString();
  for (let from = 0; from < size; from += PAGE) {
    await cache.putMany('orchestrations', historyRecords(from, Math.min(size, from + PAGE), seed), {
      fetchedAt,
    });
    if ((from / PAGE) % 10 === 9) log(`ours: ${fmtCount(from + PAGE)} / ${fmtCount(size)}`);
  }
  await cache.setAsOf('orchestrations', fetchedAt);
  await desk.close();
  seedIntents(environmentDir(dataDir, 'demo'), { ended: BASE_INTENTS, cancelled: 0 }, seed);
}

function buildAnchor(path: string, size: number, seed: number): void {
  const anchor = AnchorStore.open(path);
  for (let from = 0; from < size; from += PAGE) {
    anchor.putMany(historyRecords(from, Math.min(size, from + PAGE), seed));
    if ((from / PAGE) % 10 === 9) log(`anchor: ${fmtCount(from + PAGE)} / ${fmtCount(size)}`);
  }
  anchor.db.exec('BEGIN');
  for (let i = 0; i < BASE_INTENTS; i += 1) {
    const body = JSON.stringify({
      kind: 'create_orchestration',
      refId: `bench-ended-${i}`,
      state: 'completed',
    });
    const at = new Date(END_MS - 24 * 60 * 60 * 1000 - i * 240_000).toISOString();
    anchor.run(
      'INSERT INTO intents VALUES (?, ?, ?, ?, ?)',
      `i${i}`,
      `bench-ended-${i}`,
      'completed',
      at,
      body,
    );
    for (let k = 0; k < 4; k += 1)
      anchor.run(
        'INSERT INTO audit (entry, hash) VALUES (?, ?)',
        `{"action":"intent","i":${i}}`,
        `${i}-${k}`,
      );
  }
  anchor.db.exec('COMMIT; PRAGMA wal_checkpoint(TRUNCATE)');
  anchor.close();
}

/** The cached databases for `size` (built when missing), and a working copy of ours. */
export async function historyDbs(size: number, seed: number, workDir: string): Promise<HistoryDbs> {
  const dir = join(benchDir, 'tmp', 'history-db', `n${size}-s${seed}-${GENERATION}`);
  if (!existsSync(join(dir, 'done'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const started = performance.now();
    log(`building the ${fmtCount(size)}-row databases in ${dir} (cached for later runs)`);
    await buildOurs(join(dir, 'ours'), size, seed);
    buildAnchor(join(dir, 'anchor.sqlite'), size, seed);
    writeFileSync(join(dir, 'done'), `${Math.round((performance.now() - started) / 1000)} s\n`);
    log(`built in ${Math.round((performance.now() - started) / 1000)} s`);
  }
  const oursDataDir = join(workDir, `ours-${size}`);
  rmSync(oursDataDir, { recursive: true, force: true });
  cpSync(join(dir, 'ours'), oursDataDir, { recursive: true });
  const anchorPath = join(workDir, `anchor-${size}.sqlite`);
  cpSync(join(dir, 'anchor.sqlite'), anchorPath);
  return { size, oursDataDir, anchorPath };
}
