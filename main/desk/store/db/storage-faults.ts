// Fault points of the database, for tests: every write statement and every commit asks the
// hook first, and a hook that throws acts like the disk failing there (ENOSPC, EIO). In the
// app the hook is absent.
export type FaultPoint = 'write' | 'commit';

export interface StorageFaults {
  /** Throw to fail this write or commit. `sql` is the statement (writes only). */
  before(point: FaultPoint, sql?: string): void;
}

/** An error shaped like node:sqlite's for a full disk (SQLITE_FULL) or an I/O error (SQLITE_IOERR). */
export function sqliteDiskError(kind: 'ENOSPC' | 'EIO'): Error {
  const error = new Error(
    kind === 'ENOSPC' ? 'database or disk is full' : 'disk I/O error',
  ) as Error & { code: string; errcode: number; errno?: string };
  error.code = 'ERR_SQLITE_ERROR';
  error.errcode = kind === 'ENOSPC' ? 13 : 10;
  error.errno = kind;
  return error;
}
