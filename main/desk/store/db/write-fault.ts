// A storage write that failed because of the disk or the folder, not because of our data: a
// full disk (SQLITE_FULL, ENOSPC), an I/O error (SQLITE_IOERR, EIO), a folder or file the
// desk may not write (EACCES, EPERM, SQLITE_PERM, SQLITE_CANTOPEN) or a read-only one
// (SQLITE_READONLY, EROFS). These are told to the operator in words, and nothing is sent until
// a write succeeds again (storage-writes.ts). A constraint or a trigger refusing a move is not
// one of them: that is the desk's own rule doing its job.
import { AppError } from '../../../../shared/app-error';

export type WriteFaultKind = 'disk_full' | 'io_error' | 'no_permission' | 'read_only';

export interface WriteFault {
  kind: WriteFaultKind;
  /** What happened, for the operator. */
  words: string;
}

const WORDS: Record<WriteFaultKind, string> = {
  disk_full: 'the disk is full',
  io_error: 'the disk reported an input/output error',
  no_permission: 'Treasury Desk is not allowed to write its data folder',
  read_only: 'the data folder is read-only',
};

// SQLite's primary result codes (the low byte of an extended code).
const BY_SQLITE_CODE: Record<number, WriteFaultKind> = {
  3: 'no_permission', // SQLITE_PERM
  8: 'read_only', // SQLITE_READONLY
  10: 'io_error', // SQLITE_IOERR
  13: 'disk_full', // SQLITE_FULL
  14: 'no_permission', // SQLITE_CANTOPEN
};

const BY_ERRNO: Record<string, WriteFaultKind> = {
  ENOSPC: 'disk_full',
  EDQUOT: 'disk_full',
  EIO: 'io_error',
  EACCES: 'no_permission',
  EPERM: 'no_permission',
  EROFS: 'read_only',
};

/** The disk or folder fault behind `error`, or undefined when it is not one. */
export function writeFaultOf(error: unknown): WriteFault | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { errno, errcode, code } = error as { errno?: unknown; errcode?: unknown; code?: unknown };
  const kind =
    (typeof errno === 'string' ? BY_ERRNO[errno] : undefined) ??
    (typeof code === 'string' ? BY_ERRNO[code] : undefined) ??
    (typeof errcode === 'number' ? BY_SQLITE_CODE[errcode & 0xff] : undefined);
  return kind ? { kind, words: WORDS[kind] } : undefined;
}

/** The operator's error for a request refused because the local database cannot be written. */
export function writeFaultError(fault: WriteFault): AppError {
  return new AppError(
    'storage',
    `Treasury Desk could not save this in its local database: ${fault.words}. Nothing was sent to Paxos, and nothing is sent until the local database can be written again.`,
    { fault: fault.kind },
  );
}
