// Small helpers for crash-safe files: private permissions, full writes, directory fsync.
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { AppError } from '../../shared/app-error';

/** Data files hold business data (bank accounts, amounts): readable by the OS user only. */
export const PRIVATE_FILE_MODE = 0o600;
const PRIVATE_DIR_MODE = 0o700;

/** Creates `dir` (and missing parents) and makes the new directory entries durable. */
export async function ensurePrivateDir(dir: string): Promise<void> {
  const firstCreated = await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (firstCreated === undefined) return;
  // Each new directory is an entry in its parent: fsync the parents, outermost first.
  const created: string[] = [];
  const stop = dirname(resolve(firstCreated));
  for (let d = resolve(dir); d !== stop && d !== dirname(d); d = dirname(d)) created.unshift(d);
  for (const d of created) await fsyncDirectory(dirname(d));
}

/** `write` may write fewer bytes than asked (e.g. signals, near-full disks); loop until done. */
export async function writeFully(
  handle: FileHandle,
  data: Buffer,
  position: number | null,
): Promise<void> {
  let written = 0;
  while (written < data.length) {
    const pos = position === null ? null : position + written;
    const { bytesWritten } = await handle.write(data, written, data.length - written, pos);
    written += bytesWritten;
  }
}

/**
 * A new or renamed file is only durable once its directory entry is: fsync the directory.
 * Windows cannot open directories; NTFS journals the rename itself, so skip there.
 */
export async function fsyncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Operator-readable wrapper for an I/O failure on one of the app's data files. */
export function storageError(action: string, path: string, cause: unknown): AppError {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code ?? 'unknown';
  const hint = code === 'ENOSPC' ? ' The disk is full: free some space and try again.' : '';
  return new AppError(
    'internal',
    `Treasury Desk could not ${action} its local data file (${code}).${hint}`,
    { path, errno: code },
  );
}
