// Orchestrations in SQLite: one row per orchestration keyed by its list position (ord, see
// orchestration-order.ts): integer codes for what is filtered on, the record as JSON; its exact
// ids in the id keys (orchestration-id-keys.ts), its words in the search index, both under the
// same ord.
// Memory holds a row count and a few keyset anchors, nothing per record.
// Writes run inside the caller's transaction; `rolledBack` must be called if it fails.
import type { DeskDatabase } from '../db/desk-database';
import { checkRecord, type CachedRecord, type PaxosRecord, type RecordOf } from './cache-records';
import { CacheTerms } from './cache-terms';
import { ORDS_OF_ID_KEY, OrchestrationIdKeys } from './orchestration-id-keys';
import { ORDER_OVERFLOW, inSlot, slotEnd, slotStart } from '../db/orchestration-order';
import { matchingOrds } from './orchestration-query';
import {
  MAX_EXPANSION,
  idKey,
  orchestrationFields,
  type OrchestrationFields,
} from './orchestration-row';
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
/** A record's id, read by SQLite; NULL for JSON nested deeper than SQLite reads (see idOf). */
const ID = `iif(json_valid(record), record ->> '$.id', NULL) AS id`;

export class OrchestrationTable {
  readonly terms: CacheTerms;
  private readonly keys: OrchestrationIdKeys;
  private total: number | undefined;
  /** Search words already expanded into index terms (cleared by every write, like anchors). */
  private expansions = new Map<string, readonly string[] | undefined>();
  private readonly parsed = new ParsedRecords();
  /** Windows and pages (orchestration-paging.ts), reading through this table. */
  private readonly paging: OrchestrationPaging;

  constructor(private readonly db: DeskDatabase) {
    this.terms = new CacheTerms(db);
    this.keys = new OrchestrationIdKeys(db);
    this.paging = new OrchestrationPaging(db, {
      ords: (filter, after, limit) => this.ords(filter, after, limit),
      recordsAt: (ords) => this.recordsAt(ords),
      count: () => this.count(),
    });
  }

  count(): number {
    this.total ??= Number(
      this.db.get<{ n: number }>('SELECT count(*) AS n FROM orchestration_rows')?.n ?? 0,
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
      const known = this.findRow(record.id);
      if (known?.record === json) continue;
      const f = orchestrationFields(record);
      const t = this.terms;
      const values = [
        f.changedMs,
        t.code('status', f.status),
        f.inFlight ? 1 : 0,
        t.code('asset', f.asset),
        t.code('rule', f.rule),
        t.code('profile', f.profile),
        t.code('bank', f.bank),
        fetched,
        json,
      ] as const;
      const old = known && orchestrationFields(JSON.parse(known.record) as PaxosRecord);
      if (known && old && inSlot(known.ord, f.createdMs)) {
        // Same place in the list: update in place, and the keys and words only if they changed.
        this.parsed.forget(known.ord);
        this.db.run(
          'UPDATE orchestration_rows SET changed_ms = ?, status = ?, in_flight = ?, asset = ?, rule = ?, profile = ?, bank = ?, fetched = ?, record = ? WHERE ord = ?',
          ...values,
          known.ord,
        );
        this.writeIndexEntries(known.ord, f, old);
      } else {
        if (known && old) this.removeRow(known.ord, old);
        const ord = this.freeOrd(f.createdMs);
        this.db.run(
          `INSERT INTO orchestration_rows (ord, changed_ms, status, in_flight, asset, rule, profile, bank, fetched, record)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          ord,
          ...values,
        );
        this.parsed.forget(ord);
        this.writeIndexEntries(ord, f, undefined);
        if (this.total !== undefined && !known) this.total += 1;
      }
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
    const known = this.findRow(id);
    if (!known) return false;
    this.removeRow(known.ord, orchestrationFields(JSON.parse(known.record) as PaxosRecord));
    if (this.total !== undefined) this.total -= 1;
    this.forgetDerived();
    return true;
  }

  get(id: string): CachedRecord<'orchestrations'> | undefined {
    const row = this.findRow(id);
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

  /** Rows offset..offset+limit of the filtered, newest-first list, and its (capped) length. */
  window(filter: RecordFilter, offset: number, limit: number) {
    return this.paging.window(filter, offset, limit);
  }

  /** One page of the filtered, newest-first list; pass nextCursor back for the next one. */
  page(filter: RecordFilter, request: PageRequest) {
    return this.paging.page(filter, request);
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
      for (const row of this.db.iterate<Row>(
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

  private findRow(id: string): Row | undefined {
    return this.db
      .all<Row & { id: string | null }>(
        `SELECT ord, record, fetched, ${ID} FROM orchestration_rows ${BY_KEY}`,
        idKey(id),
      )
      .find((r) => idOf(r) === id);
  }

  /** A free place for a new row created at `createdMs`: the next tie of its millisecond. */
  private freeOrd(createdMs: number): number {
    const start = slotStart(createdMs);
    const last = this.db.get<{ m: number | null }>(
      'SELECT max(ord) AS m FROM orchestration_rows WHERE ord BETWEEN ? AND ?',
      start,
      slotEnd(createdMs),
    )?.m;
    if (last === undefined || last === null) return start;
    if (last < slotEnd(createdMs)) return last + 1;
    const end = Number(
      this.db.get<{ m: number | null }>('SELECT max(ord) AS m FROM orchestration_rows')?.m ?? 0,
    );
    return Math.max(end + 1, ORDER_OVERFLOW);
  }

  /** Ids and words of a row: what `old` had is replaced by what `f` has (only the differences). */
  private writeIndexEntries(
    ord: number,
    f: OrchestrationFields,
    old: OrchestrationFields | undefined,
  ): void {
    for (const id of old?.ids ?? []) if (!f.ids.includes(id)) this.keys.remove(idKey(id), ord);
    for (const id of f.ids) if (!old?.ids.includes(id)) this.keys.add(idKey(id), ord);
    if (old?.words === f.words) return;
    if (old !== undefined && old.words !== '')
      this.db.run('DELETE FROM orchestration_words WHERE rowid = ?', ord);
    if (f.words !== '')
      this.db.run('INSERT INTO orchestration_words (rowid, words) VALUES (?, ?)', ord, f.words);
  }

  private removeRow(ord: number, old: OrchestrationFields): void {
    this.parsed.forget(ord);
    for (const id of old.ids) this.keys.remove(idKey(id), ord);
    this.db.run('DELETE FROM orchestration_words WHERE rowid = ?', ord);
    this.db.run('DELETE FROM orchestration_rows WHERE ord = ?', ord);
  }
}

/** The id SQLite read, or (for JSON nested beyond SQLite's depth limit) the one JSON.parse reads. */
function idOf(row: { id: string | null; record: string | null }): string {
  return row.id ?? String((JSON.parse(row.record ?? '{}') as { id?: unknown }).id);
}

/** The fetch time as epoch ms when that says it exactly (8 bytes, not 27), else as given. */
function storedTime(iso: string): number | string {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) && new Date(ms).toISOString() === iso ? ms : iso;
}

function toCached(row: Row): CachedRecord<'orchestrations'> {
  const fetchedAt =
    typeof row.fetched === 'number' ? new Date(row.fetched).toISOString() : String(row.fetched);
  return { record: JSON.parse(row.record) as RecordOf<'orchestrations'>, fetchedAt };
}
