// Issue 23: the export's legs come from Paxos in calls of at most 100 ids, paced under Paxos's
// rate limit (a 429 would throttle the whole desk for 5 minutes), at most two in flight; the
// file is the all-at-once CSV of the same rows and legs, and a call that fails leaves only its
// own page's rows "not_read".
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  activityCsv,
  activityLabels,
  legIds,
  orchestrationView,
  toRecordFilter,
  transfersById,
} from '../../../main/desk';
import { CacheStore } from '../../../main/desk/store/cache/cache-store';
import { createActivityExport, EXPORT_PAGE_ROWS } from '../../../main/operator/activity-export';
import {
  callPacer,
  EXPORT_LEGS_CALLS_IN_FLIGHT,
  readLegs,
  type TransfersByIds,
} from '../../../main/operator/export-legs';
import { folderFileSaver } from '../../../main/operator/file-saver';
import type { OperatorContext } from '../../../main/operator/operator-context';
import { TRANSFER_IDS_PER_CALL } from '../../../main/paxos';
import type { Transfer } from '../../../shared/paxos/responses';
import { orchestration } from '../desk/store/orchestration-fixture';
import { closeAfterTest, useTempDirs } from '../desk/store/temp-dir';

const tempDir = useTempDirs('desk-export-legs-');
const ROWS = 3 * EXPORT_PAGE_ROWS + 37;
const labels = activityLabels({ fiatAccounts: [], rules: [], profiles: [] });
const everything = { filter: toRecordFilter({}), labels };

const leg = (id: string): Transfer => ({
  id,
  type: 'WIRE_WITHDRAWAL',
  status: 'COMPLETED',
  asset: 'USD',
  fee: `${id.length % 3}.25`,
  created_at: '2026-01-02T00:00:00Z',
  updated_at: '2026-01-02T01:00:00Z',
});
/** Paxos knows every other id asked (unknown ids are left out of its answer). */
const knownLegs: TransfersByIds = async (ids) =>
  ids.filter((_, i) => i % 2 === 0).map((id) => leg(id));

async function exporter(transfersByIds: TransfersByIds) {
  const cache = closeAfterTest(await CacheStore.open(await tempDir()));
  await cache.putMany(
    'orchestrations',
    Array.from({ length: ROWS }, (_, k) => orchestration(k)),
  );
  const folder = join(await tempDir(), 'out');
  const ctx = {
    desk: () => ({ records: cache, live: { transfersByIds } }),
    state: { set: () => undefined },
    saveFile: folderFileSaver(folder),
  } as unknown as OperatorContext;
  return { cache, exports: createActivityExport(ctx, { legsCallsPerSecond: Infinity }) };
}

describe("the export's legs", () => {
  it('the file is the all-at-once CSV of the same rows and the legs Paxos answered', async () => {
    const { cache, exports } = await exporter(knownLegs);
    const result = await exports.exportCsv('legs.csv', everything);
    const { items } = await cache.window('orchestrations', everything.filter, 0, ROWS);
    const views = items.map(({ record, fetchedAt }) => orchestrationView(record, fetchedAt));
    const all: Transfer[] = [];
    for (let from = 0; from < ROWS; from += EXPORT_PAGE_ROWS) {
      const ids = [...new Set(legIds(views.slice(from, from + EXPORT_PAGE_ROWS)))];
      for (let i = 0; i < ids.length; i += TRANSFER_IDS_PER_CALL)
        all.push(...(await knownLegs(ids.slice(i, i + TRANSFER_IDS_PER_CALL)))!);
    }
    const file = await readFile(result.path, 'utf8');
    expect(file).toBe(activityCsv(views, labels, transfersById(all)));
    expect(file).toContain(',read');
  });

  it("a call that fails leaves its own page's rows not read, and only those", async () => {
    let failing = '';
    const { cache, exports } = await exporter(async (ids) =>
      ids.includes(failing) ? undefined : knownLegs(ids),
    );
    const { items } = await cache.window('orchestrations', everything.filter, 0, ROWS);
    // The first leg of the second page's first row: its call fails.
    failing = legIds([orchestrationView(items[EXPORT_PAGE_ROWS]!.record, '')])[0]!;
    const result = await exports.exportCsv('one-failed.csv', everything);
    const lines = (await readFile(result.path, 'utf8')).split('\r\n').slice(1);
    const notRead = lines.flatMap((line, i) => (/,not_read(,|$)/.test(line) ? [i] : []));
    expect(notRead).toEqual(
      Array.from({ length: EXPORT_PAGE_ROWS }, (_, i) => EXPORT_PAGE_ROWS + i),
    );
  });
});

describe('readLegs', () => {
  const ids = Array.from({ length: 950 }, (_, i) => `t-${i}`);

  it('asks each id once, in calls of at most 100, at most two at a time', async () => {
    const asked: string[][] = [];
    let inFlight = 0;
    let most = 0;
    const got = await readLegs(
      [...ids, ...ids.slice(0, 30)],
      async (chunk) => {
        asked.push([...chunk]);
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight -= 1;
        return chunk.map(leg);
      },
      callPacer(Infinity),
    );
    expect(asked.flat().sort()).toEqual([...ids].sort());
    expect(Math.max(...asked.map((c) => c.length))).toBe(TRANSFER_IDS_PER_CALL);
    expect(most).toBe(EXPORT_LEGS_CALLS_IN_FLIGHT);
    expect(got!.map((t) => t.id).sort()).toEqual([...ids].sort());
  });

  it("never starts calls faster than the pace, whatever Paxos's speed", async () => {
    const starts: number[] = [];
    const pace = callPacer(100); // 10 ms apart
    // Two pages in a row share the pace (the export keeps one for all its pages).
    for (let page = 0; page < 2; page += 1)
      await readLegs(
        ids,
        async (chunk) => {
          starts.push(performance.now());
          return chunk.map(leg);
        },
        pace,
      );
    expect(starts).toHaveLength(20);
    const gaps = starts.slice(1).map((t, i) => t - starts[i]!);
    // Each start waits from the one before (load only makes gaps longer).
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(9.9);
  });
});
