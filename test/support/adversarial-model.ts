// The adversarial model test of issue 11: seeded random sequences of operator actions (submit,
// cancel, confirm, resubmit, abandon, retry now, environment switch, credential change, restart,
// clock jumps) go through the bridge handler table of the real runtime, while a fault proxy
// between the Paxos client and the simulator drops answers, lags ref_id reads, strips meta,
// answers 409/429/5xx, ignores filters, names other destinations and holds creates back until
// after the desk looked for them (so an abandoned request can land at Paxos later); the simulator
// holds requests for approval (2026) in a random mode and decides waiting ones either way.
// Invariants:
//   1. at most one orchestration per operator decision (per intent ref_id), none unaccounted for;
//   2. a cancelled request is absent at Paxos; an abandoned one is absent or, once a sync has
//      reached Paxos since it landed (at the latest at the end), carries exactly one alert and
//      follows the orchestration that landed;
//   3. nothing acknowledged is lost: every intent a submit acknowledged is still there;
//   4. at the end, a request Paxos rejected is closed as rejected (failed), never resent.
// Cost per step is bounded: each step checks what it can have changed (the creates Paxos accepted
// during the step, seen by the proxy, and the intents the step acted on or that landed); every
// FULL_CHECK_EVERY steps and at the end the whole world is checked against the simulator's own
// snapshot. A violation cannot heal by itself (a lost intent stays lost, an orchestration stays
// at Paxos), so the full check finds anything the step checks could not see.
// Used by test/heavy/adversarial-model.test.ts (2,000 steps) and scripts/soak.ts (100,000+).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Timers } from '../../main/desk/sync/sync-engine';
import { startSimulator, SEED_IDS } from '../../main/simulator';
import { MemorySecretStore } from '../../main/vault/memory-secret-store';
import { seededRandom } from '../../main/simulator/random';
import { mintActor, ruleMade } from './adversarial-mint';
import { conversionAsk, movesActor, redemptionAsk, type Ask } from './adversarial-moves';
import { startFaultProxy, type ProxyFaults } from './fault-proxy';
import { createTestRuntime, type TestRuntime } from './test-runtime';

const manualTimers: Timers = { setTimeout: () => 0, clearTimeout: () => undefined };
const OTHER_BANK = 'ffffffff-0000-4000-8000-00000000abcd';

export interface ModelStats {
  steps: number;
  decisions: number;
  orchestrations: number;
  /** Wires out at Paxos (WIRE_WITHDRAWAL transfers under a decision's ref_id), issue 26. */
  wireOuts: number;
  /** Decisions by kind (redemption, mint, conversion, wireOut). */
  decisionKinds: Record<string, number>;
  /** Strays by decision kind. */
  strayKinds: Record<string, number>;
  /** Completed decisions checked against Paxos's COMPLETED record, field by field. */
  completedChecked: number;
  /** Alerts raised by the desk (intents carrying one; at the end, audit-log 'intent.alert' entries). */
  alerts: number;
  /** Abandoned requests whose create landed at Paxos afterwards (each must raise one alert). */
  strays: number;
  /** Strays the desk alerted on and now follows. */
  straysAlerted: number;
  /** Strays the operator sent again (same ref_id) before the desk noticed: followed, no alert due. */
  straysResubmitted: number;
  /** Held creates delivered to Paxos after the desk had given up waiting for them. */
  lateArrivals: number;
  restarts: number;
  /** Requests Paxos rejected at approval, each found closed as rejected at the end. */
  rejected: number;
  fullChecks: number;
  actions: Record<string, number>;
  /** How the operator's cancel and abandon calls ended. */
  outcomes: Record<string, number>;
  faults: Record<string, number>;
  finalStates: Record<string, number>;
  /** Wall time of each action kind (ms), to see which one grows in long runs. */
  actionMs: Record<string, number>;
}

export class InvariantViolation extends Error {
  override readonly name = 'InvariantViolation';
}

type Intent = {
  id: string;
  refId: string;
  kind?: string;
  state: string;
  alert?: string;
  attempts: number;
  lastError?: { code: string };
  result?: { paxosId?: string };
};
type Bridge = Record<
  string,
  (
    input?: unknown,
  ) => Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>
>;

