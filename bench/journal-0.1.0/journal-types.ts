// Public option and stats shapes of the journal.
export type { JournalRecovery } from './journal-replay';

export interface JournalOptions<S> {
  path: string;
  /** Small in-memory projection of each value, for queries without disk reads. */
  summarize?: (key: string, value: unknown) => S;
  /** Compact when the file is at least minFileBytes and more than garbageRatio x the live bytes. */
  compactWhen?: { minFileBytes: number; garbageRatio: number };
}

/**
 * durable: fdatasync before the promise resolves (survives power loss). Without it the line is
 * handed to the OS before resolving (survives a crash of the app, not of the machine).
 */
export interface WriteOptions {
  durable?: boolean;
}

export interface JournalStats {
  fileBytes: number;
  liveBytes: number;
  liveKeys: number;
  /** Every byte this instance wrote, compactions included: the I/O cost measure. */
  bytesWritten: number;
  compactions: number;
}

export const DEFAULT_COMPACTION = { minFileBytes: 1 << 20, garbageRatio: 2 };
