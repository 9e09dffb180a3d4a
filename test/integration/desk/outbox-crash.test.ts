// Crash test of the exactly-once outbox (issue 4, "Crash tests"). A child process runs the real
// IntentStore, CacheStore, Paxos client and Outbox on one persistent data dir against one
// simulator (with 5–40 ms of latency, so kills also land while a request is on the wire) and
// is SIGKILLed at random points, 200 times, restarting on the same dir each time. A last child
// then recovers and flushes to the end. Then: no acknowledged intent is lost, every intent
// has exactly one orchestration (found by ref_id), the simulator holds nothing else, and no
// USDC was debited twice.
import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CacheStore } from '../../../main/desk/store/cache/cache-store';
import type { Intent, IntentState } from '../../../main/desk/store/intents/intent';
import { IntentStore } from '../../../main/desk/store/intents/intent-store';
import { startSimulator, type RunningSimulator } from '../../../main/simulator';
import { addAmounts, amountsEqual, subtractAmounts } from '../../../shared/money';

// 200 in `npm test`; CRASH_KILLS=1000 for the long run (npm run test:crash-long).
const KILLS = Number(process.env.CRASH_KILLS ?? 200);
// The test's time budget per kill: a spawn costs 1-3 s on a quiet machine; the long run on a
// loaded shared machine sets more (CRASH_MS_PER_KILL), since the budget guards hangs, not speed.
const BUDGET_PER_KILL_MS = Number(process.env.CRASH_MS_PER_KILL ?? 3_000);
/** Share of kills aimed at start-up (opening the stores, recover()) rather than after READY. */
const STARTUP_KILL_SHARE = 0.15;
/** After READY the child is killed within this many ms (reconcile, send, enqueue, fsync). */
const MAX_KILL_AFTER_READY_MS = 300;
const LATENCY = { latencyMs: 5, latencyJitterMs: 36 };
const START_BALANCE = '10000000.000000';

const here = dirname(fileURLToPath(import.meta.url));
const childSource = join(here, 'crash-child.ts');
const repoRoot = join(here, '..', '..', '..');

interface ChildRun {
  acks: string[];
  readyAfterMs: number | undefined;
  killed: boolean;
  killedBeforeReady: boolean;
  /** Orchestrations at the simulator the moment the kill was sent. */
  orchestrationsAtKill: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string[];
  stderr: string;
}

type KillPlan = { afterSpawnMs: number } | { afterReadyMs: number } | null;

