// Poll cost: Paxos API requests and wall time of one poll cycle with 1 … 1,000 redemptions in
// flight, the desk's light sync cycle (Events API + a list of what changed) against a naive
// poller that GETs every in-flight orchestration; then how long a completed wire takes to
// become a notification with the real, timer-driven sync engine.
import { randomUUID } from 'node:crypto';
import type { DeskNotification } from '../main/desk/notify/notifier';
import { toMicros } from '../main/simulator/clock';
import { manualDesk, redemptionBody, SEED_IDS } from '../test/integration/desk/desk-fixture';
import { createTestRuntime, recordingNotifier } from '../test/support/test-runtime';
import {
  fmtCount,
  fmtMs,
  median,
  percentile,
  row,
  seededRandom,
  sleep,
  timeMs,
  type GroupOptions,
  type GroupResult,
  type Headline,
  type ResultRow,
} from './stats';

type Fixture = Awaited<ReturnType<typeof manualDesk>>;

const HOUR = 3_600_000;
/** The fastest poll the settings allow (SettingsSchema: pollFastSeconds ≥ 2). */
const FAST_POLL_SECONDS = 2;

/** Requests that count against Paxos's API rate limit: token and simulator-control calls excluded. */
function apiRequests(counts: Record<string, number>): number {
  return Object.entries(counts)
    .filter(([route]) => !route.includes('oauth') && !route.includes('/simulator/'))
    .reduce((sum, [, n]) => sum + n, 0);
}

/** A desk with `count` redemptions in flight at the simulator, whose cycles run only when asked. */
async function deskWithInFlight(count: number): Promise<Fixture> {
  // Lifecycles frozen (no auto-advance, hour-long steps) so nothing completes while measuring;
  // rate limits off because the naive poller would trip them (see the notes).
  const f = await manualDesk({
    simulator: {
      autoAdvance: false,
      rateLimits: { enabled: false },
      timing: { fiatApprovalMs: HOUR, orchestrationStepMs: HOUR },
    },
  });
  const client = f.desk().partsForTests.client!;
  for (let i = 0; i < count; i += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, count - i) }, () =>
        client.createOrchestration({ ...redemptionBody('1.00'), ref_id: `bench-${randomUUID()}` }),
      ),
    );
  }
  await f.desk().refreshNow();
  const inFlight = f.desk().records.inFlightOrchestrationIds().length;
  if (inFlight !== count) throw new Error(`expected ${count} in flight, the desk sees ${inFlight}`);
  return f;
}

interface CycleCost {
  requests: number[];
  ms: number[];
}

/** Runs `cycle` once, adding its API request count and wall time to `cost`. */
async function measureCycle(
  f: Fixture,
  cost: CycleCost,
  cycle: () => Promise<unknown>,
): Promise<void> {
  f.sim.control.resetCounts();
  cost.ms.push(await timeMs(cycle));
  cost.requests.push(apiRequests(f.sim.control.counts()));
}

async function pollCostAt(inFlight: number, quick: boolean) {
  const f = await deskWithInFlight(inFlight);
  try {
    const client = f.desk().partsForTests.client!;
    const ids = f.desk().records.inFlightOrchestrationIds();
    const ours = () => f.desk().sync('events');
    // The naive poller: one request per in-flight orchestration, one after another (List
    // Orchestrations by that one id: the client no longer has a get-by-id the desk never used).
    const naive = async () => {
      for (const id of ids) await client.listOrchestrations({ orchestration_id: [id] });
    };
    await ours(); // warm-up: JIT, sockets, token
    if (inFlight <= 100) await naive();
    // Alternate the two so noise from other tenants falls on both alike.
    const runs = quick ? 3 : inFlight >= 1000 ? 5 : 11;
    const oursCost: CycleCost = { requests: [], ms: [] };
    const naiveCost: CycleCost = { requests: [], ms: [] };
    for (let r = 0; r < runs; r += 1) {
      await measureCycle(f, oursCost, ours);
      await measureCycle(f, naiveCost, naive);
    }
    // Then every one of them completes: the cycle that picks that up (it can happen only once).
    f.sim.control.settle();
    const completion: CycleCost = { requests: [], ms: [] };
    await measureCycle(f, completion, ours);
    const stillInFlight = f.desk().records.inFlightOrchestrationIds().length;
    if (stillInFlight !== 0)
      throw new Error(`${stillInFlight} completions were missed by the light cycle`);
    return {
      inFlight,
      ours: oursCost,
      naive: naiveCost,
      completionRequests: completion.requests[0]!,
    };
  } finally {
    await f.close();
  }
}

