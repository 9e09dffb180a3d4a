// Child of the first-sync benchmark: opens a desk on an empty data folder, runs the first full
// sync against the simulator, prints {ms, maxRssBytes, stored} as one JSON line.
//   node --import tsx bench/first-sync-child.ts <apiUrl> <tokenUrl> <clientId> <clientSecret> <dataDir>
import { appendFileSync, readFileSync } from 'node:fs';
import { Desk } from '../main/desk/desk';
import { createPaxosClient } from '../main/paxos';
import { defaultSettings } from '../shared/settings';

const [apiUrl, tokenUrl, clientId, clientSecret, dataDir] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
];
const client = createPaxosClient({
  environment: 'sandbox',
  endpoints: { apiUrl, tokenUrl },
  env: {},
  getCredentials: async () => ({ clientId, clientSecret }),
  timeoutMs: 60_000,
  tokenMinIntervalMs: 0,
  backoff: { baseDelayMs: 10, maxDelayMs: 100, maxAttempts: 3 },
});
// FIRST_SYNC_TRACE=<file>: memory every second (rss, heap, external) while it runs, to see
// what grows with the history.
const traceFile = process.env.FIRST_SYNC_TRACE;
const tracer = traceFile
  ? setInterval(() => {
      const m = process.memoryUsage();
      const mb = (n: number) => Math.round(n / 1048576);
      appendFileSync(
        traceFile,
        `${Math.round(performance.now())} rss=${mb(m.rss)} heapUsed=${mb(m.heapUsed)} heapTotal=${mb(m.heapTotal)} external=${mb(m.external)} arrayBuffers=${mb(m.arrayBuffers)}\n`,
      );
    }, 1000)
  : undefined;
tracer?.unref();
const started = performance.now();
const desk = await Desk.open({
  environment: 'sandbox',
  dataDir,
  user: 'bench',
  client,
  settings: () => ({ ...defaultSettings, onboarded: true }),
  notifier: { show: () => undefined },
  now: () => new Date(),
  onChange: () => undefined,
  onReachability: () => undefined,
  onSynced: () => undefined,
  onNotificationClick: () => undefined,
  timers: { setTimeout: () => 0, clearTimeout: () => undefined },
});
await desk.refreshNow();
const ms = performance.now() - started;
const stored = desk.records.count('orchestrations');
await desk.close();
// VmHWM, not getrusage's maxRSS: that one keeps the forking parent's peak (the simulator's) across exec.
const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
const maxRssBytes = hwm ? Number(hwm) * 1024 : process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify({ ms, maxRssBytes, stored }));
