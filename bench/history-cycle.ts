// Per-cycle costs through the Desk's API: a light sync cycle (`readNewEvents`, answered by the
// in-memory client of history-records.ts, so only the desk's own work is timed) and the publish
// that follows it (`project`, the slices the app state is built from), on a quiet day (nothing
// changed in 24 h, nothing in flight) and a busy day (the last 288 changed, 24 set in flight,
// one status change per cycle); the light cycle again with 0, 1,000 and 10,000 cancelled
// intents (the after-each-sync strays check). The anchor does the same reads on its tables.
import { environmentDir } from '../main/desk/store/environment-dir';
import { Desk } from '../main/desk/desk';
import type { AnchorStore } from './anchor-store';
import { deskOptions, type HistoryDbs } from './history-db';
import { seedIntents } from './history-intents';
import { BUSY_NOW, changed, END_MS, historyRecord, QUIET_NOW, stubClient } from './history-records';
import { atMost, medianMs, type HGroup, type HRow } from './history-report';

const DAY = 24 * 60 * 60 * 1000;
const IN_FLIGHT = 24;

export interface OpenDesk {
  desk: Desk;
  stub: ReturnType<typeof stubClient>;
  clock: { now: Date };
}

export async function openBenchDesk(dataDir: string, now: Date): Promise<OpenDesk> {
  const clock = { now };
  const stub = stubClient(() => clock.now);
  const desk = await Desk.open(deskOptions(dataDir, stub.client, () => clock.now));
  return { desk, stub, clock };
}

function anchorPublish(anchor: AnchorStore, now: Date) {
  const since = new Date(now.getTime() - DAY).toISOString();
  anchor.recent(since);
  anchor.openIntents(since);
  anchor.count();
}

function anchorLight(anchor: AnchorStore) {
  anchor.inFlightIds();
  anchor.strays();
}

/** Quiet-day light cycle and publish: both stores. */
async function quiet(
  d: OpenDesk,
  anchor: AnchorStore,
  size: number,
  reps: number,
  label: string,
): Promise<HRow[]> {
  d.clock.now = QUIET_NOW;
  const light = await medianMs(reps, () => d.desk.readNewEvents());
  const publish = await medianMs(reps, () => d.desk.project(QUIET_NOW, 1));
  const aLight = await medianMs(reps, () => anchorLight(anchor));
  const aPublish = await medianMs(reps, () => anchorPublish(anchor, QUIET_NOW));
  const target = atMost(10, 1_000_000);
  return [
    {
      measure: `Quiet day, ${label}: light cycle (readNewEvents)`,
      size,
      ours: light,
      anchor: aLight,
    },
    { measure: `Quiet day, ${label}: publish (project)`, size, ours: publish, anchor: aPublish },
    {
      measure: `Quiet day, ${label}: light cycle + publish`,
      size,
      ours: light + publish,
      anchor: aLight + aPublish,
      target,
    },
  ];
}

/** Adds `n` cancelled intents to both stores (desk closed meanwhile); returns the reopened desk. */
async function addCancelled(
  d: OpenDesk,
  dataDir: string,
  anchor: AnchorStore,
  n: number,
  tag: string,
  seed: number,
) {
  await d.desk.close();
  await seedIntents(environmentDir(dataDir, 'demo'), { ended: 0, cancelled: n }, seed, tag);
  anchor.db.exec('BEGIN');
  for (let i = 0; i < n; i += 1)
    anchor.run(
      'INSERT INTO intents VALUES (?, ?, ?, ?, ?)',
      `c-${tag}-${i}`,
      `ref-c-${tag}-${i}`,
      'cancelled',
      new Date(END_MS - 2 * DAY - i * 60_000).toISOString(),
      '{}',
    );
  anchor.db.exec('COMMIT');
  return openBenchDesk(dataDir, QUIET_NOW);
}