/**
 * Completion → notification latency, p50/p95, with real timers at the fastest poll setting.
 * `mode` 'steady': orchestrations appear at Paxos on their own (like rule-triggered ones) while
 * one long redemption keeps the desk in fast polling; their completions fall at random phases
 * of the poll. 'submitting': the operator submits a redemption every 0.5 s through the bridge.
 */
async function notificationLatency(
  mode: 'steady' | 'submitting',
  count: number,
): Promise<number[]> {
  const notifier = recordingNotifier();
  const shownAt = new Map<string, number>();
  const record = notifier.show.bind(notifier);
  notifier.show = (notification: DeskNotification, onClick) => {
    shownAt.set(notification.target.id, Date.now());
    record(notification, onClick);
  };
  const t = await createTestRuntime({
    settings: { onboarded: true, pollFastSeconds: FAST_POLL_SECONDS },
    runtime: { notifier },
    simulator: {
      rateLimits: { enabled: false },
      timing: { orchestrationStepMs: mode === 'steady' ? HOUR : 300 },
    },
  });
  try {
    const sim = await t.simulator();
    const desk = t.runtime.environments.desk;
    await desk.refreshNow(); // the review reads profiles and balances from the cache
    const submit = async () => {
      const result = await t.runtime.handlers.submitRedemption({
        profileId: SEED_IDS.defaultProfile,
        asset: 'USDC',
        amount: '1.00',
        fiatAccountId: SEED_IDS.operatingBankAccount,
      });
      if (!result.ok) throw new Error(`submitRedemption failed: ${result.error.message}`);
    };
    const random = seededRandom(mode === 'steady' ? 11 : 13);
    let anchorId: string | undefined;
    if (mode === 'steady') {
      // The anchor: an hour-long redemption submitted the operator's way, so the desk polls fast.
      await submit();
      while (desk.records.inFlightOrchestrationIds().length === 0) await sleep(50);
      anchorId = desk.records.inFlightOrchestrationIds()[0];
      sim.control.setTiming({ orchestrationStepMs: 300 }); // later ones finish in ~0.9 s
      const client = desk.partsForTests.client!;
      for (let i = 0; i < count; i += 1) {
        await client.createOrchestration({
          ...redemptionBody('1.00'),
          ref_id: `bench-${randomUUID()}`,
        });
        await sleep(300 + random() * 600);
      }
    } else {
      for (let i = 0; i < count; i += 1) {
        await submit();
        await sleep(500);
      }
    }
    const deadline = Date.now() + 30_000;
    while (shownAt.size < count && Date.now() < deadline) await sleep(50);
    // The simulator stamps updated_at (microseconds, real clock) when the wire completes.
    return sim.control
      .snapshot()
      .orchestrations.filter((o) => o.id !== anchorId && o.status === 'COMPLETED')
      .map(
        (o) => (shownAt.get(String(o.id)) ?? Number.NaN) - toMicros(String(o.updated_at))! / 1000,
      );
  } finally {
    await t.close();
  }
}

