// Free places (ords) for the new rows of one page of history, found with one query for the
// whole page instead of one per record (a page of 1,000 new orchestrations asked 1,000 times).
// Holds the last used place of each creation millisecond the page touches, and moves it on as
// rows are inserted; valid for one putMany, inside its transaction.
import type { DeskDatabase } from '../db/desk-database';
import { ORDER_OVERFLOW, ORDER_SLOT, slotEnd, slotStart } from './orchestration-order';

export class PagePlaces {
  /** Per slot start: the last ord used in that millisecond (null: none yet). */
  private readonly last = new Map<number, number | null>();

  constructor(
    private readonly db: DeskDatabase,
    createdMs: readonly number[],
  ) {
    const starts = [...new Set(createdMs.map(slotStart))];
    if (starts.length === 0) return;
    for (const row of this.db.all<{ start: number; last: number | null }>(
      `SELECT s.value AS start, (SELECT max(ord) FROM orchestration_rows WHERE ord BETWEEN s.value AND s.value + ${ORDER_SLOT - 1}) AS last
       FROM json_each(?) s`,
      JSON.stringify(starts),
    )) {
      this.last.set(row.start, row.last);
    }
  }

  /** A free place for a row created at `createdMs` (the next tie of its millisecond), taken. */
  take(createdMs: number): number {
    const start = slotStart(createdMs);
    const end = slotEnd(createdMs);
    const last = this.last.has(start) ? this.last.get(start) : this.lastIn(start, end);
    let ord: number;
    if (last === undefined || last === null) ord = start;
    else if (last < end) ord = last + 1;
    else {
      // The millisecond is full: after every dated row (and every earlier overflow).
      const max = this.db.get<{ m: number | null }>('SELECT max(ord) AS m FROM orchestration_rows');
      return Math.max(Number(max?.m ?? 0) + 1, ORDER_OVERFLOW);
    }
    this.last.set(start, ord);
    return ord;
  }

  private lastIn(start: number, end: number): number | null {
    return (
      this.db.get<{ m: number | null }>(
        'SELECT max(ord) AS m FROM orchestration_rows WHERE ord BETWEEN ? AND ?',
        start,
        end,
      )?.m ?? null
    );
  }
}
