// FROZEN copy of the 0.1.0 store (main/desk/store/journal + cache), kept only as the benchmark baseline.
// The storage engine of the local store: a keyed, append-only JSON-lines log (Bitcask-style).
//
// Why not SQLite: a SQLite binding is a native module that must be rebuilt for each Electron
// ABI, and neither prebuilt binaries nor the Electron runtime can be fetched on the build
// machines (and Node 20 has no node:sqlite). Why not one JSON file per collection: rewriting it
// on every status update is O(n) bytes (~100 MB per update at 100,000 orchestrations).
// Here a put or delete appends one line: O(1) bytes whatever the number of records. Memory
// holds only an index (key -> offset, length, small caller-defined summary); values are read
// back on demand. When dead lines outweigh live ones the file is compacted (temp file, fsync,
// atomic rename), which amortises to O(1) bytes per update.
import { encodeOp, decodeOp, type JournalOp } from './line-codec';
import { writeCompactedJournal } from './journal-compaction';
import { storageError } from './durable-fs';
import { openJournalFile } from './journal-open';
import { JournalIndex } from './journal-index';
import { JournalFile } from './journal-file';
import { SerialQueue } from './serial-queue';
import type { JournalRecovery } from './journal-replay';
import {
  DEFAULT_COMPACTION,
  type JournalOptions,
  type JournalStats,
  type WriteOptions,
} from './journal-types';

export type { JournalOptions, JournalStats, WriteOptions, JournalRecovery } from './journal-types';

export class Journal<S = undefined> {
  // One queue for reads, writes and compaction: appends land in call order, index offsets
  // always match the file, and a compaction never interleaves with an append.
  private readonly queue = new SerialQueue();
  private compactions = 0;
  private compactionQueued = false;
  /** Last background compaction failure (the journal keeps working on the old file). */
  lastCompactionError: unknown;

  private constructor(
    private readonly compactWhen: { minFileBytes: number; garbageRatio: number },
    private readonly file: JournalFile,
    private readonly index: JournalIndex<S>,
    /** What opening had to repair: torn tail cut, unreadable middle lines skipped. */
    readonly recovery: JournalRecovery,
  ) {}

  static async open<S = undefined>(options: JournalOptions<S>): Promise<Journal<S>> {
    const summarize = options.summarize ?? (() => undefined as S);
    const opened = await openJournalFile(options.path, summarize);
    const index = new JournalIndex(opened.index, opened.liveBytes, summarize);
    const file = new JournalFile(options.path, opened.handle, opened.validBytes);
    const journal = new Journal(
      options.compactWhen ?? DEFAULT_COMPACTION,
      file,
      index,
      opened.recovery,
    );
    journal.scheduleCompactionIfNeeded();
    return journal;
  }

  get path(): string {
    return this.file.path;
  }
  get size(): number {
    return this.index.size;
  }
  has(key: string): boolean {
    return this.index.has(key);
  }
  keys(): IterableIterator<string> {
    return this.index.map.keys();
  }
  /** The caller owns summary objects; mutating one changes memory only, never the file. */
  summary(key: string): S | undefined {
    return this.index.get(key)?.summary;
  }
  *summaries(): IterableIterator<[string, S]> {
    for (const [key, entry] of this.index.map) yield [key, entry.summary];
  }

  get(key: string): Promise<unknown> {
    return this.getMany([key]).then((found) => found.get(key));
  }

  /** Values of the keys that exist, read from disk (one pread each). */
  getMany(keys: Iterable<string>): Promise<Map<string, unknown>> {
    return this.queue.run(async () => {
      const found = new Map<string, unknown>();
      for (const key of keys) {
        const entry = this.index.get(key);
        if (!entry) continue;
        const line = await this.file.read(entry.offset, entry.length);
        const op = decodeOp(line.toString('utf8', 0, entry.length - 1));
        if (op?.kind !== 'put') throw storageError('read', this.path, new Error('index mismatch'));
        found.set(key, op.value);
      }
      return found;
    });
  }

  put(key: string, value: unknown, options: WriteOptions = {}): Promise<void> {
    return this.putMany([[key, value]], options);
  }

  /** One write, and at most one fsync, for the whole batch. */
  // async: a bad value rejects rather than throws. The body up to `queue.run` is synchronous,
  // so call order is still queue order.
  async putMany(entries: Iterable<[string, unknown]>, options: WriteOptions = {}): Promise<void> {
    const ops: JournalOp[] = [];
    for (const [key, value] of entries) {
      if (value === undefined) throw new TypeError(`journal put of undefined: ${key}`);
      ops.push({ kind: 'put', key, value });
    }
    // Encode before queueing: a value JSON cannot represent fails without touching the file.
    const lines = ops.map(encodeOp);
    await this.queue.run(() => this.appendNow(ops, lines, options.durable ?? false));
  }

  /** Resolves false, and writes nothing, if the key does not exist. */
  delete(key: string, options: WriteOptions = {}): Promise<boolean> {
    const op: JournalOp = { kind: 'delete', key };
    return this.queue.run(async () => {
      if (!this.index.has(key)) return false;
      await this.appendNow([op], [encodeOp(op)], options.durable ?? false);
      return true;
    });
  }

  compact(): Promise<void> {
    return this.queue.run(() => this.compactNow());
  }

  stats(): JournalStats {
    const { bytes: fileBytes, bytesWritten } = this.file;
    const { liveBytes, size: liveKeys } = this.index;
    return { fileBytes, liveBytes, liveKeys, bytesWritten, compactions: this.compactions };
  }

  close(): Promise<void> {
    return this.queue.run(() => this.file.close());
  }

  private async appendNow(ops: JournalOp[], lines: Buffer[], durable: boolean): Promise<void> {
    let offset = await this.file.append(Buffer.concat(lines), durable);
    ops.forEach((op, i) => {
      const length = lines[i]!.length;
      this.index.apply(op, offset, length);
      offset += length;
    });
    this.scheduleCompactionIfNeeded();
  }

  private needsCompaction(): boolean {
    const { minFileBytes, garbageRatio } = this.compactWhen;
    const fileBytes = this.file.bytes;
    return fileBytes >= minFileBytes && fileBytes > garbageRatio * this.index.liveBytes;
  }

  private scheduleCompactionIfNeeded(): void {
    if (this.compactionQueued || !this.needsCompaction()) return;
    this.compactionQueued = true;
    void this.queue.run(async () => {
      this.compactionQueued = false;
      if (!this.file.usable || !this.needsCompaction()) return;
      await this.compactNow().catch((error: unknown) => {
        this.lastCompactionError = error;
      });
    });
  }

  private async compactNow(): Promise<void> {
    this.file.assertUsable();
    const { index, bytes } = await writeCompactedJournal(
      this.path,
      this.file.source,
      this.index.map,
    );
    await this.file.reopen(bytes);
    this.index.replace(index, bytes);
    this.compactions += 1;
  }
}
