// Writes the live records of a journal to `<path>.compact`, fsyncs it, and renames it over the
// journal. rename(2) is atomic: after a crash the journal is either the old file or the new
// one, never a mix. A leftover `.compact` file is an unfinished compaction and is deleted on open.
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { PRIVATE_FILE_MODE, fsyncDirectory, writeFully } from './durable-fs';
import type { IndexEntry } from './journal-replay';

const FLUSH_BYTES = 1 << 20;

export function compactionTempPath(path: string): string {
  return `${path}.compact`;
}

export async function readExactly(
  handle: FileHandle,
  offset: number,
  length: number,
): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let read = 0;
  while (read < length) {
    const { bytesRead } = await handle.read(buffer, read, length - read, offset + read);
    if (bytesRead === 0) throw new Error(`journal ended early at ${offset + read}`);
    read += bytesRead;
  }
  return buffer;
}

/** Returns the index for the new file (same keys and summaries, new offsets) and its size. */
export async function writeCompactedJournal<S>(
  path: string,
  source: FileHandle,
  index: ReadonlyMap<string, IndexEntry<S>>,
): Promise<{ index: Map<string, IndexEntry<S>>; bytes: number }> {
  const tempPath = compactionTempPath(path);
  const out = await open(tempPath, 'w', PRIVATE_FILE_MODE);
  const next = new Map<string, IndexEntry<S>>();
  let offset = 0;
  try {
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    for (const [key, entry] of index) {
      pending.push(await readExactly(source, entry.offset, entry.length));
      pendingBytes += entry.length;
      next.set(key, { offset, length: entry.length, summary: entry.summary });
      offset += entry.length;
      if (pendingBytes >= FLUSH_BYTES) {
        await writeFully(out, Buffer.concat(pending), null);
        pending = [];
        pendingBytes = 0;
      }
    }
    await writeFully(out, Buffer.concat(pending), null);
    await out.sync();
  } catch (error) {
    await out.close();
    await rm(tempPath, { force: true });
    throw error;
  }
  await out.close();
  await rename(tempPath, path);
  // The rename has happened: from here the caller must switch to the new file, so do not
  // throw. If this fsync fails, a power loss may bring back the old file, which is still a
  // complete (just longer) journal of the same data.
  await fsyncDirectory(dirname(path)).catch(() => undefined);
  return { index: next, bytes: offset };
}
