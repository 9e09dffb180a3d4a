// The full PRAGMA quick_check of a big database takes seconds (it reads every page), too long
// for opening. Opening checks the tables money depends on; this checks the whole file on a
// worker thread with its own read-only connection, so nothing waits for it.
import { Worker } from 'node:worker_threads';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { DatabaseSync } = require('node:sqlite');
let problems;
try {
  const db = new DatabaseSync(workerData.path, { readOnly: true });
  try {
    const rows = db.prepare('PRAGMA quick_check(20)').all();
    const lines = rows.map((r) => String(r.quick_check));
    problems = lines.length === 1 && lines[0] === 'ok' ? [] : lines;
  } finally {
    db.close();
  }
} catch (error) {
  problems = [error && error.message ? error.message : String(error)];
}
parentPort.postMessage(problems);
`;

export interface BackgroundCheck {
  /** quick_check's complaints ([] when sound); undefined if cancelled. */
  result: Promise<string[] | undefined>;
  cancel(): void;
}

export function checkWholeFile(path: string): BackgroundCheck {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path } });
  worker.unref();
  let settle: (value: string[] | undefined) => void = () => undefined;
  const result = new Promise<string[] | undefined>((resolve) => {
    settle = resolve;
  });
  worker.once('message', (problems: string[]) => settle(problems));
  worker.once('error', (error: Error) => settle([error.message]));
  worker.once('exit', () => settle(undefined));
  return {
    result,
    cancel: () => {
      settle(undefined);
      void worker.terminate();
    },
  };
}
