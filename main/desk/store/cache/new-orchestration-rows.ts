// New orchestration rows of one putMany, written together: a page of first sync is 1,000 new
// rows, and one statement per row, per id key and per search entry was 8,000 calls into SQLite
// per page. Here the rows go in multi-row INSERTs, and the id keys and search words in one
// INSERT each (sorted keys: the random-key B-tree is walked once, in order). Runs inside the
// caller's transaction; `flush` before anything reads or writes those rows one by one.
import type { SQLInputValue } from 'node:sqlite';
import type { DeskDatabase } from '../db/desk-database';
import { idKey, type OrchestrationFields } from './orchestration-row';

/** Rows per INSERT: 10 values each, well under SQLite's 32,766 parameters. */
const ROWS_PER_INSERT = 100;
const COLUMNS = 'ord, changed_ms, status, in_flight, asset, rule, profile, bank, fetched, record';

export class NewOrchestrationRows {
  private rows: SQLInputValue[][] = [];
  private keys: [number, number][] = [];
  private words: [number, string][] = [];
  /** Per creation-time slot (its first ord): the last ord given out and not yet flushed. */
  private readonly lastInSlot = new Map<number, number>();
  private maxOrd: number | undefined;

  constructor(private readonly db: DeskDatabase) {}

  get size(): number {
    return this.rows.length;
  }

  /** The last unflushed ord in the slot starting at `start`, if any. */
  lastOrdInSlot(start: number): number | undefined {
    return this.lastInSlot.get(start);
  }

  /** The largest unflushed ord, if any. */
  lastOrd(): number | undefined {
    return this.maxOrd;
  }

  add(
    ord: number,
    slot: number | undefined,
    values: readonly SQLInputValue[],
    f: OrchestrationFields,
  ): void {
    this.rows.push([ord, ...values]);
    if (slot !== undefined) this.lastInSlot.set(slot, ord);
    this.maxOrd = this.maxOrd === undefined ? ord : Math.max(this.maxOrd, ord);
    for (const id of f.ids) this.keys.push([idKey(id), ord]);
    if (f.words !== '') this.words.push([ord, f.words]);
  }

  flush(): void {
    if (this.rows.length === 0) return;
    for (let i = 0; i < this.rows.length; i += ROWS_PER_INSERT) {
      const chunk = this.rows.slice(i, i + ROWS_PER_INSERT);
      const tuple = `(${COLUMNS.split(',')
        .map(() => '?')
        .join(', ')})`;
      this.db.run(
        `INSERT INTO orchestration_rows (${COLUMNS}) VALUES ${chunk.map(() => tuple).join(', ')}`,
        ...chunk.flat(),
      );
    }
    this.keys.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    this.db.run(
      'INSERT OR IGNORE INTO orchestration_ids (key, ord) SELECT value ->> 0, value ->> 1 FROM json_each(?)',
      JSON.stringify(this.keys),
    );
    if (this.words.length > 0)
      this.db.run(
        'INSERT INTO orchestration_words (rowid, words) SELECT value ->> 0, value ->> 1 FROM json_each(?)',
        JSON.stringify(this.words),
      );
    this.rows = [];
    this.keys = [];
    this.words = [];
    this.lastInSlot.clear();
    this.maxOrd = undefined;
  }
}
