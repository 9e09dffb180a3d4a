// First state after start: Desk.open + the first `project` (what the first window shows), with
// 50,000 intents and 180,000 audit entries, the database file in the OS page cache and out of
// it. Out of cache: Node has no posix_fadvise, so the file is copied to a new inode with
// `dd oflag=direct` (the copy's pages never enter the page cache) and `fincore` (util-linux)
// reports how much of it is cached before the open; where either tool is missing, only the
// in-cache figure is reported. The anchor opens its file the same two ways.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Desk } from '../main/desk/desk';
import { environmentDir } from '../main/desk/store/environment-dir';
import { AnchorStore } from './anchor-store';
import { deskOptions, type HistoryDbs } from './history-db';
import { QUIET_NOW } from './history-records';
import { atMost, medianMs, type HGroup, type HRow } from './history-report';
import { fmtBytes, median } from './stats';

const DAY = 24 * 60 * 60 * 1000;

/** Copies `src` to `dst` bypassing the page cache; returns the bytes of `dst` still cached. */
function uncachedCopy(src: string, dst: string): number {
  execFileSync('dd', [`if=${src}`, `of=${dst}`, 'bs=4M', 'oflag=direct', 'status=none']);
  const out = execFileSync('fincore', ['--bytes', '--noheadings', '--output', 'RES', dst], {
    encoding: 'utf8',
  });
  return Number(out.trim());
}

const tools = (() => {
  try {
    execFileSync('fincore', ['--version'], { stdio: 'ignore' });
    execFileSync('dd', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

async function oursFirstState(dataDir: string): Promise<void> {
  const desk = await Desk.open(deskOptions(dataDir));
  await desk.project(QUIET_NOW, 1);
  await desk.close();
}

function anchorFirstState(path: string): void {
  const anchor = AnchorStore.open(path);
  const since = new Date(QUIET_NOW.getTime() - DAY).toISOString();
  anchor.recent(since);
  anchor.openIntents(since);
  anchor.count();
  anchor.window({}, 100);
  anchor.db.prepare('SELECT hash FROM audit ORDER BY seq DESC LIMIT 1').get();
  anchor.close();
}

export async function firstState(dbs: HistoryDbs, workDir: string, runs: number): Promise<HGroup> {
  const { size, oursDataDir, anchorPath } = dbs;
  const target = atMost(300, 1_000_000);
  const rows: HRow[] = [
    {
      measure: 'First state: open + first projection, file in the OS cache',
      size,
      ours: await medianMs(runs, () => oursFirstState(oursDataDir)),
      anchor: await medianMs(runs, () => anchorFirstState(anchorPath)),
      target,
    },
  ];
  const notes = [
    'Ours: `Desk.open` (opening checks included) then `desk.project(now)`; the desk holds 50,000 intents (40,000 ended, 10,000 cancelled) and 180,000 audit entries. Anchor: open, recent set, open intents, count, first 100 rows, last audit hash (no integrity checks).',
  ];
  if (!tools) {
    notes.push(
      'Out of cache: not measured (dd or fincore missing; Node cannot drop a file from the page cache).',
    );
    return { title: 'First state after start', rows, notes };
  }
  const cold = { ours: [] as number[], anchor: [] as number[], cached: [] as number[] };
  for (let k = 0; k < Math.max(1, Math.floor(runs / 2)); k += 1) {
    const dir = join(workDir, `cold-${k}`);
    const src = environmentDir(oursDataDir, 'demo');
    const env = environmentDir(dir, 'demo');
    mkdirSync(env, { recursive: true });
    for (const f of readdirSync(src))
      if (f !== 'desk.sqlite') cpSync(join(src, f), join(env, f), { recursive: true });
    cold.cached.push(uncachedCopy(join(src, 'desk.sqlite'), join(env, 'desk.sqlite')));
    cold.cached.push(uncachedCopy(anchorPath, join(dir, 'anchor.sqlite')));
    let t = performance.now();
    await oursFirstState(dir);
    cold.ours.push(performance.now() - t);
    t = performance.now();
    anchorFirstState(join(dir, 'anchor.sqlite'));
    cold.anchor.push(performance.now() - t);
    rmSync(dir, { recursive: true, force: true });
  }
  rows.push({
    measure: 'First state: open + first projection, file out of the OS cache',
    size,
    ours: median(cold.ours),
    anchor: median(cold.anchor),
    target,
    detail: `cached before open: ≤ ${fmtBytes(Math.max(...cold.cached))}`,
  });
  notes.push(
    "Out of cache: each store's file copied to a new inode with `dd oflag=direct` (its pages never enter the page cache; `fincore` shows what was cached just before the open), median of the copies. The data folder's other files (labels) are small and copied normally.",
  );
  return { title: 'First state after start', rows, notes };
}
