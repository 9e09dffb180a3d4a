// The adversarial model test of issue 11: seeded random sequences of operator actions (submit,
// cancel, confirm, resubmit, abandon, retry now, environment switch, credential change, restart,
// clock jumps) go through the bridge handler table of the real runtime, while a fault proxy
// between the Paxos client and the simulator drops answers, lags ref_id reads, strips meta,
// answers 409/429/5xx, ignores filters and names other destinations. After every step:
//   1. at most one orchestration per operator decision (per intent ref_id), none unaccounted for;
//   2. a cancelled request is absent at Paxos; an abandoned one is absent or, once a sync has
//      reached Paxos since it turned up (at the latest at the end), carries an alert;
//   3. nothing acknowledged is lost: every intent a submit acknowledged is still there.
// Used by test/heavy/adversarial-model.test.ts (2,000 steps) and scripts/soak.ts (100,000+).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Timers } from '../../main/desk/sync/sync-engine';
import { startSimulator, SEED_IDS } from '../../main/simulator';
import { seededRandom } from '../../main/simulator/random';
import { startFaultProxy, type ProxyFaults } from './fault-proxy';
import { createTestRuntime, type TestRuntime } from './test-runtime';

const manualTimers: Timers = { setTimeout: () => 0, clearTimeout: () => undefined };
const OTHER_BANK = 'ffffffff-0000-4000-8000-00000000abcd';

export interface ModelStats {
  steps: number;
  decisions: number;
  orchestrations: number;
  alerts: number;
  /** Abandoned requests that turned up at Paxos later (late deliveries). */
  strays: number;
  restarts: number;
  actions: Record<string, number>;
  /** How the operator's cancel and abandon calls ended. */
  outcomes: Record<string, number>;
  faults: Record<string, number>;
  finalStates: Record<string, number>;
}

export class InvariantViolation extends Error {
  override readonly name = 'InvariantViolation';
}