/** What the database holds right now, read from a copy (opening the live file would recover it). */
async function peekIntents(dataDir: string): Promise<{ intents: Map<string, Intent> }> {
  const copy = await mkdtemp(join(tmpdir(), 'peek-intents-'));
  try {
    for (const suffix of ['', '-wal'])
      await copyFile(
        join(dataDir, `desk.sqlite${suffix}`),
        join(copy, `desk.sqlite${suffix}`),
      ).catch(() => undefined);
    const db = new DatabaseSync(join(copy, 'desk.sqlite'));
    try {
      const hasTable =
        db.prepare("SELECT 1 AS x FROM sqlite_master WHERE name = 'intents'").get() !== undefined;
      const rows = hasTable
        ? (db.prepare('SELECT id, body FROM intents').all() as { id: string; body: string }[])
        : [];
      return { intents: new Map(rows.map((r) => [r.id, JSON.parse(r.body) as Intent])) };
    } finally {
      db.close();
    }
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

/** Every intent here is a redemption: its amount (anything else counts as nothing). */
const amountOf = (intent: Intent) =>
  intent.kind === 'create_orchestration' ? intent.payload.source_amount : '0';
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 250;

describe('outbox crash safety (SIGKILL at random points)', () => {
  let sim: RunningSimulator;
  let workDir: string;
  let dataDir: string;
  let childCommand: string[];
  let profileId: string;
  let bankAccountId: string;

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'td-outbox-crash-'));
    dataDir = join(workDir, 'data');
    // Bundle the child once: a plain `node child.mjs` is READY in ~200 ms, under tsx ~530 ms.
    try {
      const { build } = await import('esbuild');
      const outfile = join(workDir, 'crash-child.mjs');
      await build({
        entryPoints: [childSource],
        outfile,
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        absWorkingDir: repoRoot,
        logLevel: 'error',
        banner: {
          js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
        },
      });
      childCommand = [outfile];
    } catch {
      childCommand = ['--import', 'tsx', childSource];
    }

    sim = await startSimulator({ seed: 4242, rateLimits: { enabled: false }, faults: LATENCY });
    const world = sim.control.snapshot();
    const approved = world.fiatAccounts.find((a) => a.status === 'APPROVED' && !a.deleted);
    const profile = world.profiles.find((p) => p.type === 'DEFAULT');
    if (!approved || !profile)
      throw new Error('the simulator seed has no approved bank account or default profile');
    expect(world.orchestrations).toEqual([]);
    bankAccountId = String(approved.id);
    profileId = profile.id;
    sim.control.setBalance(profileId, 'USDC', START_BALANCE);
  }, 120_000);

  afterAll(async () => {
    await sim?.close();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  function runChild(mode: 'run' | 'drain', plan: KillPlan): Promise<ChildRun> {
    const started = Date.now();
    const child = spawn(process.execPath, [...childCommand, dataDir, sim.url, sim.tokenUrl, mode], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        CRASH_CLIENT_ID: sim.credentials.clientId,
        CRASH_CLIENT_SECRET: sim.credentials.clientSecret,
        CRASH_PROFILE_ID: profileId,
        CRASH_BANK_ACCOUNT_ID: bankAccountId,
        CRASH_MAX_MS: mode === 'drain' ? '60000' : '30000',
      },
    });
    const run: ChildRun = {
      acks: [],
      readyAfterMs: undefined,
      killed: false,
      killedBeforeReady: false,
      orchestrationsAtKill: 0,
      code: null,
      signal: null,
      stdout: [],
      stderr: '',
    };
    const kill = () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      run.killed = true;
      run.killedBeforeReady = run.readyAfterMs === undefined;
      child.kill('SIGKILL');
      run.orchestrationsAtKill = sim.control.snapshot().orchestrations.length;
    };
    let timer: NodeJS.Timeout | undefined;
    if (plan && 'afterSpawnMs' in plan) timer = setTimeout(kill, plan.afterSpawnMs);
    let buffered = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        run.stdout.push(line);
        if (line.startsWith('ACK ')) run.acks.push(line.slice(4));
        if (line.startsWith('READY ') && run.readyAfterMs === undefined) {
          run.readyAfterMs = Date.now() - started;
          if (plan && 'afterReadyMs' in plan) timer = setTimeout(kill, plan.afterReadyMs);
        }
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (run.stderr += chunk));
    return new Promise((resolve, reject) => {
      child.on('error', reject);
      // 'close' comes after the pipes are drained: every line the child wrote has been read.
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        run.code = code;
        run.signal = signal;
        resolve(run);
      });
    });
  }

  it(
    `keeps exactly one orchestration per intent and loses no acknowledged intent across ${KILLS} kills`,
    async () => {
      const t0 = Date.now();
      const acked = new Set<string>();
      const readyTimes: number[] = [];
      const stats = {
        spawns: 0,
        kills: 0,
        killsBeforeReady: 0,
        killsWithSending: 0,
        /** Sending at the kill, and Paxos has it (before or after the death): the answer was lost. */
        killsWithSendingPaxosHasIt: 0,
        /** Sending at the kill, and the request never reached Paxos: it must be sent after all. */
        killsWithSendingPaxosLacksIt: 0,
        /** The dead child's create was still in the simulator's latency and was served after the kill. */
        killsWithCreateServedAfterDeath: 0,
        killsWithReconciling: 0,
        storedButNotAcked: 0,
      };

      for (let i = 0; i < KILLS; i += 1) {
        const plan: KillPlan =
          Math.random() < STARTUP_KILL_SHARE
            ? { afterSpawnMs: Math.random() * median(readyTimes) }
            : { afterReadyMs: Math.random() * MAX_KILL_AFTER_READY_MS };
        const run = await runChild('run', plan);
        stats.spawns += 1;
        if (!run.killed || run.signal !== 'SIGKILL') {
          throw new Error(
            `child ${i} ended by itself (code ${run.code}, signal ${run.signal}):\n${run.stderr}\n${run.stdout.join('\n')}`,
          );
        }
        stats.kills += 1;
        if (run.killedBeforeReady) stats.killsBeforeReady += 1;
        if (run.readyAfterMs !== undefined) readyTimes.push(run.readyAfterMs);
        for (const ref of run.acks) acked.add(ref);

        const { intents } = await peekIntents(dataDir);
        const states = [...intents.values()].map((intent) => intent.state);
        if (states.includes('reconciling')) stats.killsWithReconciling += 1;
        const sending = [...intents.values()].filter((intent) => intent.state === 'sending');
        if (sending.length > 0) {
          stats.killsWithSending += 1;
          // A request the dead child left on the wire is still served after the latency fault.
          await pause(LATENCY.latencyMs + LATENCY.latencyJitterMs + 20);
          const atPaxos = sim.control.snapshot().orchestrations;
          const refs = new Set(atPaxos.map((o) => o.ref_id));
          if (sending.some((intent) => refs.has(intent.refId)))
            stats.killsWithSendingPaxosHasIt += 1;
          else stats.killsWithSendingPaxosLacksIt += 1;
          if (atPaxos.length > run.orchestrationsAtKill) stats.killsWithCreateServedAfterDeath += 1;
        }
      }

      // The operator restarts the app once more and leaves it running.
      const final = await runChild('drain', null);
      expect(final.code, `final child failed:\n${final.stderr}`).toBe(0);
      expect(final.stdout.some((line) => line.startsWith('DRAINED '))).toBe(true);
      for (const ref of final.acks) acked.add(ref);

      const store = await IntentStore.open(dataDir);
      const cache = await CacheStore.open(dataDir);
      try {
        expect(store.unreadable).toEqual([]);
        expect(store.damaged).toEqual([]);
        const intents = store.list();
        const byRef = new Map(intents.map((intent) => [intent.refId, intent]));
        expect(byRef.size).toBe(intents.length); // ref_ids are unique
        stats.storedButNotAcked = intents.filter((intent) => !acked.has(intent.refId)).length;

        // (1) Nothing the operator was told "queued" is lost.
        const lost = [...acked].filter((ref) => !byRef.has(ref));
        expect(lost, 'acknowledged intents missing from the store').toEqual([]);

        // (4) Everything was delivered; nothing failed or needs attention.
        const byState: Partial<Record<IntentState, number>> = {};
        for (const intent of intents) byState[intent.state] = (byState[intent.state] ?? 0) + 1;
        const undelivered = intents.filter(
          (intent) => intent.state !== 'submitted' && intent.state !== 'completed',
        );
        expect(
          undelivered.map(
            (i) => `${i.refId} ${i.state} ${i.attentionReason ?? ''} ${i.lastError?.message ?? ''}`,
          ),
        ).toEqual([]);

        // (2) Exactly one orchestration per intent (acknowledged or not), matching its payload,
        // and the one the intent points at; the cache holds it.
        const world = sim.control.snapshot();
        const orchestrationsByRef = new Map<string, typeof world.orchestrations>();
        for (const o of world.orchestrations) {
          const ref = String(o.ref_id);
          orchestrationsByRef.set(ref, [...(orchestrationsByRef.get(ref) ?? []), o]);
        }
        const notExactlyOnce = intents
          .map((intent) => ({
            ref: intent.refId,
            count: orchestrationsByRef.get(intent.refId)?.length ?? 0,
          }))
          .filter(({ count }) => count !== 1);
        expect(notExactlyOnce, 'intents without exactly one orchestration').toEqual([]);
        for (const intent of intents) {
          const [orchestration] = orchestrationsByRef.get(intent.refId)!;
          expect(intent.result?.paxosId).toBe(orchestration!.id);
          expect(amountsEqual(String(orchestration!.source_amount), amountOf(intent))).toBe(true);
          expect(
            await cache.get('orchestrations', String(orchestration!.id)),
            `cache misses ${intent.refId}`,
          ).toBeDefined();
        }

        // (3) Nothing at Paxos that is not an intent: nothing sent twice under another ref_id.
        const strangers = world.orchestrations.filter((o) => !byRef.has(String(o.ref_id)));
        expect(strangers.map((o) => o.ref_id)).toEqual([]);
        expect(world.orchestrations).toHaveLength(intents.length);

        // Money: the source was debited exactly once per intent.
        const requested = intents.reduce((sum, intent) => addAmounts(sum, amountOf(intent)), '0');
        const usdc = world.profiles.find((p) => p.id === profileId)!.balances.USDC!;
        expect(amountsEqual(usdc, subtractAmounts(START_BALANCE, requested))).toBe(true);

        const summary = {
          ...stats,
          durationS: Math.round((Date.now() - t0) / 100) / 10,
          medianReadyMs: median(readyTimes),
          intents: intents.length,
          acked: acked.size,
          orchestrations: world.orchestrations.length,
          maxAttempts: Math.max(...intents.map((intent) => intent.attempts)),
          resent: intents.filter((intent) => intent.attempts > 1).length,
          byState,
          finalChild: final.stdout.find((line) => line.startsWith('DRAINED ')),
          child: childCommand.length === 1 ? 'esbuild bundle' : 'tsx',
        };
        console.log(`outbox crash test: ${JSON.stringify(summary)}`);
        // Only invariants are asserted above. How many kills landed mid-send or how many intents
        // a child managed before its kill depends on how loaded the machine is, so those figures
        // are printed (the summary line) and never asserted: on a slow machine fewer intents per
        // run is not a bug.
      } finally {
        await store.close();
        await cache.close();
      }
    },
    Math.max(600_000, KILLS * BUDGET_PER_KILL_MS),
  );
});
