// The in-memory side of a journal: key -> where its live line is, plus the caller's summary.
// Map order is the order of last write (a rewritten key moves to the end), which compaction
// preserves, so iteration order is stable across restarts.
import type { JournalOp } from './line-codec';
import type { IndexEntry } from './journal-replay';

export class JournalIndex<S> {
  constructor(
    private entries: Map<string, IndexEntry<S>>,
    private live: number,
    private readonly summarize: (key: string, value: unknown) => S,
  ) {}

  get size(): number {
    return this.entries.size;
  }
  /** Bytes of the lines that are still current (the size of a freshly compacted file). */
  get liveBytes(): number {
    return this.live;
  }
  get map(): ReadonlyMap<string, IndexEntry<S>> {
    return this.entries;
  }
  get(key: string): IndexEntry<S> | undefined {
    return this.entries.get(key);
  }
  has(key: string): boolean {
    return this.entries.has(key);
  }

  apply(op: JournalOp, offset: number, length: number): void {
    const previous = this.entries.get(op.key);
    if (previous) this.live -= previous.length;
    this.entries.delete(op.key);
    if (op.kind === 'delete') return;
    this.entries.set(op.key, { offset, length, summary: this.summarize(op.key, op.value) });
    this.live += length;
  }

  /** After compaction: same keys and summaries, new offsets. */
  replace(entries: Map<string, IndexEntry<S>>, liveBytes: number): void {
    this.entries = entries;
    this.live = liveBytes;
  }
}
