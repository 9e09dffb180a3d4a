// Orchestrations in SQLite: one row per orchestration keyed by its list position (ord, see
// orchestration-order.ts): integer codes for what is filtered on, the record as JSON; its exact
// ids in the id keys (orchestration-id-keys.ts), its words and filter tags in the search index
// (orchestration-tags.ts), both under the same ord. Writing a row: orchestration-writes.ts.
// Memory holds a row count and a few keyset anchors, nothing per record.
// Writes run inside the caller's transaction; `rolledBack` must be called if it fails.
import type { DeskDatabase } from '../db/desk-database';
import { checkRecord, type CachedRecord, type PaxosRecord, type RecordOf } from './cache-records';
import { CacheTerms } from './cache-terms';
import { ORDS_OF_ID_KEY, OrchestrationIdKeys } from './orchestration-id-keys';
import { matchingOrds } from './orchestration-query';
import {
  datedRange,
  totalsSql,
  type OffsetSpan,
  type TotalsGroup,
  type TotalsRow,
} from './orchestration-totals';
import { MAX_EXPANSION, idKey, orchestrationFields } from './orchestration-row';
import { ID, OrchestrationWrites, findRow, idOf } from './orchestration-writes';
import { OrchestrationPaging } from './orchestration-paging';
import { ParsedRecords } from './parsed-records';
import type { PageRequest, RecordFilter } from './record-query';

interface Row {
  ord: number;
  record: string;
  fetched: number | string;
}
const ROW = 'SELECT ord, record, fetched FROM orchestration_rows';
/** The rows an id's key (a hash) points to: one, or a few; the record's own id decides. */
const BY_KEY = `WHERE ord IN ${ORDS_OF_ID_KEY}`;

export class OrchestrationTable {
  readonly terms: CacheTerms;
  private readonly keys: OrchestrationIdKeys;
  private readonly writes: OrchestrationWrites;
  private total: number | undefined;
  /** Search words already expanded into index terms (cleared by every write, like anchors). */
  private expansions = new Map<string, readonly string[] | undefined>();
  private readonly parsed = new ParsedRecords();
  /** Windows and pages (orchestration-paging.ts), reading through this table. */
  private readonly paging: OrchestrationPaging;

  constructor(private readonly db: DeskDatabase) {
    this.terms = new CacheTerms(db);
    this.keys = new OrchestrationIdKeys(db);
    this.writes = new OrchestrationWrites(db, this.terms, this.keys);
    this.paging = new OrchestrationPaging(db, {
      ords: (filter, after, limit) => this.ords(filter, after, limit),
      recordsAt: (ords) => this.recordsAt(ords),
      count: () => this.count(),
    });
  }

  /** How many the desk holds: the count its triggers keep (migration 12), never a count(*). */
  count(): number {
    this.total ??= Number(
      this.db.get<{ n: number }>('SELECT n FROM orchestration_count WHERE id = 1')?.n ?? 0,
    );
    return this.total;
  }

  /** After a failed transaction: memory may be ahead of the disk. */
  rolledBack(): void {
    this.total = undefined;
    this.forgetDerived();
    this.parsed.clear();
    this.terms.reload();
    this.keys.rolledBack();
  }

  /** Inside a transaction. Returns how many records changed (unchanged ones write nothing). */
  putMany(records: readonly PaxosRecord[], fetchedAt: string): number {
    let changed = 0;
    const fetched = storedTime(fetchedAt);
    for (const raw of records) {
      const { record, json } = checkRecord(raw);
      const known = findRow(this.db, record.id);
      if (known?.record === json) continue;
      if (known) this.parsed.forget(known.ord);
      const ord = this.writes.put(record, json, known, fetched);
      this.parsed.forget(ord);
      if (this.total !== undefined && !known) this.total += 1;
      changed += 1;
    }
    if (changed > 0) {
      this.keys.settle();
      this.forgetDerived();
    }
    return changed;
  }

  /** Inside a transaction. */
  delete(id: string): boolean {
    const known = findRow(this.db, id);
    if (!known) return false;
    this.parsed.forget(known.ord);
    this.writes.remove(known.ord, orchestrationFields(JSON.parse(known.record) as PaxosRecord));
    if (this.total !== undefined) this.total -= 1;
    this.forgetDerived();
    return true;
  }

  get(id: string): CachedRecord<'orchestrations'> | undefined {
    const row = findRow(this.db, id);
    return row && toCached(row);
  }

  statusOf(id: string): string | undefined {
    const row = this.db
      .all<{ status: number; id: string | null; record: string }>(
        `SELECT status, ${ID}, record FROM orchestration_rows ${BY_KEY}`,
        idKey(id),
      )
      .find((r) => idOf(r) === id);
    return row ? (this.terms.value(row.status) ?? '') : undefined;
  }

  hasStatus(status: string): boolean {
    const q = this.ords({ status }, undefined, 1);
    return this.db.get(`SELECT 1 AS x FROM (${q.sql})`, ...q.params) !== undefined;
  }

