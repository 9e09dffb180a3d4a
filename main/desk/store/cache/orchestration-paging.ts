// Paging the filtered, newest-first orchestration list at a million rows: a window at any depth
// (for the virtualized list) and pages with cursors. A window the list scrolls to starts after
// the last row of the one above it (its endCursor, keyset: what scrolling carries), reading
// only its own rows at any depth. A window it jumps to (the scrollbar dragged far) starts from
// a keyset anchor remembered per filter every ANCHOR_STEP rows and skips the rest with OFFSET;
// a missing anchor is found by one OFFSET from the nearest one below (SQLite skips rows in a
// tight loop over the index that orders them, never parsing a record). Pages start from the
// last ord of the previous page. Filtered counts stop at COUNT_CAP.
// The anchors are ords, which writes move: the table calls `forget` after every write.
import type { SQLInputValue } from 'node:sqlite';
import { AppError } from '../../../../shared/app-error';
import type { DeskDatabase } from '../db/desk-database';
import type { CachedRecord } from './cache-records';
import type { OrdQuery } from './orchestration-query';
import type { PageRequest, RecordFilter } from './record-query';

/** Filtered counts stop here: the list says "10,000+" rather than count a million matches. */
export const COUNT_CAP = 10_000;
/** Deep windows start from a remembered key every this many rows (keyset, not OFFSET). */
const ANCHOR_STEP = 1000;

type Orchestrations = CachedRecord<'orchestrations'>[];

export interface OrchestrationWindow {
  total: number;
  totalCapped: boolean;
  items: Orchestrations;
  /** After the window's last row: the next window down starts here (`window`'s `after`). */
  endCursor?: string;
}

/** What paging reads from the table. */
export interface PagedRows {
  /** Ords matching `filter` in list order, strictly after `after`, at most `limit` (-1: all). */
  ords(filter: RecordFilter, after: number | undefined, limit: number): OrdQuery;
  /** The records at these ords, in that order. */
  recordsAt(ords: readonly number[]): Orchestrations;
  /** Every row (the length of an unfiltered list). */
  count(): number;
}

export class OrchestrationPaging {
  /** Per filter: the ord of row k*ANCHOR_STEP-1, so row k*ANCHOR_STEP starts after it. */
  private anchors = new Map<string, Map<number, number>>();

  constructor(
    private readonly db: DeskDatabase,
    private readonly rows: PagedRows,
  ) {}

  /** After a write (or a rollback): remembered anchors may point at moved rows. */
  forget(): void {
    this.anchors.clear();
  }

  /**
   * Rows offset..offset+limit of the filtered, newest-first list, and its (capped) length. With
   * `after` (the endCursor of the window just above, offset rows down), the rows after it.
   */
  window(filter: RecordFilter, offset: number, limit: number, after?: string): OrchestrationWindow {
    const { total, capped } = this.countOf(filter);
    // Nothing at or past offset (often: no match at all): the count already walked every match.
    if (!capped && offset >= total) return { total, totalCapped: false, items: [] };
    const ords =
      after === undefined
        ? this.ordsAt(filter, offset, limit)
        : this.ordsAfter(filter, decodeCursor(after), limit);
    const last = ords.at(-1);
    return {
      total,
      totalCapped: capped,
      items: exact(filter, this.rows.recordsAt(ords)),
      ...(last === undefined ? {} : { endCursor: encodeCursor(last) }),
    };
  }

  /** The ords of rows offset..offset+limit: from the nearest anchor, the rest skipped in SQL. */
  private ordsAt(filter: RecordFilter, offset: number, limit: number): number[] {
    const [anchorAt, anchor] = this.anchorFor(filter, offset);
    const skip = offset - anchorAt; // below ANCHOR_STEP: a few pages of an index, never a table walk
    const q = this.rows.ords(filter, anchor, skip + limit);
    return this.db.all<{ ord: number }>(...offsetSql(q, skip, limit)).map((r) => r.ord);
  }

  private ordsAfter(filter: RecordFilter, after: number, limit: number): number[] {
    const q = this.rows.ords(filter, after, limit);
    return this.db.all<{ ord: number }>(q.sql, ...q.params).map((r) => r.ord);
  }