export async function quietAndCancelled(
  dbs: HistoryDbs,
  anchor: AnchorStore,
  seed: number,
  reps: number,
): Promise<HGroup> {
  const { size, oursDataDir } = dbs;
  let d = await openBenchDesk(oursDataDir, QUIET_NOW);
  const rows = await quiet(d, anchor, size, reps, '0 cancelled intents');
  const light0 = rows[0]!.ours;
  d = await addCancelled(d, oursDataDir, anchor, 1_000, 'c1k', seed);
  rows.push(...(await quiet(d, anchor, size, reps, '1,000 cancelled')));
  d = await addCancelled(d, oursDataDir, anchor, 9_000, 'c9k', seed);
  rows.push(...(await quiet(d, anchor, size, reps, '10,000 cancelled')));
  await d.desk.close();
  const light10k = rows[6]!.ours;
  rows.push({
    measure: 'Light cycle, 10,000 cancelled ÷ 0 cancelled (flat: ≤ 1.5×)',
    size,
    ours: light10k / light0,
    unit: undefined,
    detail: `${(light10k / light0).toFixed(2)}×`,
    met: light10k / light0 <= 1.5,
  });
  return {
    title: 'Publish / light cycle, quiet day; per-cycle cost with cancelled intents',
    rows,
    notes: [
      'Ours through the Desk: `readNewEvents()` (a light cycle: events read from an in-memory client with nothing new, cursor advanced, the after-each-sync steps — strays check, outbox flush) and `project(now)` (profiles, accounts, rules, the recent set: in flight or changed in 24 h, the outbox, totals).',
      'Anchor: in-flight ids + strays (one join of cancelled intents on the ref_id index) for the light cycle; recent set (two indexed scans), open intents, row count for the publish. It keeps no events cursor.',
      'The desk holds 40,000 ended intents (160,000 audit entries) throughout; 1,000 then 9,000 more cancelled ones are added between the rows. The "flat" row shows the ratio itself (not a time): the target is per-cycle cost flat from 0 to 10,000 cancelled, judged as ≤ 1.5× here.',
    ],
  };
}

export async function busyDay(
  dbs: HistoryDbs,
  anchor: AnchorStore,
  seed: number,
  reps: number,
): Promise<HGroup> {
  const { size, oursDataDir } = dbs;
  const d = await openBenchDesk(oursDataDir, BUSY_NOW);
  const flying = Array.from({ length: Math.min(IN_FLIGHT, size) }, (_, i) =>
    changed(historyRecord(i, seed), 'PROCESSING', BUSY_NOW),
  );
  d.stub.announce(flying);
  await d.desk.readNewEvents(); // set-up: 24 of the day's 288 now in flight
  anchor.putMany(flying);
  let k = 0;
  const step = () => {
    k += 1;
    d.clock.now = new Date(BUSY_NOW.getTime() + k * 5000);
    return changed(flying[k % flying.length]!, k % 2 ? 'COMPLETED' : 'PROCESSING', d.clock.now);
  };
  const light = await medianMs(reps, async () => {
    d.stub.announce([step()]);
    await d.desk.readNewEvents();
  });
  const publish = await medianMs(reps, () => d.desk.project(d.clock.now, 1));
  const aLight = await medianMs(reps, () => {
    anchor.putMany([step()]);
    anchorLight(anchor);
  });
  const aPublish = await medianMs(reps, () => anchorPublish(anchor, d.clock.now));
  await d.desk.close();
  const target = atMost(10, 1_000_000);
  return {
    title: 'Publish / light cycle, busy day',
    rows: [
      {
        measure: 'Busy day: light cycle (one status change stored and announced)',
        size,
        ours: light,
        anchor: aLight,
      },
      {
        measure: 'Busy day: publish (project; 288 changed in 24 h, 24 in flight)',
        size,
        ours: publish,
        anchor: aPublish,
      },
      {
        measure: 'Busy day: light cycle + publish',
        size,
        ours: light + publish,
        anchor: aLight + aPublish,
        target,
      },
    ],
    notes: [
      'Busy day: "now" is just after the newest record, so the last 288 records (one per 5 minutes) changed in the last 24 h; 24 of them are set in flight by a light cycle before measuring. Each measured cycle brings one event naming one of them, which comes back COMPLETED or PROCESSING (a status transition: the ledger and the notifier run). The anchor upserts the same record (row, words) and runs the same reads.',
    ],
  };
}