type Intent = { id: string; refId: string; state: string; alert?: string; attempts: number; lastError?: { code: string } };
type Bridge = Record<string, (input?: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>>;

export async function runAdversarialModel(options: { seed: number; steps: number; log?: (line: string) => void; progressEvery?: number }): Promise<ModelStats> {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  const sim = await startSimulator({
    seed: options.seed, rateLimits: { enabled: false },
    timing: { fiatApprovalMs: 3_600_000, orchestrationStepMs: 3_600_000 },
  });
  sim.control.setBalance(SEED_IDS.defaultProfile, 'USDC', '100000000.000000');
  const proxy = await startFaultProxy(sim, seededRandom(options.seed + 1));
  const dataDir = await mkdtemp(join(tmpdir(), 'td-model-'));
  let clockOffsetMs = 0;
  const now = () => new Date(Date.now() + clockOffsetMs);
  const open = () => createTestRuntime({
    dataDir, settings: { onboarded: true },
    runtime: {
      timers: manualTimers, now,
      startDemoSimulator: async () => ({ ...sim, url: proxy.url, tokenUrl: proxy.tokenUrl, close: async () => undefined }),
      clientOptions: { timeoutMs: 10_000, backoff: { baseDelayMs: 1, maxDelayMs: 4, maxAttempts: 2, maxRetryAfterMs: 5 } },
    },
  });
  let app: TestRuntime = await open();
  const bridge = () => app.runtime.handlers as unknown as Bridge;
  const desk = () => app.runtime.environments.desk;
  const inDemo = () => app.runtime.state.get().environment === 'demo';

  /** Every intent a submit acknowledged (id → ref_id), and the amount asked. */
  const acknowledged = new Map<string, { refId: string; amount: string }>();
  const refIds = new Set<string>();
  /** Abandoned requests seen at Paxos before the desk noticed (each must be alerted by the end). */
  const strays = new Set<string>();
  const stats: ModelStats = { steps: 0, decisions: 0, orchestrations: 0, alerts: 0, strays: 0, restarts: 0, actions: {}, outcomes: {}, faults: {}, finalStates: {} };
  const count = (bucket: Record<string, number>, key: string) => (bucket[key] = (bucket[key] ?? 0) + 1);

  const faultKinds: (() => ProxyFaults)[] = [
    () => ({ dropAnswer: { method: 'POST', count: 1 } }),
    () => ({ lagRefIdReads: { count: 1 + Math.floor(random() * 6) } }),
    () => ({ stripMeta: { count: 1 + Math.floor(random() * 3) } }),
    () => ({ status: { status: pick([409, 500, 502, 503])!, count: 1 + Math.floor(random() * 2) } }),
    () => ({ status: { status: 429, retryAfter: random() < 0.1 ? '31536000' : '1', count: 1 } }),
    () => ({ ignoreFilters: { count: 1 + Math.floor(random() * 4) } }),
    () => ({ otherDestination: { method: 'POST', bankAccountId: OTHER_BANK, count: 1 } }),
    // A create whose connection dies but which reaches Paxos seconds later, often after the
    // desk looked it up, found nothing and (after a refusal) the operator abandoned it.
    () => ({
      lateDelivery: { method: 'POST', path: '/orchestration/orchestrations', count: 1, delayMs: 3000 + Math.floor(random() * 7000) },
      status: { method: 'POST', path: '/orchestration/orchestrations', status: 401, after: 1, count: 2 },
    }),
  ];

  const intentsIn = (...states: string[]): Intent[] => (inDemo() ? (desk().intents.list({ states: states as never }) as Intent[]) : []);
  const amount = () => `${1 + Math.floor(random() * 90)}.${String(Math.floor(random() * 100)).padStart(2, '0')}`;
  const redemption = (value: string) => ({ profileId: SEED_IDS.defaultProfile, asset: 'USDC', amount: value, fiatAccountId: SEED_IDS.operatingBankAccount });

  const actions: [number, string, () => Promise<void>][] = [
    [18, 'submit', async () => {
      const value = amount();
      const r = await bridge().submitRedemption!(redemption(value));
      if (!r.ok) return;
      const v = r.value as Intent;
      if (!acknowledged.has(v.id)) stats.decisions += 1;
      acknowledged.set(v.id, { refId: v.refId, amount: value });
      refIds.add(v.refId);
    }],
    [10, 'cancel', async () => {
      const open = intentsIn('queued', 'needs_attention', 'reconciling', 'sending');
      const offered = open.filter((i) => i.attempts === 0);
      const target = pick(random() < 0.7 && offered.length > 0 ? offered : open);
      if (!target) return;
      const r = await bridge().cancelIntent!({ id: target.id });
      count(stats.outcomes, r.ok ? 'cancel:ok' : `cancel:${r.error?.code}`);
    }],
    [8, 'confirm', async () => {
      const target = pick(intentsIn('needs_attention'));
      if (target) await bridge().confirmIntent!({ id: target.id });
    }],
    [12, 'abandon', async () => {
      // Mostly what the screen offers (may have left, no mismatch); sometimes anything (the renderer is untrusted).
      const waiting = intentsIn('needs_attention');
      const offered = waiting.filter((i) => i.attempts > 0 && i.lastError?.code !== 'answer_mismatch');
      const target = pick(random() < 0.8 && offered.length > 0 ? offered : waiting);
      if (!target) return;
      const r = await bridge().abandonIntent!({ id: target.id });
      count(stats.outcomes, r.ok ? `abandon:${String((r.value as Intent).state)}` : `abandon:${r.error?.code}`);
    }],
    [5, 'resubmit', async () => {
      const target = pick(intentsIn('abandoned'));
      const asked = target && acknowledged.get(target.id);
      if (!target || !asked) return;
      const r = await bridge().submitRedemption!(redemption(asked.amount));
      if (!r.ok) return;
      const v = r.value as Intent;
      if (v.refId !== target.refId) throw new InvariantViolation(`resubmitting abandoned ${target.refId} made a new ref_id ${v.refId}`);
      stats.decisions += 1;
    }],
    [25, 'sync', async () => {
      if (inDemo()) await desk().sync.refreshNow();
    }],
    [12, 'flush', async () => {
      if (inDemo()) await desk().outbox.flush();
    }],
    [3, 'retryNow', async () => {
      await bridge().retryNow!(undefined);
    }],
    [10, 'fault', async () => {
      const faults = pick(faultKinds)!();
      count(stats.faults, Object.keys(faults)[0]!);
      proxy.set(faults);
    }],
    [2, 'switchEnvironment', async () => {
      await bridge().switchEnvironment!({ environment: inDemo() ? 'sandbox' : 'demo' });
    }],
    [2, 'credentialChange', async () => {
      // The credentials Paxos accepts change under the desk: tokens expire, the next ones are refused twice.
      sim.control.expireTokens();
      proxy.set({ status: { path: '/v2/', status: 401, count: 2 } });
    }],
    [1, 'restart', async () => {
      await app.runtime.dispose();
      app = await open();
      stats.restarts += 1;
    }],
    [3, 'clockJump', async () => {
      clockOffsetMs += pick([-3 * 3600_000, -60_000, 60_000, 2 * 3600_000, 25 * 3600_000])!;
      if (random() < 0.5) sim.control.tick(3_600_000); // orchestrations move on at Paxos
    }],
  ];
  const totalWeight = actions.reduce((sum, [w]) => sum + w, 0);
  const chooseAction = () => {
    let r = random() * totalWeight;
    for (const action of actions) if ((r -= action[0]) < 0) return action;
    return actions[0]!;
  };

  function check(step: number, action: string): void {
    const world = sim.control.snapshot();
    const byRef = new Map<string, number>();
    for (const o of world.orchestrations as { ref_id?: string }[]) {
      const ref = String(o.ref_id);
      if (!refIds.has(ref)) throw new InvariantViolation(`step ${step} (${action}): orchestration with unknown ref_id ${ref}`);
      byRef.set(ref, (byRef.get(ref) ?? 0) + 1);
    }
    for (const [ref, n] of byRef) if (n > 1) throw new InvariantViolation(`step ${step} (${action}): ${n} orchestrations for one decision (${ref})`);
    stats.orchestrations = world.orchestrations.length;
    if (!inDemo()) return;
    let alerts = 0;
    for (const [id, { refId }] of acknowledged) {
      const intent = desk().intents.get(id) as Intent | undefined;
      if (!intent) throw new InvariantViolation(`step ${step} (${action}): acknowledged intent ${refId} was lost`);
      if (intent.alert) alerts += 1;
      if (intent.state === 'cancelled' && byRef.has(refId)) {
        throw new InvariantViolation(`step ${step} (${action}): cancelled ${refId} is at Paxos`);
      }
      // A late arrival is seen only by the next sync that reaches Paxos: strays are settled at the end.
      if (intent.state === 'abandoned' && byRef.has(refId) && !intent.alert) {
        if (action === 'final') throw new InvariantViolation(`final: abandoned ${refId} is at Paxos and no alert was raised`);
        strays.add(refId);
      }
    }
    stats.alerts = alerts;
  }

  try {
    for (let step = 1; step <= options.steps; step += 1) {
      const [, name, run] = chooseAction();
      count(stats.actions, name);
      await run();
      stats.steps = step;
      // Every step while the history is small; in long runs every 25th step (the snapshot of a
      // world with thousands of orchestrations costs more than the step), and always at the end.
      if (acknowledged.size < 1500 || step % 25 === 0) check(step, name);
      if (options.progressEvery && step % options.progressEvery === 0) options.log?.(progressLine(stats));
    }
    // The end: faults off, Paxos reachable, everything reconciled; then the invariants once more.
    proxy.clear();
    if (!inDemo()) await bridge().switchEnvironment!({ environment: 'demo' });
    desk().paxosClientForTests?.retryNow();
    for (let i = 0; i < 5; i += 1) await desk().sync.refreshNow();
    await new Promise((resolve) => setTimeout(resolve, 10_500)); // late deliveries land
    for (let i = 0; i < 3; i += 1) await desk().sync.refreshNow();
    check(options.steps, 'final');
    stats.strays = strays.size;
    for (const { refId } of acknowledged.values()) {
      const intent = desk().intents.list().find((i) => i.refId === refId);
      if (intent) count(stats.finalStates, intent.state);
    }
    return stats;
  } finally {
    await app.runtime.dispose().catch(() => undefined);
    await proxy.close();
    await sim.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

export function progressLine(s: ModelStats): string {
  return `steps=${s.steps} decisions=${s.decisions} orchestrations=${s.orchestrations} alerts=${s.alerts} strays=${s.strays} restarts=${s.restarts}`;
}
