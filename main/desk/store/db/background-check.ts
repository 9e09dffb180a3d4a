// The checks every send waits for but opening does not run, because each reads a whole table or
// the whole file (seconds after years, most of it from disk when the file is not in the OS
// cache): on a worker thread with its own read-only connection, so neither the first state nor
// main's event loop waits for them.
// - The whole file's PRAGMA quick_check (every page of every table and index: the audit log
//   and the intents included; opening checks only the small tables).
// - The intents the state index does not lead to. Opening reads the intents that have not ended
//   through `intents_by_state` (intent-reads.ts); a row that index misses (a damaged index)
//   would be unseen by every read by state. Finding them compares every id of the table with
//   the index's (keys only), so it runs here; the caller reads the ids found by their key.
import { Worker } from 'node:worker_threads';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { DatabaseSync } = require('node:sqlite');
const UNINDEXED =
  'SELECT id FROM intents NOT INDEXED EXCEPT SELECT id FROM intents INDEXED BY intents_by_state';
let problems = [];
let unindexed = [];
let unreadable = false;
const said = (error) => (error && error.message ? error.message : String(error));
try {
  const db = new DatabaseSync(workerData.path, { readOnly: true });
  try {
    if (workerData.wholeFile) {
      try {
        const lines = db.prepare('PRAGMA quick_check(20)').all().map((r) => String(r.quick_check));
        if (!(lines.length === 1 && lines[0] === 'ok')) problems = lines;
      } catch (error) {
        problems = [...problems, said(error)];
      }
    }
    try {
      unindexed = db.prepare(UNINDEXED).all().map((r) => String(r.id));
    } catch (error) {
      problems = [...problems, said(error)];
      // SQLITE_CORRUPT / SQLITE_NOTADB on the intents' own pages: a page no read gets through,
      // so what it holds is seen by no check (see isCorruption).
      const code = error && typeof error.errcode === 'number' ? error.errcode & 0xff : 0;
      unreadable = code === 11 || code === 26;
    }
  } finally {
    db.close();
  }
} catch (error) {
  problems = [...problems, said(error)];
}
parentPort.postMessage({ problems, unindexed, unreadable });
`;

export interface BackgroundFindings {
  /** quick_check's complaints, or what stopped the check ([] when sound). */
  problems: string[];
  /** Ids of intents the state index does not lead to ([] when sound). */
  unindexed: string[];
  /**
   * A read failed on a damaged page: what it holds (an intent the state index misses, say) can
   * be read by no check, so the file must be set aside at the next open (replace-at-open.ts).
   */
  unreadable?: boolean;
}

export interface BackgroundCheck {
  /** What the checks found; undefined if cancelled. */
  result: Promise<BackgroundFindings | undefined>;
  cancel(): void;
}

/** `wholeFile`: false when damage is already known (sending is held anyway): the intents only. */
export function checkInBackground(path: string, wholeFile: boolean): BackgroundCheck {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path, wholeFile } });
  worker.unref();
  let settle: (value: BackgroundFindings | undefined) => void = () => undefined;
  const result = new Promise<BackgroundFindings | undefined>((resolve) => {
    settle = resolve;
  });
  worker.once('message', (found: BackgroundFindings) => settle(found));
  worker.once('error', (error: Error) => settle({ problems: [error.message], unindexed: [] }));
  // A worker that ended without answering (not cancelled) checked nothing: never "sound".
  worker.once('exit', () =>
    settle({ problems: ['the background check stopped before it finished'], unindexed: [] }),
  );
  return {
    result,
    cancel: () => {
      settle(undefined);
      void worker.terminate();
    },
  };
}
