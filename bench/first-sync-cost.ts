// First sync of a long history from the simulator: a desk opening an empty data folder lists
// every orchestration (pages of 1,000) and stores each page as it arrives. Measured in a
// child process (wall time, peak RSS), with the simulator in this one so its memory does not count.
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startSimulator } from '../main/simulator';
import { SimClock } from '../main/simulator/clock';
import { seedState } from '../main/simulator/seed';
import { writeStateFile } from '../main/simulator/state-file';
import type { SimOrchestration } from '../main/simulator/types';
import { cachedOrchestration } from './orchestration-records';
import {
  benchDir,
  fmtBytes,
  fmtCount,
  fmtMs,
  repoRoot,
  row,
  scratchDir,
  type GroupResult,
} from './stats';

const execFileAsync = promisify(execFile);

/** Bump when the generated history changes: cached state files of another version are rebuilt. */
const STATE_VERSION = 1;

/**
 * The simulator's state file for `size` finished orchestrations: the seed plus the history,
 * written once as JSON lines (state-file.ts: one JSON string of 1,000,000 orchestrations is past
 * V8's limit) without holding the history, and kept in bench/tmp for later runs (generating
 * 1,000,000 takes minutes). Deterministic, so a cached file is the same as a fresh one.
 */
function historyStateFile(size: number): string {
  const dir = join(benchDir, 'tmp', 'first-sync-state');
  const file = join(dir, `state-v${STATE_VERSION}-${size}.jsonl`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  function* history(): Generator<[string, SimOrchestration]> {
    for (let i = size - 1; i >= 0; i -= 1) {
      const data = cachedOrchestration(i) as SimOrchestration['data'];
      const record: SimOrchestration = {
        data,
        step: 3,
        nextAt: null,
        failReason: null,
        refund: { profileId: '', asset: 'USDC', amount: '0' },
        credit: null,
      };
      yield ['orchestrations', record];
    }
  }
  writeStateFile(file, seedState(new SimClock(), true), { appended: history() });
  return file;
}

/** `childFlags`: extra node flags for the desk child (e.g. --cpu-prof for a profile). */
export async function firstSyncCost(
  size: number,
  childFlags: string[] = [],
): Promise<GroupResult & { raw: { ms: number; maxRssBytes: number; stored: number } }> {
  const scratch = await scratchDir('first-sync');
  try {
    // A copy: the simulator writes its state back when anything changed.
    const stateFile = join(scratch.path, 'sim-state.json');
    copyFileSync(historyStateFile(size), stateFile);
    const sim = await startSimulator({ stateFile, rateLimits: { enabled: false } });
    try {
      const { stdout } = await execFileAsync(
        process.execPath,
        [
          ...childFlags,
          '--import',
          'tsx',
          join(benchDir, 'first-sync-child.ts'),
          sim.url,
          sim.tokenUrl,
          sim.credentials.clientId,
          sim.credentials.clientSecret,
          join(scratch.path, 'data'),
        ],
        { cwd: repoRoot, maxBuffer: 1 << 20, timeout: 30 * 60_000 },
      );
      const result = JSON.parse(stdout.trim().split('\n').pop()!) as {
        ms: number;
        maxRssBytes: number;
        stored: number;
      };
      const label = `${fmtCount(size)} orchestrations`;
      return {
        raw: result,
        title: 'First sync from the simulator',
        columns: {
          ours: 'Ours: stored page by page',
          baseline: '0.1.0 (issue 10, measured at 1,000,000)',
        },
        rows: [
          row(
            `First full sync: wall time (${fmtCount(result.stored)} stored)`,
            label,
            fmtMs(result.ms),
            '—',
          ),
          row(
            'First full sync: peak RSS of the desk process',
            label,
            fmtBytes(result.maxRssBytes),
            '4.1 GB at 1,000,000 (one putMany of the whole history)',
          ),
        ],
        headlines: [],
        notes: [
          'The simulator runs in the parent process over loopback HTTP; the desk (Desk.open + one full sync cycle) runs in a child whose peak RSS is process.resourceUsage().maxRSS.',
        ],
      };
    } finally {
      await sim.close();
    }
  } finally {
    await scratch.remove();
  }
}
