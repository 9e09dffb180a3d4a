// A page SQLite cannot read, found while the desk runs (the recheck of every intent with Paxos
// reads every intent, and hits it): the desk cannot finish that check on this file, so sending
// stays held. Opening used to read every page of the intents and so set such a file aside at
// once (open-desk.ts); it no longer does (issue 23: seconds out of the OS cache), so the finding
// is kept beside the file, outside it (the file is the thing that is damaged), and the next open
// sets the file aside and carries the readable intents over, as when opening finds it.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const MARK = 'desk.sqlite.replace-at-open';

export const REPLACE_AT_OPEN_HINT =
  'a page of the local database cannot be read; restart Treasury Desk to set the file aside and carry the readable requests over.';

export function markReplaceAtOpen(dbPath: string, why: string): void {
  try {
    writeFileSync(join(dirname(dbPath), MARK), `${why}\n`, { mode: 0o600 });
  } catch {
    // Not kept: sending stays held all the same, and the next recheck marks it again.
  }
}

/** Whether this run marked the file: it cannot be checked whole, so sending stays held. */
export function markedReplaceAtOpen(dbPath: string): boolean {
  return existsSync(join(dirname(dbPath), MARK));
}

/** At open: the mark left by a run that found an unreadable page (removed: it is acted on now). */
export function takeReplaceAtOpen(envDir: string): string | undefined {
  const path = join(envDir, MARK);
  if (!existsSync(path)) return undefined;
  rmSync(path, { force: true });
  return 'an earlier run found a page of this file that could not be read';
}
