// Which failures are the disk's or the folder's (issue 21, Deliver 8): told in words, and
// holding sending until a write succeeds again. Our own rules refusing a write are not.
import { describe, expect, it } from 'vitest';
import { toBridgeError } from '../../../../main/bridge/to-bridge-error';
import { sqliteDiskError } from '../../../../main/desk/store/db/storage-faults';
import { writeFaultOf } from '../../../../main/desk/store/db/write-fault';

const sqlite = (errcode: number, message: string) =>
  Object.assign(new Error(message), { code: 'ERR_SQLITE_ERROR', errcode });
const fs = (code: string) => Object.assign(new Error(`${code}: refused`), { code, errno: -13 });

describe('storage write faults', () => {
  it('knows a full disk, an I/O error, a folder it may not write and a read-only one', () => {
    expect(writeFaultOf(sqlite(13, 'database or disk is full'))?.kind).toBe('disk_full');
    expect(writeFaultOf(sqlite(10 | (4 << 8), 'disk I/O error'))?.kind).toBe('io_error');
    expect(writeFaultOf(sqliteDiskError('ENOSPC'))?.kind).toBe('disk_full');
    expect(writeFaultOf(sqlite(8, 'attempt to write a readonly database'))?.kind).toBe('read_only');
    expect(writeFaultOf(sqlite(14, 'unable to open database file'))?.kind).toBe('no_permission');
    expect(writeFaultOf(fs('EACCES'))?.kind).toBe('no_permission');
    expect(writeFaultOf(fs('ENOSPC'))?.kind).toBe('disk_full');
  });

  it('is not our own rules refusing a write, nor a damaged file, nor anything else', () => {
    expect(writeFaultOf(sqlite(19, 'CHECK constraint failed'))).toBeUndefined();
    expect(
      writeFaultOf(sqlite(1811, 'the intent state machine forbids this move')),
    ).toBeUndefined();
    expect(writeFaultOf(sqlite(11, 'database disk image is malformed'))).toBeUndefined();
    expect(writeFaultOf(new Error('boom'))).toBeUndefined();
    expect(writeFaultOf('ENOSPC')).toBeUndefined();
  });

  it('reaches the operator in words through the bridge, never as "something went wrong"', () => {
    const error = toBridgeError(sqliteDiskError('ENOSPC'));
    expect(error).toEqual({
      code: 'storage',
      message: expect.stringContaining('the disk is full') as unknown,
      details: { fault: 'disk_full' },
    });
    expect(error.message).toContain(
      'nothing is sent until the local database can be written again',
    );
  });
});
