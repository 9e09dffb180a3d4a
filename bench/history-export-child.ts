// Child of bench/history-operator.ts: exports every row as CSV, then prints one JSON line with
// wall time, peak RSS, the peak JS heap sampled every 5 ms (samples wait while the loop is
// blocked, so a peak inside one long task is missed: RSS bounds it), and the longest event-loop
// block (perf_hooks.monitorEventLoopDelay).
//   node --import tsx bench/history-export-child.ts ours <dataDir>
//   node --import tsx bench/history-export-child.ts anchor <anchor.sqlite> <out.csv>
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setImmediate as yieldLoop } from 'node:timers/promises';
import { manualTimers } from '../test/integration/desk/desk-fixture';
import { createTestRuntime } from '../test/support/test-runtime';
import { AnchorStore, type Cursor } from './anchor-store';

const [mode, path, out] = process.argv.slice(2) as ['ours' | 'anchor', string, string];

// ─── THE ONE PLACE TO SWITCH when streaming export lands ─────────────────────────────────────
// Today the handler is `exportActivityCsv(filter)` (reads every row, then writes the file).
// When the streaming export (progress/cancel) is merged, call it here instead, the way the
// renderer does, and await its completion; nothing else in the bench changes.
const EXPORT = async (handlers: Record<string, (input: unknown) => Promise<unknown>>) =>
  handlers.exportActivityCsv!({});
// ──────────────────────────────────────────────────────────────────────────────────────────

async function anchorExport(): Promise<number> {
  const anchor = AnchorStore.open(path);
  const fd = openSync(out, 'w');
  let rows = 0;
  let after: Cursor | undefined;
  for (;;) {
    const page = anchor.window({}, 1000, after);
    writeSync(
      fd,
      page.rows
        .map((r) => [r.id, r.created_at, r.status, r.source_asset, r.source_amount].join(','))
        .join('\n') + '\n',
    );
    rows += page.rows.length;
    if (!page.next) break;
    after = page.next;
    await yieldLoop();
  }
  closeSync(fd);
  anchor.close();
  return rows;
}

let test: Awaited<ReturnType<typeof createTestRuntime>> | undefined;
if (mode === 'ours') {
  test = await createTestRuntime({
    dataDir: path,
    settings: { onboarded: true },
    runtime: { timers: manualTimers },
  });
  await test.runtime.environments.desk.refreshNow();
}
/** This process's own peak RSS (VmHWM): getrusage's maxRSS keeps the forking parent's across exec. */
const peakRss = () =>
  Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]) * 1024;
const heapIdle = process.memoryUsage().heapUsed;
let heapPeak = 0;
const sampler = setInterval(
  () => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)),
  5,
);
const delay = monitorEventLoopDelay({ resolution: 5 });
delay.enable();
const started = performance.now();
const result =
  mode === 'ours'
    ? await EXPORT(
        test!.runtime.handlers as unknown as Record<string, (input: unknown) => Promise<unknown>>,
      )
    : await anchorExport();
const ms = performance.now() - started;
delay.disable();
clearInterval(sampler);
heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
const ok = mode === 'anchor' || (result as { ok?: boolean }).ok === true;
console.log(
  JSON.stringify({
    ok,
    ms,
    maxRssBytes: peakRss(),
    heapPeak,
    heapIdle,
    maxBlockMs: delay.max / 1e6,
    result: mode === 'ours' ? result : { rows: result },
  }),
);
await test?.close();
process.exit(0);
