// Notification latency over a long history: a desk holding the whole history (the run's copy
// of ours) polls on real timers at the fastest poll the settings allow (2 s, start to start), a
// light cycle (`readNewEvents`) then a publish (`project`) each time, as the sync engine and the app do;
// meanwhile "Paxos" completes one in-flight redemption at a random moment, 0.5–2.5 s apart,
// and the time from that status change to the desk's notification is recorded. Paxos here is
// the in-memory client of history-records.ts (the change is visible to the next List Events at
// once), not the HTTP simulator: the simulator would add a loopback round trip per request
// (about a millisecond) and would need the desk's history loaded as its own state (minutes at
// 1,000,000 rows) for each run. The floor is U(0, poll) + one cycle.
import { Desk } from '../main/desk/desk';
import { delayAfterCycle } from '../main/desk/sync/poll-pace';
import { deskOptions, type HistoryDbs } from './history-db';
import { changed, historyRecord, stubClient } from './history-records';
import type { HGroup } from './history-report';
import { fmtMs, seededRandom } from './stats';

export const NOTIFY_POLL_MS = 2_000;
const FIRST = 100;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export async function notificationLatency(
  dbs: HistoryDbs,
  seed: number,
  samples: number,
): Promise<HGroup> {
  const { size, oursDataDir } = dbs;
  const shownAt = new Map<string, number>();
  const stub = stubClient(() => new Date());
  const desk = await Desk.open({
    ...deskOptions(oursDataDir, stub.client, () => new Date()),
    notifier: {
      show: (n: { target: { id: string } }) => {
        if (!shownAt.has(n.target.id)) shownAt.set(n.target.id, performance.now());
      },
    },
  });
  const cycles: number[] = [];
  try {
    // Set-up: `samples` recent redemptions in flight (one light cycle); not the newest 24, which
    // the busy day already completed (each is announced once: the notification ledger).
    const flying = Array.from({ length: Math.min(samples, size - FIRST) }, (_, i) =>
      changed(historyRecord(FIRST + i, seed), 'PROCESSING', new Date()),
    );
    stub.announce(flying);
    await desk.readNewEvents();
    shownAt.clear();
    let polling = true;
    const poller = (async () => {
      while (polling) {
        const start = performance.now();
        await desk.readNewEvents();
        await desk.project(new Date(), 1);
        cycles.push(performance.now() - start);
        // The app's pace (sync-engine.ts): the interval from one cycle's start to the next's.
        await sleep(delayAfterCycle(NOTIFY_POLL_MS, performance.now() - start));
      }
    })();
    const changedAt = new Map<string, number>();
    const random = seededRandom(seed * 31 + 7);
    for (const r of flying) {
      await sleep(500 + random() * 2_000);
      stub.announce([changed(r, 'COMPLETED', new Date())]);
      changedAt.set(String(r.id), performance.now());
    }
    const deadline = performance.now() + 30_000;
    while (shownAt.size < changedAt.size && performance.now() < deadline) await sleep(50);
    polling = false;
    await poller;
    const latencies = [...changedAt].map(([id, at]) => (shownAt.get(id) ?? NaN) - at);
    const seen = latencies.filter(Number.isFinite);
    const p95 = seen.length === latencies.length ? percentile(seen, 95) : Infinity;
    return {
      title: 'Notification latency',
      rows: [
        {
          measure: `Status change → notification, p50 (n=${seen.length}/${latencies.length})`,
          size,
          ours: percentile(seen, 50),
        },
        {
          measure: `Status change → notification, p95, poll ${fmtMs(NOTIFY_POLL_MS)}`,
          size,
          ours: p95,
          target: {
            text: `≤ the poll interval (${fmtMs(NOTIFY_POLL_MS)}) at 1,000,000`,
            atSize: 1_000_000,
            met: (ours) => ours <= NOTIFY_POLL_MS,
          },
        },
        {
          measure: 'Poll cycle (light cycle + publish), median',
          size,
          ours: percentile(cycles, 50),
        },
      ],
      notes: [
        `Real timers: the desk starts a cycle (light cycle + publish) every ${fmtMs(NOTIFY_POLL_MS)}, counted from the start of the last one as the app's sync engine does (main/desk/sync/poll-pace.ts); ${latencies.length} redemptions in flight each complete at a random moment (0.5–2.5 s apart), and the latency is the time from that change to the desk's notifier being called. "Paxos" is the in-process client of history-records.ts (no HTTP round trip), so this is the desk's own share; the anchor has no notifier (no column).`,
      ],
    };
  } finally {
    await desk.close();
  }
}