  /** One page of the filtered, newest-first list; pass nextCursor back for the next one. */
  page(
    filter: RecordFilter,
    { limit = 100, cursor }: PageRequest,
  ): { items: Orchestrations; nextCursor?: string } {
    const take = Math.max(0, Math.min(limit, Number.MAX_SAFE_INTEGER - 1));
    const after = cursor === undefined ? undefined : decodeCursor(cursor);
    const q = this.rows.ords(filter, after, take + 1);
    const ords = this.db.all<{ ord: number }>(q.sql, ...q.params).map((r) => r.ord);
    const pageOrds = ords.slice(0, take);
    const last = pageOrds.at(-1);
    const items = exact(filter, this.rows.recordsAt(pageOrds));
    return ords.length > pageOrds.length && last !== undefined
      ? { items, nextCursor: encodeCursor(last) }
      : { items };
  }

  private countOf(filter: RecordFilter): { total: number; capped: boolean } {
    const q = this.rows.ords(filter, undefined, COUNT_CAP + 1);
    if (!q.filtered) return { total: this.rows.count(), capped: false };
    const n = Number(
      this.db.get<{ n: number }>(`SELECT count(*) AS n FROM (${q.sql})`, ...q.params)?.n ?? 0,
    );
    return n > COUNT_CAP ? { total: COUNT_CAP, capped: true } : { total: n, capped: false };
  }

  /** The remembered ord before row floor(offset / ANCHOR_STEP) * ANCHOR_STEP, found if need be. */
  private anchorFor(filter: RecordFilter, offset: number): [number, number | undefined] {
    const want = Math.floor(offset / ANCHOR_STEP) * ANCHOR_STEP;
    if (want === 0) return [0, undefined];
    const key = JSON.stringify(filter);
    let known = this.anchors.get(key);
    if (!known) {
      known = new Map();
      this.anchors.set(key, known);
    }
    let at = want;
    while (at > 0 && !known.has(at)) at -= ANCHOR_STEP;
    const anchor = known.get(at);
    if (at === want) return [at, anchor];
    // The row before `want`, in one statement from the nearest anchor (a jump after a write
    // starts from the top): SQLite skips the rows between in a tight loop over the index that
    // orders them (about 6 ns a row for the unfiltered list's orch_ord), where a statement per
    // step of ANCHOR_STEP cost ~30 times that (bench:history, first jump after a write).
    const before = this.db.get<{ ord: number }>(
      ...offsetSql(this.rows.ords(filter, anchor, want - at), want - at - 1, 1),
    );
    if (before === undefined) return [at, anchor]; // fewer rows: the count decides what is shown
    known.set(want, before.ord);
    return [want, before.ord];
  }
}

/**
 * Rows skip..skip+limit of `q`, whose limit counts the skipped rows (a search's parts are each
 * limited to it). OFFSET in the same statement, so SQLite skips rows where it reads them: a
 * subquery around it would hand each one over first (~4 times slower). `q` ends in its own
 * LIMIT, whose value is its last parameter.
 */
function offsetSql(q: OrdQuery, skip: number, limit: number): [string, ...SQLInputValue[]] {
  if (/\bLIMIT \?\s*$/.test(q.sql))
    return [`${q.sql} OFFSET ?`, ...q.params.slice(0, -1), limit, skip];
  return [`SELECT ord FROM (${q.sql}) LIMIT ? OFFSET ?`, ...q.params, limit, skip];
}

/** A ref_id filter goes through a hash: keep only records whose ref_id really is that. */
function exact(filter: RecordFilter, items: Orchestrations): Orchestrations {
  return filter.refId === undefined ? items : items.filter((i) => i.record.ref_id === filter.refId);
}

function encodeCursor(ord: number): string {
  return Buffer.from(JSON.stringify([ord])).toString('base64url');
}

function decodeCursor(cursor: string): number {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === 1 && Number.isSafeInteger(key[0]))
      return key[0] as number;
  } catch {
    // fall through
  }
  throw new AppError('validation', 'That page of results is no longer valid; reload the list.', {
    field: 'cursor',
  });
}
