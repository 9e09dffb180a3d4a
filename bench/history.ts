// `npm run bench:history`: what users hit, at 1,000 / 100,000 / 1,000,000 orchestrations, ours
// against a plain node:sqlite anchor (bench/anchor-store.ts) measured in the same run: publish
// and light cycles (quiet, busy, with cancelled intents), every Activity window and search,
// first state after start, a search keystroke, the CSV export, the first sync. Writes
// bench/tmp/history.md and prints it. Options: --sizes=1000,100000  --quick (1,000 and 10,000,
// fewer repetitions)  --seed=N. The databases are cached in bench/tmp/history-db/ (size + seed).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { AnchorStore } from './anchor-store';
import { firstSyncCost } from './first-sync-cost';
import { busyDay, openBenchDesk, quietAndCancelled } from './history-cycle';
import { historyDbs } from './history-db';
import { notificationLatency } from './history-notify';
import { exportCost, keystroke } from './history-operator';
import { QUIET_NOW } from './history-records';
import { bytesAtMost, renderReport, type HGroup } from './history-report';
import { firstState } from './history-start';
import { activityWindows } from './history-windows';
import { benchDir, fmtCount } from './stats';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const quick = process.argv.includes('--quick');
const sizes = (arg('sizes') ?? (quick ? '1000,10000' : '1000,100000,1000000'))
  .split(',')
  .map(Number);
const seed = Number(arg('seed') ?? 1);
const log = (m: string) => console.error(`[history] ${m}`);
/** --first-sync-max=N skips the first sync above N orchestrations (a shorter run); by default
 *  every size is measured, 1,000,000 included (the simulator serves it: state-file.ts,
 *  created-order.ts). */
const FIRST_SYNC_MAX = Number(arg('first-sync-max') ?? Number.POSITIVE_INFINITY);

/** Groups by title, rows of every size under the same title. */
function merge(into: HGroup[], group: HGroup): void {
  const same = into.find((g) => g.title === group.title);
  if (same) same.rows.push(...group.rows);
  else into.push(group);
}

/** --wait-for-pid=N: a build of the cached databases running in process N (another command). */
async function waitForBuild(): Promise<void> {
  const pid = arg('wait-for-pid');
  if (pid === undefined) return;
  while (existsSync(`/proc/${pid}`)) await new Promise((resolve) => setTimeout(resolve, 5_000));
}

async function runSize(size: number, groups: HGroup[]): Promise<void> {
  if (size >= 1_000_000) await waitForBuild();
  const workDir = join(benchDir, 'tmp', `history-work-${process.pid}`);
  mkdirSync(workDir, { recursive: true });
  const reps = quick ? 5 : size >= 1_000_000 ? 7 : 11;
  try {
    const dbs = await historyDbs(size, seed, workDir);
    const anchor = AnchorStore.open(dbs.anchorPath);
    log(`${fmtCount(size)}: Activity windows`);
    const d = await openBenchDesk(dbs.oursDataDir, QUIET_NOW);
    merge(groups, await activityWindows(d.desk, anchor, size, reps));
    await d.desk.close();
    log(`${fmtCount(size)}: quiet day, cancelled intents`);
    merge(groups, await quietAndCancelled(dbs, anchor, seed, reps));
    anchor.close();
    log(`${fmtCount(size)}: first state`);
    merge(groups, await firstState(dbs, workDir, quick ? 3 : 5));
    log(`${fmtCount(size)}: busy day`);
    const anchor2 = AnchorStore.open(dbs.anchorPath);
    merge(groups, await busyDay(dbs, anchor2, seed, reps));
    log(`${fmtCount(size)}: keystroke`);
    merge(groups, await keystroke(dbs.oursDataDir, anchor2, size, reps));
    anchor2.close();
    log(`${fmtCount(size)}: notification latency (real timers, about a minute)`);
    merge(groups, await notificationLatency(dbs, seed, quick ? 10 : 40));
    log(`${fmtCount(size)}: export`);
    merge(groups, await exportCost(dbs.oursDataDir, dbs.anchorPath, workDir, size));
    if (size > FIRST_SYNC_MAX) {
      merge(groups, {
        title: 'First sync from the simulator',
        rows: [],
        notes: [
          `First sync of ${fmtCount(size)}: not measured in this run (--first-sync-max=${fmtCount(FIRST_SYNC_MAX)}).`,
        ],
      });
      return;
    }
    log(`${fmtCount(size)}: first sync from the simulator`);
    const sync = await firstSyncCost(size);
    merge(groups, {
      title: 'First sync from the simulator',
      rows: [
        {
          measure: `First sync: wall time (${fmtCount(sync.raw.stored)} stored)`,
          size,
          ours: sync.raw.ms,
        },
        {
          measure: 'First sync: peak RSS of the desk process',
          size,
          ours: sync.raw.maxRssBytes,
          unit: 'bytes',
          target: bytesAtMost(400 * 1024 * 1024, 1_000_000),
        },
      ],
      notes: sync.notes,
    });
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** /proc/loadavg's three figures (1, 5, 15 min), or os.loadavg where there is none. */
const loadNow = () => {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' / ');
  } catch {
    return 'unknown';
  }
};
const loadAtStart = loadNow();
const started = performance.now();
const groups: HGroup[] = [];
for (const size of sizes) await runSize(size, groups);
const report = renderReport(groups, {
  sizes,
  seconds: (performance.now() - started) / 1000,
  machine: `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'})`,
  load: { start: loadAtStart, end: loadNow() },
});
mkdirSync(join(benchDir, 'tmp'), { recursive: true });
writeFileSync(join(benchDir, 'tmp', 'history.md'), report);
console.log(report);
