// Issue 23: the CSV export streams to its file a page at a time. The file equals the old
// all-at-once CSV of the same rows, progress is published as pages are written, a cancel stops
// it and removes the partial file, and no turn of the event loop writes more than one page.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityCsv, activityLabels, orchestrationView, toRecordFilter } from '../../../main/desk';
import { CacheStore } from '../../../main/desk/store/cache/cache-store';
import { createActivityExport, EXPORT_PAGE_ROWS } from '../../../main/operator/activity-export';
import { folderFileSaver, type FileSaver } from '../../../main/operator/file-saver';
import type { OperatorContext } from '../../../main/operator/operator-context';
import { TRANSFER_IDS_PER_CALL } from '../../../main/paxos';
import type { Transfer } from '../../../shared/paxos/responses';
import type { ExportProgress } from '../../../shared/state';
import { orchestration } from '../desk/store/orchestration-fixture';
import { closeAfterTest, useTempDirs } from '../desk/store/temp-dir';

const tempDir = useTempDirs('desk-export-');
type TransfersByIds = (ids: readonly string[]) => Promise<Transfer[] | undefined>;
const ROWS = 20_000;
const labels = activityLabels({ fiatAccounts: [], rules: [], profiles: [] });
const everything = { filter: toRecordFilter({}), labels };

// Filled once for every test (temp dirs from useTempDirs go after each test).
let cacheDir: string;
afterAll(() => rm(cacheDir, { recursive: true, force: true }));
beforeAll(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'desk-export-cache-'));
  const cache = await CacheStore.open(cacheDir);
  for (let from = 0; from < ROWS; from += 1000)
    await cache.putMany(
      'orchestrations',
      Array.from({ length: 1000 }, (_, k) =>
        orchestration(from + k, k % 97 === 0 ? { destination: { fiat: { memo: '=cmd()' } } } : {}),
      ),
    );
  await cache.close();
}, 120_000);

async function exporter(
  saveFile?: FileSaver,
  transfersByIds?: TransfersByIds,
  legsCallsPerSecond = Infinity,
) {
  const cache = closeAfterTest(await CacheStore.open(cacheDir));
  const folder = join(await tempDir(), 'out');
  const progress: ExportProgress[] = [];
  const ctx = {
    // Offline: the legs cannot be read, and every row says so (transfer_legs "not_read").
    desk: () => ({
      records: cache,
      live: { transfersByIds: transfersByIds ?? (async () => undefined) },
    }),
    state: {
      set: (patch: { exportProgress?: ExportProgress }) => {
        if (patch.exportProgress) progress.push(patch.exportProgress);
      },
    },
    saveFile: saveFile ?? folderFileSaver(folder),
  } as unknown as OperatorContext;
  return { cache, folder, progress, exports: createActivityExport(ctx, { legsCallsPerSecond }) };
}

describe('the streamed CSV export', () => {
  it('writes the same file as the all-at-once CSV, publishing progress per page', async () => {
    const { cache, folder, progress, exports } = await exporter();
    const result = await exports.exportCsv('all.csv', everything);
    expect(result).toEqual({ path: join(folder, 'all.csv'), rows: ROWS });
    const { items } = await cache.window('orchestrations', everything.filter, 0, ROWS);
    const old = activityCsv(
      items.map(({ record, fetchedAt }) => orchestrationView(record, fetchedAt)),
      labels,
    );
    expect(await readFile(result.path, 'utf8')).toBe(old);
    expect(progress.length).toBeGreaterThanOrEqual(ROWS / EXPORT_PAGE_ROWS);
    expect(progress.map((p) => p.rows)).toEqual(
      [...progress.map((p) => p.rows)].sort((a, b) => a - b),
    );
    expect(progress.at(-1)).toEqual({ rows: ROWS, total: ROWS, done: true });
  }, 60_000);

  it('an empty selection is the header alone, as before', async () => {
    const { folder, exports } = await exporter();
    const none = { ...everything, filter: { ...everything.filter, status: 'NO-SUCH' } };
    const result = await exports.exportCsv('none.csv', none);
    expect(result.rows).toBe(0);
    expect(await readFile(join(folder, 'none.csv'), 'utf8')).toBe(activityCsv([], labels));
  });

  it('cancel stops at the next page and removes the partial file', async () => {
    const { folder, progress, exports } = await exporter();
    const running = exports.exportCsv('cancelled.csv', everything);
    let settled = false;
    running.catch(() => undefined).finally(() => (settled = true));
    while (!settled && !progress.some((p) => p.rows >= 2 * EXPORT_PAGE_ROWS))
      await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    expect(exports.cancel()).toEqual({ cancelled: true });
    await expect(running).rejects.toMatchObject({ code: 'validation' });
    await expect(stat(join(folder, 'cancelled.csv'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(progress.at(-1)).toMatchObject({ done: true });
    expect(progress.at(-2)!.rows).toBeLessThan(ROWS);
    expect(exports.cancel()).toEqual({ cancelled: false });
  }, 60_000);

  it('no turn of the event loop writes more than one page', async () => {
    // A saver whose writes resolve at once: only the export's own yielding separates pages.
    let turn = 0;
    let ticking = true;
    const tick = () => {
      turn += 1;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const pagesPerTurn = new Map<number, number>();
    let writes = 0;
    const saveFile: FileSaver = Object.assign(async () => 'unused', {
      open: async () => ({
        path: 'memory.csv',
        write: async (piece: string) => {
          writes += 1; // the header first, then one write per page
          if (writes > 1 && piece !== '') pagesPerTurn.set(turn, (pagesPerTurn.get(turn) ?? 0) + 1);
        },
        close: async () => undefined,
        abort: async () => undefined,
      }),
    });
    const { exports } = await exporter(saveFile);
    await exports.exportCsv('memory.csv', everything);
    ticking = false;
    expect([...pagesPerTurn.values()].reduce((a, b) => a + b, 0)).toBe(ROWS / EXPORT_PAGE_ROWS);
    expect(Math.max(...pagesPerTurn.values())).toBe(1);
  }, 60_000);

  it('reads the legs of each page from Paxos once, and writes their fee and times', async () => {
    const asked: number[] = [];
    const legs: TransfersByIds = async (ids) => {
      asked.push(ids.length);
      return ids.map((id) => ({
        id,
        type: 'WIRE_WITHDRAWAL',
        status: 'COMPLETED',
        asset: 'USD',
        fee: '1.5',
        created_at: '2026-01-02T00:00:00Z',
        updated_at: '2026-01-02T01:00:00Z',
      }));
    };
    const { exports } = await exporter(undefined, legs);
    const result = await exports.exportCsv('legs.csv', everything);
    // Every leg asked once, in calls of List Transfers' 100 ids (a page's two legs a row).
    expect(asked.reduce((a, b) => a + b, 0)).toBe(2 * ROWS);
    expect(asked.every((n) => n === TRANSFER_IDS_PER_CALL)).toBe(true);
    const file = await readFile(result.path, 'utf8');
    const [header, first] = file.split('\r\n');
    const row = Object.fromEntries(header!.split(',').map((h, i) => [h, first!.split(',')[i]]));
    expect(row).toMatchObject({
      fee: '1.50',
      sent_at: '2026-01-02T00:00:00Z',
      transfer_legs: 'read',
    });
  }, 60_000);
});
