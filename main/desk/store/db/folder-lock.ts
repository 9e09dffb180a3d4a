// One writer per environment folder (issue 21). Electron's single-instance lock guards one
// installation, not the data folder: a second runtime (another build, a script, a restore tool)
// on the same folder could answer "cancelled" while the first one's POST was on the wire.
//
// The lock is an OS lock, held as long as the desk is open: an exclusive SQLite transaction on a
// small file of its own (`desk.lock`) beside the database. SQLite takes it with POSIX record
// locks, which the kernel drops when the process ends however it ends (a SIGKILL included), so a
// crash never leaves a stale lock behind, unlike a pid file. The database itself is not opened in
// exclusive mode because the whole-file check reads it from a worker thread.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { AppError } from '../../../../shared/app-error';

export const LOCK_FILE = 'desk.lock';

export interface FolderLock {
  readonly path: string;
  release(): void;
}

/** Takes the folder's lock, or throws a `conflict` naming the folder if another desk holds it. */
export function lockEnvironmentFolder(envDir: string): FolderLock {
  mkdirSync(envDir, { recursive: true, mode: 0o700 });
  const path = join(envDir, LOCK_FILE);
  const db = new DatabaseSync(path, { timeout: 0 });
  try {
    db.exec('PRAGMA locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    db.close();
    if (error instanceof Error && /locked|busy/i.test(error.message)) {
      throw new AppError(
        'conflict',
        `Another Treasury Desk is using this data folder (${envDir}). Close it first: this one reads and writes nothing there.`,
        { folder: envDir },
      );
    }
    throw error;
  }
  let held = true;
  return {
    path,
    release() {
      if (!held) return;
      held = false;
      db.exec('ROLLBACK');
      db.close();
    },
  };
}
