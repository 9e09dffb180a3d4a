// "Export CSV" of the rows a filter selects, streamed: the file is chosen first, then written a
// page of EXPORT_PAGE_ROWS rows at a time (keyset pages, newest first). Each page is four short
// steps, each in a turn of the event loop of its own: the page query, the rows' views, the legs
// (export-legs.ts: paced calls, each answer parsed in its own turn), the CSV text; then the
// write, awaited before the next CSV text (one write in flight: the disk's pace is the export's).
// The next page is read while this one's legs are in flight, so memory stays two pages at any
// size. Progress is published in the state (`exportProgress`);
// `cancelExport` stops it at the next step and removes the partial file. One export at a time.
//
// Why in main, in steps, and not in a worker_thread: the legs must come from Paxos through
// main's client (the credentials never leave main), so main parses every answer anyway; a worker
// would take only the page query and the CSV text (each ~15 ms of CPU per 200 rows on a loaded
// 2-core machine) at the cost of a second database connection, a message protocol and progress
// and cancel relayed across threads. Small steps with a yield between them bound every block by
// the largest step, which the bench measures (bench/history-export-only.ts).
import { AppError } from '../../shared/app-error';
import type { ExportProgress } from '../../shared/state';
import {
  activityCsvHeader,
  activityCsvPage,
  legIds,
  orchestrationView,
  transfersById,
} from '../desk';
import type { activityLabels, toRecordFilter } from '../desk';
import {
  callPacer,
  EXPORT_LEGS_CALLS_PER_SECOND,
  readLegs,
  type TransfersByIds,
} from './export-legs';
import type { FileSink } from './file-saver';
import type { OperatorContext } from './operator-context';

/**
 * Rows per page (each page several turns of the event loop, one per step). Measured at 500 rows (100,000 exported,
 * 2 cores at load ~20): the CSV text of a page took ~35 ms of CPU in one synchronous step, its
 * legs (2 per row, read from Paxos in calls of 100 ids) up to ~84 ms across their calls, the
 * page query 8-24 ms, so a loaded machine saw blocks far past 50 ms. 200 rows keeps every step
 * at about 15 ms of CPU; the cost is 2.5 times as many (cheap, keyset) page queries.
 */
export const EXPORT_PAGE_ROWS = 200;

/** Lets the event loop run (IPC, timers, the sync) before the next page. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

const cancelledError = () =>
  new AppError('validation', 'The export was cancelled; nothing was written.', { field: 'path' });

export interface ExportSource {
  filter: ReturnType<typeof toRecordFilter>;
  labels: ReturnType<typeof activityLabels>;
}

export interface ActivityExportOptions {
  /** The pace of the legs' calls (tests that do not measure it: Infinity). */
  legsCallsPerSecond?: number;
}

export function createActivityExport(ctx: OperatorContext, options: ActivityExportOptions = {}) {
  const legsCallsPerSecond = options.legsCallsPerSecond ?? EXPORT_LEGS_CALLS_PER_SECOND;
  let running: { cancelled: boolean } | undefined;

  /** The sink for the chosen file; a saver without streaming gets the pieces at the end. */
  const openSink = async (name: string): Promise<FileSink | undefined> => {
    if (ctx.saveFile.open) return ctx.saveFile.open(name);
    const pieces: string[] = [];
    let path: string | undefined;
    return {
      get path() {
        return path ?? name;
      },
      write: async (piece) =>
        void pieces.push(typeof piece === 'string' ? piece : new TextDecoder().decode(piece)),
      close: async () => {
        path = await ctx.saveFile(name, pieces.join(''));
        if (!path) throw cancelledError();
      },
      abort: async () => void (pieces.length = 0),
    };
  };

  const publish = (progress: ExportProgress) => ctx.state.set({ exportProgress: progress });

  async function stream(sink: FileSink, source: ExportSource, job: { cancelled: boolean }) {
    const cache = ctx.desk().records;
    const { total } = await cache.window('orchestrations', source.filter, 0, 0);
    let rows = 0;
    publish({ rows, total, done: false });
    await sink.write(activityCsvHeader());
    // One pace for the whole export: its calls stay under Paxos's limit across pages.
    const pace = callPacer(legsCallsPerSecond);
    const transfersByIds: TransfersByIds = (ids) => ctx.desk().live.transfersByIds(ids);
    /** Before each step: let the loop run (IPC, timers, the sync), then honour a cancel. */
    const step = async () => {
      await nextTurn();
      if (job.cancelled) throw cancelledError();
    };
    /** A page read, its views made and its legs asked for (not awaited: they overlap). */
    const readPage = async (cursor: string | undefined) => {
      await step();
      const page = await cache.query('orchestrations', source.filter, {
        limit: EXPORT_PAGE_ROWS,
        ...(cursor === undefined ? {} : { cursor }),
      });
      await step();
      const views = page.items.map(({ record, fetchedAt }) => orchestrationView(record, fetchedAt));
      await step();
      // The page's legs (fee, when the wire left and settled, a deposit's hash): calls of 100
      // ids; offline, the row says its legs were not read rather than leave a silent gap.
      const legs = readLegs(legIds(views), transfersByIds, pace);
      legs.catch(() => undefined); // awaited below, unless a cancel comes first
      return { views, legs, nextCursor: page.nextCursor };
    };
    // The next page is read while this one's legs are in flight (the legs' calls are the wall
    // time, at the pace Paxos allows): two pages in memory at most.
    let next: ReturnType<typeof readPage> | undefined = readPage(undefined);
    while (next) {
      const current: Awaited<ReturnType<typeof readPage>> = await next;
      next = current.nextCursor === undefined ? undefined : readPage(current.nextCursor);
      // A cancel or a failure below leaves it unawaited: its rejection is this one's, not news.
      next?.catch(() => undefined);
      const legs = transfersById(await current.legs);
      await step();
      await sink.write(activityCsvPage(current.views, source.labels, rows === 0, legs));
      rows += current.views.length;
      publish({ rows, total: Math.max(total, rows), done: false });
    }
    return rows;
  }

  return {
    async exportCsv(name: string, source: ExportSource): Promise<{ path: string; rows: number }> {
      if (running)
        throw new AppError('conflict', 'An export is already being written.', { field: 'path' });
      const job = { cancelled: false };
      running = job;
      try {
        const sink = await openSink(name);
        if (!sink) throw cancelledError();
        let rows: number;
        try {
          rows = await stream(sink, source, job);
          await sink.close();
        } catch (error) {
          await sink.abort().catch(() => undefined);
          publish({ rows: 0, total: 0, done: true });
          throw error;
        }
        publish({ rows, total: rows, done: true });
        return { path: sink.path, rows };
      } finally {
        running = undefined;
      }
    },
    /** Stops the running export at its next page; false when none runs. */
    cancel(): { cancelled: boolean } {
      if (!running) return { cancelled: false };
      running.cancelled = true;
      return { cancelled: true };
    },
  };
}