/** Steps between two checks of the whole world (and always at the end). */
export const FULL_CHECK_EVERY = 500;
const FOLLOWING = new Set(['submitted', 'completed', 'failed']);

export interface ModelOptions {
  seed: number;
  steps: number;
  log?: (line: string) => void;
  progressEvery?: number;
  /** Where the desk's data folder is made (default: the OS temp dir). */
  dataRoot?: string;
}

export async function runAdversarialModel(options: ModelOptions): Promise<ModelStats> {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T | undefined =>
    items[Math.floor(random() * items.length)];
  const sim = await startSimulator({
    seed: options.seed,
    rateLimits: { enabled: false },
    timing: { fiatApprovalMs: 3_600_000, orchestrationStepMs: 3_600_000 },
  });
  sim.control.setBalance(SEED_IDS.defaultProfile, 'USDC', '100000000.000000');
  const proxy = await startFaultProxy(sim, seededRandom(options.seed + 1));
  const dataDir = await mkdtemp(join(options.dataRoot ?? tmpdir(), 'td-model-'));
  let clockOffsetMs = 0;
  const now = () => new Date(Date.now() + clockOffsetMs);
  // One OS keychain across restarts: a fresh one each time lost the audit key at every restart,
  // so from the third on the entries keyed before read as damaged (audit-key.ts, KEYED_SINCE).
  const keychain = new MemorySecretStore('keychain');
  const open = () =>
    createTestRuntime({
      dataDir,
      keychain,
      settings: { onboarded: true },
      runtime: {
        timers: manualTimers,
        now,
        startDemoSimulator: async () => ({
          ...sim,
          url: proxy.url,
          tokenUrl: proxy.tokenUrl,
          close: async () => undefined,
        }),
        clientOptions: {
          timeoutMs: 10_000,
          backoff: { baseDelayMs: 1, maxDelayMs: 4, maxAttempts: 2, maxRetryAfterMs: 5 },
        },
      },
    });
  let app: TestRuntime = await open();
  const bridge = () => app.runtime.handlers as unknown as Bridge;
  const desk = () => app.runtime.environments.desk;
  const inDemo = () => app.runtime.state.get().environment === 'demo';

  /** Every intent a submit acknowledged (id → ref_id), what was asked, and its kind. */
  const acknowledged = new Map<string, { refId: string; ask: Ask; kind: string }>();
  /** Intents seen closed (completed, failed, cancelled): they never move again. */
  const closed = new Map<string, string>();
  const idByRef = new Map<string, string>();
  /** What Paxos accepted, by ref_id → orchestration id (from the proxy, checked against the snapshot). */
  const atPaxos = new Map<string, string>();
  /** Abandoned requests that landed at Paxos: ref_id → how it was settled (undefined: not yet). */
  const strays = new Map<string, 'alerted' | 'resubmitted' | undefined>();
  /** Intents the current step acted on: checked after it. */
  const touched = new Set<string>();
  const stats: ModelStats = {
    steps: 0,
    decisions: 0,
    orchestrations: 0,
    wireOuts: 0,
    decisionKinds: {},
    strayKinds: {},
    completedChecked: 0,
    alerts: 0,
    strays: 0,
    straysAlerted: 0,
    straysResubmitted: 0,
    lateArrivals: 0,
    restarts: 0,
    rejected: 0,
    fullChecks: 0,
    actions: {},
    outcomes: {},
    faults: {},
    finalStates: {},
    actionMs: {},
  };
  const count = (bucket: Record<string, number>, key: string, by = 1) =>
    (bucket[key] = (bucket[key] ?? 0) + by);

  const faultKinds: (() => ProxyFaults)[] = [
    () => ({ dropAnswer: { method: 'POST', count: 1 } }),
    () => ({ lagRefIdReads: { count: 1 + Math.floor(random() * 6) } }),
    () => ({ stripMeta: { count: 1 + Math.floor(random() * 3) } }),
    () => ({
      status: { status: pick([409, 500, 502, 503])!, count: 1 + Math.floor(random() * 2) },
    }),
    () => ({ status: { status: 429, retryAfter: random() < 0.1 ? '31536000' : '1', count: 1 } }),
    () => ({ ignoreFilters: { count: 1 + Math.floor(random() * 4) } }),
    () => ({ otherDestination: { method: 'POST', bankAccountId: OTHER_BANK, count: 1 } }),
    // A create whose connection dies but which reaches Paxos later (action 'lateArrival'), often
    // after the desk looked it up, found nothing and (after a refusal) the operator abandoned it.
    () => ({
      lateDelivery: { method: 'POST', path: '/orchestration/orchestrations', count: 1, hold: true },
      status: {
        method: 'POST',
        path: '/orchestration/orchestrations',
        status: 401,
        after: 1,
        count: 2,
      },
    }),
  ];

  /** The operator gives a request up (the desk looks it up first; found, it follows it). */
  async function abandon(id: string, as = 'abandon'): Promise<void> {
    const r = await bridge().abandonIntent!({ id });
    touched.add(id);
    count(
      stats.outcomes,
      r.ok ? `${as}:${String((r.value as Intent).state)}` : `${as}:${r.error?.code}`,
    );
  }

  /** A decision the desk acknowledged (a new one, or an abandoned one sent again). */
  function remember(id: string, refId: string, ask: Ask, kind: string): void {
    if (!acknowledged.has(id)) {
      stats.decisions += 1;
      count(stats.decisionKinds, kind);
    }
    acknowledged.set(id, { refId, ask, kind });
    idByRef.set(refId, id);
    touched.add(id);
  }

  const intentsIn = (...states: string[]): Intent[] =>
    inDemo() ? (desk().intentsIn(states as never) as Intent[]) : [];
  const amount = () =>
    `${1 + Math.floor(random() * 90)}.${String(Math.floor(random() * 100)).padStart(2, '0')}`;
  const redemption = (value: string) => ({
    profileId: SEED_IDS.defaultProfile,
    asset: 'USDC',
    amount: value,
    fiatAccountId: SEED_IDS.operatingBankAccount,
  });

  const actions: [number, string, () => Promise<void>][] = [
    [
      18,
      'submit',
      async () => {
        const value = amount();
        const r = await bridge().submitRedemption!(redemption(value));
        if (!r.ok) return;
        const v = r.value as Intent;
        remember(v.id, v.refId, redemptionAsk(redemption(value)), 'redemption');
      },
    ],
    [
      10,
      'cancel',
      async () => {
        const open = intentsIn('queued', 'needs_attention', 'reconciling', 'sending');
        const offered = open.filter((i) => i.attempts === 0);
        const target = pick(random() < 0.7 && offered.length > 0 ? offered : open);
        if (!target) return;
        const r = await bridge().cancelIntent!({ id: target.id });
        touched.add(target.id);
        count(stats.outcomes, r.ok ? 'cancel:ok' : `cancel:${r.error?.code}`);
      },
    ],
    [
      8,
      'confirm',
      async () => {
        const target = pick(intentsIn('needs_attention'));
        if (target) await bridge().confirmIntent!({ id: target.id });
      },
    ],
    [
      12,
      'abandon',
      async () => {
        // Mostly what the screen offers (may have left, no mismatch); sometimes anything (the renderer is untrusted).
        const waiting = intentsIn('needs_attention');
        const offered = waiting.filter(
          (i) => i.attempts > 0 && i.lastError?.code !== 'answer_mismatch',
        );
        const target = pick(random() < 0.8 && offered.length > 0 ? offered : waiting);
        if (target) await abandon(target.id);
      },
    ],
    [
      5,
      'resubmit',
      async () => {
        const target = pick(intentsIn('abandoned'));
        const asked = target && acknowledged.get(target.id);
        if (!target || !asked) return;
        const r = await asked.ask.again(bridge());
        if (!r.ok) return;
        const v = r.value as Intent;
        if (v.refId !== target.refId)
          throw new InvariantViolation(
            `resubmitting abandoned ${target.refId} made a new ref_id ${v.refId}`,
          );
        touched.add(target.id);
        stats.decisions += 1;
      },
    ],
    [
      25,
      'sync',
      async () => {
        if (inDemo()) await desk().refreshNow();
      },
    ],
    [
      12,
      'flush',
      async () => {
        if (inDemo()) await desk().flush();
      },
    ],
    [
      3,
      'retryNow',
      async () => {
        await bridge().retryNow!(undefined);
      },
    ],
    [
      10,
      'fault',
      async () => {
        const faults = pick(faultKinds)!();
        count(stats.faults, Object.keys(faults)[0]!);
        proxy.set(faults);
      },
    ],
    [
      3,
      'lateArrival',
      async () => {
        // Held creates reach Paxos, whatever the desk decided about them meanwhile. An adversarial
        // network delivers them at the worst moment: as soon as the desk gave one up (abandoned
        // after a lookup that found nothing); otherwise now and then.
        const states = inDemo()
          ? proxy.heldRefIds().map((refId) => desk().intentByRef(refId)?.state ?? 'unknown')
          : [];
        if (!states.includes('abandoned') && random() >= 0.15) return;
        for (const state of states) count(stats.outcomes, `late:${state}`);
        stats.lateArrivals += await proxy.releaseHeld();
      },
    ],
    [
      2,
      'switchEnvironment',
      async () => {
        await bridge().switchEnvironment!({ environment: inDemo() ? 'sandbox' : 'demo' });
      },
    ],
    [
      2,
      'credentialChange',
      async () => {
        // The credentials Paxos accepts change under the desk: tokens expire, the next ones are refused twice.
        sim.control.expireTokens();
        proxy.set({ status: { path: '/v2/', status: 401, count: 2 } });
      },
    ],
    [
      1,
      'restart',
      async () => {
        await app.runtime.dispose();
        app = await open();
        stats.restarts += 1;
      },
    ],
    [
      3,
      'clockJump',
      async () => {
        clockOffsetMs += pick([-3 * 3600_000, -60_000, 60_000, 2 * 3600_000, 25 * 3600_000])!;
        if (random() < 0.5) sim.control.tick(3_600_000); // orchestrations move on at Paxos
      },
    ],
  ];
  // Approval (2026) is drawn from a stream of its own, so the operator's actions and the proxy's
  // faults of a seed stay the sequence they were before it (seed 1101 still makes strays).
  const approvalRandom = seededRandom(options.seed + 2);
  const approvalPick = <T>(items: readonly T[]): T | undefined =>
    items[Math.floor(approvalRandom() * items.length)];
  /**
   * Paxos may hold a request for approval, then process it or reject it. The mode applies to
   * requests created from now on; one already waiting may be decided now, either way.
   */
  function drawApprovals(): void {
    const mode = approvalPick(['none', 'approve', 'reject', 'manual'] as const)!;
    const afterMs = approvalPick([0, 60_000, 3_600_000])!;
    sim.control.setApprovals({
      orchestrations: mode === 'approve' || mode === 'reject' ? { mode, afterMs } : { mode },
    });
    count(stats.faults, 'approvals');
    count(stats.outcomes, `approvals:${mode}`);
    const waiting = sim.control
      .snapshot()
      .orchestrations.filter((o) => o.status === 'PENDING')
      .map((o) => String(o.id));
    const id = approvalPick(waiting);
    if (id === undefined) return;
    const decision = approvalRandom() < 0.5 ? 'approve' : 'reject';
    sim.control.decideApproval({ kind: 'orchestration', id, decision });
    count(stats.outcomes, `decided:${decision}`);
  }

  const mints = mintActor({
    seed: options.seed,
    sim,
    bridge,
    inDemo,
    register: (id, refId, mint) => remember(id, refId, conversionAsk(mint), 'mint'),
    count: (key) => {
      count(stats.outcomes, key);
      if (key === 'mint:ok') count(stats.actions, 'mint');
    },
  });

  const moves = movesActor({
    seed: options.seed,
    sim,
    proxy,
    bridge,
    inDemo,
    register: (id, refId, ask, kind) => remember(id, refId, ask, kind),
    waitingWireOuts: () =>
      intentsIn('needs_attention')
        .filter((i) => i.kind === 'create_fiat_withdrawal' && i.attempts > 0)
        .filter((i) => i.lastError?.code !== 'answer_mismatch')
        .map((i) => i.id),
    abandon: (id) => abandon(id, 'abandonWireOut'),
    count: (bucket, key) => count(stats[bucket], key),
  });

  const totalWeight = actions.reduce((sum, [w]) => sum + w, 0);
  const chooseAction = () => {
    let r = random() * totalWeight;
    for (const action of actions) if ((r -= action[0]) < 0) return action;
    return actions[0]!;
  };

  const violation = (step: number, action: string, what: string) =>
    new InvariantViolation(`step ${step} (${action}): ${what}`);

  /** A create Paxos accepted: its ref_id must be a decision's, and the first for it. */
  function noteLanded(step: number, action: string, refId: string, id: string): void {
    if (!idByRef.has(refId))
      throw violation(step, action, `record at Paxos with unknown ref_id ${refId}`);
    const before = atPaxos.get(refId);
    if (before !== undefined && before !== id)
      throw violation(
        step,
        action,
        `2 records at Paxos for one decision (${refId}: ${before}, ${id})`,
      );
    atPaxos.set(refId, id);
    touched.add(idByRef.get(refId)!);
  }

  /** One intent against what Paxos holds. Only in demo (the environment the model drives). */
  function checkIntent(step: number, action: string, id: string): void {
    const asked = acknowledged.get(id);
    if (!asked) return;
    const intent = desk().intent(id) as Intent | undefined;
    if (!intent) throw violation(step, action, `acknowledged intent ${asked.refId} was lost`);
    // Closed is closed: completed, failed and cancelled never move again (no resurrection).
    const was = closed.get(id);
    if (was !== undefined && intent.state !== was)
      throw violation(step, action, `${asked.refId} was ${was}, now ${intent.state}`);
    if (['completed', 'failed', 'cancelled'].includes(intent.state)) closed.set(id, intent.state);
    const landed = atPaxos.get(asked.refId);
    if (landed === undefined) return;
    if (intent.state === 'cancelled')
      throw violation(step, action, `cancelled ${asked.refId} is at Paxos as ${landed}`);
    if (strays.has(asked.refId)) return;
    if (intent.state === 'abandoned') strays.set(asked.refId, undefined);
    // Abandoned, landed and alerted between two checks (a sync running in the background after
    // a restart): the alert must say it was abandoned; a cancelled request at Paxos is a violation.
    else if (intent.alert) {
      if (!intent.alert.startsWith('Abandoned'))
        throw violation(
          step,
          action,
          `${asked.refId} is at Paxos with the alert "${intent.alert}"`,
        );
      strays.set(asked.refId, undefined);
    }
  }

  /** Abandoned-then-landed requests: alerted once and following what landed, or sent again by the operator. */
  function settleStrays(step: number, action: string): void {
    for (const [refId, settled] of strays) {
      if (settled) continue;
      const intent = desk().intent(idByRef.get(refId)!) as Intent | undefined;
      if (!intent) throw violation(step, action, `acknowledged intent ${refId} was lost`);
      const landed = atPaxos.get(refId);
      if (intent.alert) {
        if (!FOLLOWING.has(intent.state) || intent.result?.paxosId !== landed) {
          throw violation(
            step,
            action,
            `alerted ${refId} does not follow ${landed} (state ${intent.state}, follows ${intent.result?.paxosId})`,
          );
        }
        strays.set(refId, 'alerted');
      } else if (FOLLOWING.has(intent.state)) {
        // Sent again by the operator (same ref_id): it must follow what landed, not a second record.
        if (intent.result?.paxosId !== landed)
          throw violation(
            step,
            action,
            `resubmitted ${refId} follows ${intent.result?.paxosId}, Paxos has ${landed}`,
          );
        strays.set(refId, 'resubmitted');
      } else if (action === 'final') {
        throw violation(
          step,
          action,
          `abandoned ${refId} is at Paxos as ${landed} and no alert was raised (state ${intent.state})`,
        );
      }
    }
  }

  /** After every step: what the step can have changed. */
  function checkStep(step: number, action: string): void {
    for (const { refId, id } of proxy.takeLanded()) noteLanded(step, action, refId, id);
    stats.orchestrations = atPaxos.size;
    // Outside demo the demo desk is closed: what was touched is checked once it is back.
    if (!inDemo()) return;
    for (const id of touched) checkIntent(step, action, id);
    touched.clear();
    settleStrays(step, action);
  }

  /** Every FULL_CHECK_EVERY steps and at the end: the whole world, from the simulator itself. */
  function checkAll(step: number, action: string): void {
    stats.fullChecks += 1;
    for (const { refId, id } of proxy.takeLanded()) noteLanded(step, action, refId, id);
    const byRef = new Map<string, number>();
    for (const o of sim.control.snapshot().orchestrations as {
      ref_id?: string;
      id?: string;
      orchestration_rule_id?: string;
    }[]) {
      if (ruleMade(o)) continue; // a wire quoting a rule's memo: Paxos's own, no desk decision
      const ref = String(o.ref_id);
      byRef.set(ref, (byRef.get(ref) ?? 0) + 1);
      if (!atPaxos.has(ref)) noteLanded(step, action, ref, String(o.id)); // the proxy must have missed it: check it all the same
    }
    for (const [ref, n] of byRef)
      if (n > 1) throw violation(step, action, `${n} orchestrations for one decision (${ref})`);
    const wireOuts = new Map<string, number>();
    for (const t of sim.control.snapshot().transfers) {
      // A redemption's own wire leg carries no ref_id: Paxos's, no desk decision.
      if (String(t.type).toUpperCase() !== 'WIRE_WITHDRAWAL' || t.ref_id === undefined) continue;
      const ref = String(t.ref_id);
      wireOuts.set(ref, (wireOuts.get(ref) ?? 0) + 1);
      if (!atPaxos.has(ref)) noteLanded(step, action, ref, String(t.id));
    }
    for (const [ref, n] of wireOuts)
      if (n > 1) throw violation(step, action, `${n} wires out for one decision (${ref})`);
    stats.wireOuts = wireOuts.size;
    if (inDemo()) checkCompletedAsAsked(step, action);
    if (action === 'final' && inDemo()) checkRejectedClosed(step, action);
    stats.outcomes.rulesAtPaxos = mints.checkRules((what) => violation(step, action, what));
    stats.orchestrations = byRef.size;
    if (inDemo()) {
      let alerts = 0;
      for (const id of acknowledged.keys()) {
        checkIntent(step, action, id);
        if ((desk().intent(id) as Intent | undefined)?.alert) alerts += 1;
      }
      stats.alerts = alerts;
      touched.clear();
      settleStrays(step, action);
    }
  }

  /**
   * Nothing is completed without Paxos's terminal success record matching what was asked: a
   * completed intent's record (orchestration or transfer under its ref_id, the one it follows)
   * is COMPLETED at Paxos and matches the decision field by field. At the end (faults off,
   * synced), the converse too: a wire out or conversion Paxos ended is not left submitted.
   */
  function checkCompletedAsAsked(step: number, action: string): void {
    const world = sim.control.snapshot();
    const records = new Map<string, Record<string, unknown>>();
    const wiresOut = world.transfers.filter(
      (t) => String(t.type).toUpperCase() === 'WIRE_WITHDRAWAL',
    );
    for (const r of [...world.orchestrations, ...wiresOut])
      if (typeof r.ref_id === 'string' && !ruleMade(r)) records.set(r.ref_id, r);
    let checked = 0;
    for (const [id, asked] of acknowledged) {
      const intent = desk().intent(id) as Intent | undefined;
      if (!intent) continue; // checkIntent names a lost intent
      const record = records.get(asked.refId);
      const status = String(record?.status ?? '').toUpperCase();
      if (intent.state === 'completed') {
        checked += 1;
        if (!record || status !== 'COMPLETED' || intent.result?.paxosId !== record.id)
          throw violation(
            step,
            action,
            `${asked.kind} ${asked.refId} is completed, but Paxos has ${record ? `${String(record.id)} ${status}` : 'nothing'} (it follows ${intent.result?.paxosId})`,
          );
        const differs = asked.ask.differs(record);
        if (differs)
          throw violation(
            step,
            action,
            `completed ${asked.kind} ${asked.refId} differs: ${differs}`,
          );
      } else if (
        action === 'final' &&
        intent.state === 'submitted' &&
        (asked.kind === 'wireOut' || asked.kind === 'conversion') &&
        ['COMPLETED', 'FAILED'].includes(status)
      ) {
        throw violation(
          step,
          action,
          `${asked.kind} ${asked.refId} is ${status} at Paxos, still submitted`,
        );
      }
    }
    stats.completedChecked = checked;
  }

  /**
   * At the end, the desk synced: a request Paxos rejected is closed (failed, saying so), never
   * left waiting or sent again (a second record is the duplicate check above).
   */
  function checkRejectedClosed(step: number, action: string): void {
    for (const o of sim.control.snapshot().orchestrations) {
      if (o.status !== 'REJECTED') continue;
      const id = idByRef.get(String(o.ref_id));
      const intent = id === undefined ? undefined : (desk().intent(id) as Intent | undefined);
      if (!intent || !FOLLOWING.has(intent.state)) continue;
      stats.rejected += 1;
      if (intent.state !== 'failed' || intent.lastError?.code !== 'rejected')
        throw violation(
          step,
          action,
          `${intent.refId} was rejected by Paxos but is ${intent.state} (${intent.lastError?.code})`,
        );
    }
  }

  /** At the end: the audit log reads back whole and holds exactly one alert per alerted stray, and none for anything else. */
  async function checkAlertLog(): Promise<void> {
    const perRef = new Map<string, number>();
    let before: number | undefined;
    do {
      const page = await desk().auditPage({
        limit: 1000,
        ...(before !== undefined ? { before } : {}),
      });
      for (const entry of page.entries) {
        // An alert in a damaged entry would not be counted: the log must read back whole.
        if (entry.action === 'audit.damaged')
          throw violation(options.steps, 'final', `audit entry ${entry.seq} reads as damaged`);
        if (entry.action === 'intent.alert' && entry.refId)
          perRef.set(entry.refId, (perRef.get(entry.refId) ?? 0) + 1);
      }
      before = page.nextBefore;
    } while (before !== undefined);
    for (const [refId, settled] of strays) {
      if (settled === 'alerted' && perRef.get(refId) !== 1)
        throw violation(
          options.steps,
          'final',
          `stray ${refId} (${acknowledged.get(idByRef.get(refId)!)?.kind}) raised ${perRef.get(refId) ?? 0} alerts, not one (${JSON.stringify(desk().intent(idByRef.get(refId)!))})`,
        );
    }
    for (const [refId, n] of perRef)
      if (strays.get(refId) !== 'alerted')
        throw violation(
          options.steps,
          'final',
          `alert for ${refId} (${n}×), which was no abandoned request at Paxos`,
        );
    stats.alerts = [...perRef.values()].reduce((sum, n) => sum + n, 0);
  }

  try {
    for (let step = 1; step <= options.steps; step += 1) {
      if (approvalRandom() < 0.04) drawApprovals();
      await mints.maybeAct();
      await moves.maybeAct();
      const [, name, run] = chooseAction();
      count(stats.actions, name);
      const started = performance.now();
      await run();
      count(stats.actionMs, name, Math.round(performance.now() - started));
      stats.steps = step;
      if (step % FULL_CHECK_EVERY === 0) checkAll(step, name);
      else checkStep(step, name);
      if (options.progressEvery && step % options.progressEvery === 0) {
        stats.strays = strays.size;
        stats.straysAlerted = [...strays.values()].filter((s) => s === 'alerted').length;
        options.log?.(progressLine(stats));
      }
    }
    // The end: faults off, held creates delivered, Paxos reachable, everything reconciled; then
    // the invariants once more over the whole world.
    proxy.clear();
    moves.clear();
    stats.lateArrivals += await proxy.releaseHeld();
    checkStep(options.steps, 'lateArrival');
    if (!inDemo()) await bridge().switchEnvironment!({ environment: 'demo' });
    desk().retryNow();
    for (let i = 0; i < 5; i += 1) {
      await desk().refreshNow();
      await desk().flush();
    }
    checkAll(options.steps, 'final');
    await checkAlertLog();
    stats.strays = strays.size;
    stats.straysAlerted = [...strays.values()].filter((s) => s === 'alerted').length;
    stats.straysResubmitted = [...strays.values()].filter((s) => s === 'resubmitted').length;
    for (const refId of strays.keys())
      count(stats.strayKinds, acknowledged.get(idByRef.get(refId)!)?.kind ?? 'unknown');
    for (const { refId } of acknowledged.values()) {
      const intent = desk().intentByRef(refId);
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
  return `steps=${s.steps} decisions=${s.decisions} orchestrations=${s.orchestrations} wireOuts=${s.wireOuts} completedChecked=${s.completedChecked} alerts=${s.alerts} strays=${s.strays} straysAlerted=${s.straysAlerted} lateArrivals=${s.lateArrivals} restarts=${s.restarts}`;
}