export async function pollCost({ quick }: Pick<GroupOptions, 'quick'>): Promise<GroupResult> {
  const rows: ResultRow[] = [];
  const headlines: Headline[] = [];
  const completionNotes: string[] = [];
  for (const inFlight of quick ? [1, 100, 1000] : [1, 10, 100, 1000]) {
    const m = await pollCostAt(inFlight, quick);
    const size = `${fmtCount(inFlight)} in flight`;
    const ourReq = median(m.ours.requests);
    const naiveReq = median(m.naive.requests);
    const ourMs = median(m.ours.ms);
    const naiveMs = median(m.naive.ms);
    rows.push(
      row(
        'API requests per poll cycle',
        size,
        fmtCount(ourReq),
        fmtCount(naiveReq),
        naiveReq / ourReq,
      ),
    );
    rows.push(row('Poll cycle time (median)', size, fmtMs(ourMs), fmtMs(naiveMs), naiveMs / ourMs));
    completionNotes.push(`${fmtCount(inFlight)}: ${fmtCount(m.completionRequests)}`);
    if (inFlight === 1000) {
      headlines.push({
        key: 'poll',
        label: 'Poll requests, 1,000 in flight',
        ratio: naiveReq / ourReq,
        ours: fmtCount(ourReq),
        baseline: fmtCount(naiveReq),
      });
      headlines.push({
        key: 'poll-time',
        label: 'Poll cycle time, 1,000 in flight',
        ratio: naiveMs / ourMs,
        ours: fmtMs(ourMs),
        baseline: fmtMs(naiveMs),
      });
    }
  }
  const steady = await notificationLatency('steady', quick ? 10 : 30);
  const submitting = await notificationLatency('submitting', quick ? 8 : 16);
  const latencyRow = (label: string, values: number[]) =>
    row(
      `${label} (n=${values.filter(Number.isFinite).length}/${values.length})`,
      `poll ${FAST_POLL_SECONDS} s`,
      `p50 ${fmtMs(percentile(values, 50))} · p95 ${fmtMs(percentile(values, 95))}`,
      '—',
    );
  rows.push(latencyRow('Wire completed → notification', steady));
  rows.push(latencyRow('… while the operator submits a redemption every 0.5 s', submitting));
  return {
    title: 'Poll cost and notification latency',
    columns: {
      ours: 'Ours: light sync cycle',
      baseline: 'Naive: one request per in-flight orchestration',
    },
    rows,
    headlines,
    notes: [
      'Requests are those counted by the simulator per route, excluding OAuth token and simulator-control calls. ' +
        "Ours is `desk.sync.runCycle('events')` (List Events, then List Orchestrations for the ids that changed, 100 per call); " +
        'the naive poller asks for each in-flight id on its own (`client.listOrchestrations({ orchestration_id: [id] })`), one after another, with the same client.',
      'Cycle times are medians of 11 runs (5 at 1,000 in flight), the two pollers alternating. They are loopback times: against ' +
        'real Paxos each request also pays a network round trip, and at the documented 50 requests/s the naive poller needs ' +
        '≥ 20 s for one pass over 1,000 ids (and trips the 429 cool-down at 5 s polling from 250 in flight on).',
      'With 1 in flight both make one request; ours also persists its event cursor (one journal line) and checks the outbox, so its cycle is a few ms longer.',
      `When all of them complete, ours needs one cycle of a few more requests (Events pages + one list per 100 changed): ${completionNotes.join(', ')} requests; the naive poller still needs one request each.`,
      `Latency: real timer-driven sync engine at the fastest allowed poll (pollFastSeconds ${FAST_POLL_SECONDS}); measured from the ` +
        'simulator stamping the orchestration COMPLETED (updated_at) to the recording notifier being called. It is dominated ' +
        'by the poll interval (expect ≈ U(0, 2 s) + one cycle). Steady case: orchestrations created at the simulator at random ' +
        '0.3–0.9 s gaps (like rule-triggered ones) finish 0.9 s later, while an hour-long redemption submitted through the bridge keeps the desk polling fast.',
      'The second latency row submits redemptions through the bridge (`submitRedemption`) every 0.5 s: each outbox change calls ' +
        '`SyncEngine.quicken()`, which may only bring the next poll forward, so polling keeps its pace during the burst ' +
        '(an earlier build re-armed the timer on every change and measured p50 4.7 s, p95 8.8 s here).',
    ],
  };
}
