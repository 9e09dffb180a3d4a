// What the operator's handlers cost, the renderer's way: a keystroke in the Activity search
// (queryActivity + summarizeActivity, as the screen asks once its typing debounce has passed),
// and the CSV export of every row in a child process (peak heap and RSS, longest block).
import { execFile, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { manualTimers } from '../test/integration/desk/desk-fixture';
import { createTestRuntime } from '../test/support/test-runtime';
import type { AnchorStore } from './anchor-store';
import { atMost, bytesAtMost, medianMs, type HGroup } from './history-report';
import { benchDir, fmtBytes, repoRoot } from './stats';

/** renderer/src/screens/activity/ActivityScreen.tsx: SEARCH_DEBOUNCE_MS (kept equal by hand: the bench does not import the renderer). */
export const DEBOUNCE_MS = 150;
/** What an operator types, one keystroke after another (each a new filter). */
const KEYSTROKES = [
  'zu',
  'zur',
  'zuri',
  'pa',
  'pay',
  'payr',
  'ch',
  'cha',
  'chas',
  'wi',
  'wir',
  'wire',
  'us',
  'usd',
];
const execFileAsync = promisify(execFile);

export async function keystroke(
  dataDir: string,
  anchor: AnchorStore,
  size: number,
  reps: number,
): Promise<HGroup> {
  const test = await createTestRuntime({
    dataDir,
    settings: { onboarded: true },
    runtime: { timers: manualTimers },
  });
  try {
    await test.runtime.environments.desk.refreshNow();
    const { handlers } = test.runtime;
    // A new text on every keystroke (the summary is kept per filter: asking the same one again
    // would measure that memo, not the aggregate). Same texts, same order, for the anchor.
    const text = (n: number) => KEYSTROKES[(n + 1) % KEYSTROKES.length]!;
    const ours = await medianMs(reps, async (n) => {
      const filter = { text: text(n) };
      const [list, summary] = await Promise.all([
        handlers.queryActivity({ filter, offset: 0, limit: 100 }),
        handlers.summarizeActivity(filter),
      ]);
      if (!list.ok || !summary.ok) throw new Error('the Activity handlers failed');
    });
    const theirs = await medianMs(reps, (n) => {
      anchor.window({ text: text(n) }, 100);
      anchor.summary({ text: text(n) });
    });
    // The totals alone, on texts not asked before (another turn of the list, new words).
    const totalsOurs = await medianMs(reps, async (n) => {
      const summary = await handlers.summarizeActivity({ text: `${text(n)} usd` });
      if (!summary.ok) throw new Error('summarizeActivity failed');
    });
    const totalsTheirs = await medianMs(reps, (n) => anchor.summary({ text: `${text(n)} usd` }));
    return {
      title: 'Keystroke → list',
      rows: [
        {
          measure: `Search keystroke (${KEYSTROKES.length} texts, "zu", "zur", …): queryActivity + summarizeActivity (no debounce)`,
          size,
          ours,
          anchor: theirs,
        },
        {
          measure: `… with the ${DEBOUNCE_MS} ms typing debounce`,
          size,
          ours: ours + DEBOUNCE_MS,
          anchor: theirs + DEBOUNCE_MS,
          target: atMost(250, 100_000),
        },
        {
          measure: 'Activity totals alone (summarizeActivity, a search not asked before)',
          size,
          ours: totalsOurs,
          anchor: totalsTheirs,
        },
      ],
      notes: [
        `Ours: main's real handlers (createTestRuntime, the bridge's handler table) called as the Activity screen calls them, both at once, after its ${DEBOUNCE_MS} ms debounce (added as a constant in the second row). Anchor: its window + its one-aggregate summary for the same search. Each repetition types a new text, so neither store answers from a memo of the same filter.`,
      ],
    };
  } finally {
    await test.close();
  }
}

interface ExportReport {
  heapIdle?: number;
  heapAfterGc?: number;
  ok: boolean;
  ms: number;
  maxRssBytes: number;
  heapPeak: number;
  maxBlockMs: number;
  legsNotRead?: number;
  maxCpuBetweenTicksMs?: number;
  result?: unknown;
}

/** bench/history-paxos-process.ts started in a process of its own; its URLs as one JSON line. */
async function paxosProcess(): Promise<{ json: string; stop(): void }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(benchDir, 'history-paxos-process.ts')],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout });
  for await (const line of lines)
    if (line.startsWith('{')) return { json: line, stop: () => void child.kill('SIGTERM') };
  throw new Error('the bench Paxos process ended before printing its URLs');
}

