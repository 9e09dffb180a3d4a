// "Export CSV" of the rows a filter selects, streamed: the file is chosen first, then written a
// page of EXPORT_PAGE_ROWS rows at a time (keyset pages, newest first), yielding to the event
// loop between pages so main never holds the thread for more than one page, and memory stays
// one page at any size. Progress is published in the state (`exportProgress`); `cancelExport` stops it at the
// next page and removes the partial file. One export at a time.
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
import type { FileSink } from './file-saver';
import type { OperatorContext } from './operator-context';

/**
 * Rows per page, each page one turn of the event loop. Measured at 500 rows (100,000 exported,
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

export function createActivityExport(ctx: OperatorContext) {
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
    let cursor: string | undefined;
    do {
      await nextTurn();
      if (job.cancelled) throw cancelledError();
      const page = await cache.query('orchestrations', source.filter, {
        limit: EXPORT_PAGE_ROWS,
        ...(cursor === undefined ? {} : { cursor }),
      });
      const views = page.items.map(({ record, fetchedAt }) => orchestrationView(record, fetchedAt));
      // The page's legs (fee, when the wire left and settled, a deposit's hash): ≤ 10 calls of
      // 100 ids; offline, the row says its legs were not read rather than leave a silent gap.
      const legs = transfersById(await ctx.desk().live.transfersByIds(legIds(views)));
      await sink.write(activityCsvPage(views, source.labels, rows === 0, legs));
      rows += views.length;
      publish({ rows, total: Math.max(total, rows), done: false });
      cursor = page.nextCursor;
    } while (cursor !== undefined);
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
