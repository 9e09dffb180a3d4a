// Child of bench/history-operator.ts: exports every row as CSV, then prints one JSON line with
// wall time, peak RSS, the peak JS heap sampled every 5 ms (samples wait while the loop is
// blocked, so a peak inside one long task is missed: RSS bounds it), and the longest event-loop
// block (perf_hooks.monitorEventLoopDelay).
//   node --import tsx bench/history-export-child.ts ours <dataDir> <paxos JSON>
// Ours reaches "Paxos" (bench/history-paxos-process.ts, another process) over loopback HTTP, as
// the app does: the legs' answers cost this process their parse only, never the server's work.
//   node --import tsx bench/history-export-child.ts anchor <anchor.sqlite> <out.csv>
import { closeSync, createReadStream, openSync, readFileSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setImmediate as yieldLoop } from 'node:timers/promises';
import { manualTimers } from '../test/integration/desk/desk-fixture';
import { createTestRuntime } from '../test/support/test-runtime';
import type { RunningSimulator, SimulatorControl } from '../main/simulator';
import { AnchorStore, type Cursor } from './anchor-store';

const [mode, path, out] = process.argv.slice(2) as ['ours' | 'anchor', string, string];

/** The demo environment's "simulator" is the other process: its URLs, nothing in this one. */
function remotePaxos(json: string): RunningSimulator {
  const p = JSON.parse(json) as Record<'apiUrl' | 'tokenUrl' | 'clientId' | 'clientSecret', string>;
  const elsewhere = new Proxy({} as SimulatorControl, {
    get: () => {
      throw new Error('the bench simulator runs in another process');
    },
  });
  return {
    url: p.apiUrl,
    tokenUrl: p.tokenUrl,
    credentials: { clientId: p.clientId, clientSecret: p.clientSecret },
    control: elsewhere,
    close: async () => undefined,
  };
}

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
    runtime: {
      timers: manualTimers,
      startDemoSimulator: async () => remotePaxos(out),
      // The tests' 3 s: a loaded machine answers a legs call slower than that now and then.
      clientOptions: {
        timeoutMs: 30_000,
        backoff: { baseDelayMs: 20, maxDelayMs: 200, maxAttempts: 3 },
      },
    },
  });
  await test.runtime.environments.desk.refreshNow();
}
/** This process's own peak RSS (VmHWM): getrusage's maxRSS keeps the forking parent's across exec. */
const peakRss = () =>
  Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]) * 1024;
// What the start left to collect (the first refresh's garbage) is not the export's: collect it,
// so the peak below is the live heap before the export plus what the export itself holds.
globalThis.gc?.();
const heapIdle = process.memoryUsage().heapUsed;
let heapPeak = 0;
// The loop delay is wall-clock: on a loaded machine it also counts the time the OS did not run
// this process at all. This thread's own CPU between two ticks of the sampler (≤ 5 ms apart
// when the loop turns) bounds what the process itself held the loop for: reported beside it.
let cpuMark = process.threadCpuUsage();
let maxCpuBetweenTicksMs = 0;
const sampler = setInterval(() => {
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  const cpu = process.threadCpuUsage(cpuMark);
  cpuMark = process.threadCpuUsage();
  maxCpuBetweenTicksMs = Math.max(maxCpuBetweenTicksMs, (cpu.user + cpu.system) / 1000);
}, 5);
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
/** Rows whose legs were not read (Paxos refused or failed): the file is then not the whole truth. */
async function legsNotRead(): Promise<number | undefined> {
  const file = (result as { value?: { path?: string } }).value?.path;
  if (mode !== 'ours' || !file) return undefined;
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(file) }))
    if (line.endsWith(',not_read') || line.includes(',not_read,')) n += 1;
  return n;
}
const notRead = await legsNotRead();
// What the export left live: its pages must all be garbage once it ends (memory flat).
globalThis.gc?.();
const heapAfterGc = process.memoryUsage().heapUsed;
console.log(
  JSON.stringify({
    ok,
    ms,
    maxRssBytes: peakRss(),
    heapPeak,
    heapIdle,
    heapAfterGc,
    maxBlockMs: delay.max / 1e6,
    maxCpuBetweenTicksMs,
    result: mode === 'ours' ? result : { rows: result },
    legsNotRead: notRead,
  }),
);
await test?.close();
process.exit(0);