async function exportChild(args: string[]): Promise<ExportReport> {
  const { stdout } = await execFileAsync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(benchDir, 'history-export-child.ts'), ...args],
    {
      cwd: repoRoot,
      maxBuffer: 1 << 20,
      timeout: 60 * 60_000,
    },
  );
  return JSON.parse(stdout.trim().split('\n').pop()!) as ExportReport;
}

export async function exportCost(
  dataDir: string,
  anchorPath: string,
  workDir: string,
  size: number,
): Promise<HGroup> {
  const paxos = await paxosProcess();
  const ours = await exportChild(['ours', dataDir, paxos.json])
    .finally(() => paxos.stop())
    .catch((e: unknown): ExportReport & { error: string } => ({
      ok: false,
      ms: NaN,
      maxRssBytes: NaN,
      heapPeak: NaN,
      maxBlockMs: NaN,
      error: String(e),
    }));
  const anchor = await exportChild(['anchor', anchorPath, join(workDir, 'anchor-export.csv')]);
  return {
    title: 'CSV export of every row',
    rows: [
      {
        measure: `Export: wall time${ours.ok ? '' : ' (ours failed)'}${ours.legsNotRead ? ` (${ours.legsNotRead} rows' legs not read)` : ''}`,
        size,
        ours: ours.ms,
        anchor: anchor.ms,
      },
      {
        measure: 'Export: peak JS heap (sampled)',
        detail: `before the export: ours ${fmtBytes(ours.heapIdle ?? NaN)}, anchor ${fmtBytes(anchor.heapIdle ?? NaN)}; after it, collected: ours ${fmtBytes(ours.heapAfterGc ?? NaN)}`,
        size,
        ours: ours.heapPeak,
        anchor: anchor.heapPeak,
        unit: 'bytes',
        target: bytesAtMost(200 * 1024 * 1024, 1_000_000),
      },
      {
        measure: 'Export: peak RSS',
        size,
        ours: ours.maxRssBytes,
        anchor: anchor.maxRssBytes,
        unit: 'bytes',
      },
      {
        measure: 'Export: longest event-loop block',
        size,
        ours: ours.maxBlockMs,
        anchor: anchor.maxBlockMs,
        target: atMost(50, 1_000_000),
      },
      {
        measure: "Export: longest stretch of the loop's own CPU (between two 5 ms ticks)",
        size,
        ours: ours.maxCpuBetweenTicksMs ?? NaN,
        anchor: anchor.maxCpuBetweenTicksMs ?? NaN,
      },
    ],
    notes: [
      "In a child process each. Ours: the operator handler `exportActivityCsv({})` on a test runtime (its file saver writes into a folder), streamed with progress. Its legs (List Transfers by id) come over loopback HTTP from a third process (bench/history-paxos-process.ts: the simulator, with its 50 req/s limit, and a front answering one transfer per id asked), so the child's heap and delays are the desk's own. Anchor: keyset pages of 1,000 written as CSV lines, yielding to the loop between pages (no legs).",
      "Heap: `heapUsed` sampled every 5 ms (a peak inside one long task is missed; peak RSS bounds it). Block: `monitorEventLoopDelay` max during the export (wall clock: on a loaded machine it counts the time the OS did not run the process too); the row after it is the thread's own CPU between two ticks of a 5 ms sampler (process.threadCpuUsage), what the process itself held the loop for.",
    ],
  };
}
