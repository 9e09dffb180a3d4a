// Rebuilds the in-memory key index of a journal from its file. Recovery rules:
// - a torn last line (no "\n": the writer died mid-append) is dropped;
// - complete but unreadable lines *after the last good record* are dropped too (after a power
//   loss a filesystem may leave a zero-filled tail): nothing readable follows them;
// - an unreadable line *between* good records is skipped and reported, never guessed at.
// Earlier good records are never lost.
import type { FileHandle } from 'node:fs/promises';
import { decodeOp } from './line-codec';
import { scanCompleteLines } from './line-scanner';

export interface IndexEntry<S> {
  offset: number;
  length: number;
  summary: S;
}

export interface JournalRecovery {
  /** Bytes cut off the end of the file (torn or unreadable tail). */
  truncatedBytes: number;
  /** Byte offsets of unreadable lines in the middle of the file (skipped). */
  corruptLineOffsets: number[];
}

export interface ReplayOutcome<S> {
  index: Map<string, IndexEntry<S>>;
  liveBytes: number;
  /** The file should be truncated to this length before appending again. */
  validBytes: number;
  recovery: JournalRecovery;
}

export async function replayJournal<S>(
  handle: FileHandle,
  summarize: (key: string, value: unknown) => S,
): Promise<ReplayOutcome<S>> {
  const index = new Map<string, IndexEntry<S>>();
  let liveBytes = 0;
  let lastGoodEnd = 0;
  const corrupt: number[] = [];
  const scan = await scanCompleteLines(handle, (line, offset, length) => {
    const op = decodeOp(line);
    if (op === undefined) {
      corrupt.push(offset);
      return;
    }
    lastGoodEnd = offset + length;
    const previous = index.get(op.key);
    if (previous) liveBytes -= previous.length;
    if (op.kind === 'delete') {
      index.delete(op.key);
      return;
    }
    // delete + set keeps Map order = order of last write, which compaction preserves.
    index.delete(op.key);
    index.set(op.key, { offset, length, summary: summarize(op.key, op.value) });
    liveBytes += length;
  });
  return {
    index,
    liveBytes,
    validBytes: lastGoodEnd,
    recovery: {
      truncatedBytes: scan.totalBytes - lastGoodEnd,
      corruptLineOffsets: corrupt.filter((offset) => offset < lastGoodEnd),
    },
  };
}