  inFlightIds(): string[] {
    return this.db
      .all<{ id: string | null; record: string }>(
        `SELECT ${ID}, iif(json_valid(record), NULL, record) AS record FROM orchestration_rows WHERE in_flight = 1`,
      )
      .map(idOf);
  }

  /** Ids matching `filter` (for replaceAll's scope). */
  ids(filter: RecordFilter): string[] {
    const q = this.ords(filter, undefined, -1);
    return this.db
      .all<{ id: string | null; record: string }>(
        `SELECT ${ID}, iif(json_valid(record), NULL, record) AS record FROM orchestration_rows WHERE ord IN (${q.sql})`,
        ...q.params,
      )
      .map(idOf);
  }

  /** Rows offset..offset+limit of the filtered, newest-first list (or those `after` a cursor). */
  window(filter: RecordFilter, offset: number, limit: number, after?: string) {
    return this.paging.window(filter, offset, limit, after);
  }

  /** One page of the filtered, newest-first list; pass nextCursor back for the next one. */
  page(filter: RecordFilter, request: PageRequest) {
    return this.paging.page(filter, request);
  }

  /**
   * The Activity totals of `filter` over its newest `maxRows` rows, as one aggregate
   * (orchestration-totals.ts); `spansFor` gives the local UTC offsets over the stored dates.
   * Capped: more rows match than were summed.
   */
  totals(
    filter: RecordFilter,
    maxRows: number,
    spansFor: (fromMs: number, toMs: number) => OffsetSpan[],
  ): { groups: TotalsGroup[]; capped: boolean } {
    const range = datedRange(this.db);
    const spans = range ? spansFor(range.fromMs, range.toMs) : [];
    const q = totalsSql(this.ords(filter, undefined, maxRows), spans, filter.refId);
    const groups: TotalsGroup[] = this.db.all<TotalsRow>(q.sql, ...q.params).map((g) => ({
      ...g,
      status: this.terms.value(g.status) ?? '',
      asset: this.terms.value(g.asset) ?? '',
    }));
    const counted = groups.reduce((n, g) => n + g.count, 0);
    const last = Math.max(...groups.map((g) => g.lastOrd));
    const more = counted >= maxRows ? this.ords(filter, last, 1) : undefined;
    const capped = more !== undefined && this.db.get(more.sql, ...more.params) !== undefined;
    return { groups, capped };
  }

  /** The records at these ords, in that order: parsed ones from memory, the rest in one read. */
  private recordsAt(ords: readonly number[]): CachedRecord<'orchestrations'>[] {
    const found = new Map<number, CachedRecord<'orchestrations'>>();
    const missing: number[] = [];
    for (const ord of ords) {
      const cached = this.parsed.get(ord);
      if (cached) found.set(ord, cached);
      else missing.push(ord);
    }
    if (missing.length > 0) {
      // all, not iterate: each step of an iterator is a call into SQLite (~0.15 → 0.10 ms a window).
      for (const row of this.db.all<Row>(
        `${ROW} WHERE ord IN (SELECT value FROM json_each(?))`,
        JSON.stringify(missing),
      )) {
        found.set(row.ord, this.parsed.remember(row.ord, toCached(row)));
      }
    }
    return ords.flatMap((ord) => found.get(ord) ?? []);
  }

  private ords(filter: RecordFilter, after: number | undefined, limit: number) {
    return matchingOrds(filter, this.terms, after, limit, (prefix) =>
      this.termsStartingWith(prefix),
    );
  }

  /** The index's terms that start with `prefix` when there are at most MAX_EXPANSION of them. */
  private termsStartingWith(prefix: string): readonly string[] | undefined {
    if (this.expansions.has(prefix)) return this.expansions.get(prefix);
    const found = this.db
      .all<{ term: string }>(
        'SELECT term FROM orchestration_vocab WHERE term >= ? AND term < ? LIMIT ?',
        prefix,
        `${prefix}\u{10ffff}`,
        MAX_EXPANSION + 1,
      )
      .map((r) => r.term);
    const terms = found.length > MAX_EXPANSION ? undefined : found;
    if (this.expansions.size > 1000) this.expansions.clear();
    this.expansions.set(prefix, terms);
    return terms;
  }

  private forgetDerived(): void {
    this.paging.forget();
    this.expansions.clear();
  }
}

/** The fetch time as epoch ms when that says it exactly (8 bytes, not 27), else as given. */
function storedTime(iso: string): number | string {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) && new Date(ms).toISOString() === iso ? ms : iso;
}

/** The last fetch time written out: a window's rows were mostly fetched in the same page. */
let lastFetched: { ms: number; iso: string } = { ms: 0, iso: new Date(0).toISOString() };

function toCached(row: Row): CachedRecord<'orchestrations'> {
  const ms = row.fetched;
  if (typeof ms === 'number' && ms !== lastFetched.ms)
    lastFetched = { ms, iso: new Date(ms).toISOString() };
  const fetchedAt = typeof ms === 'number' ? lastFetched.iso : String(ms);
  return { record: JSON.parse(row.record) as RecordOf<'orchestrations'>, fetchedAt };
}
