// Orchestrations in SQLite: one row per orchestration (integer codes for what is filtered on,
// the record as JSON), its exact ids in orchestration_keys, its words in the search index.
// Memory holds a row count and a few keyset anchors, nothing per record.
// Writes run inside the caller's transaction; `rolledBack` must be called if it fails.
import { AppError } from '../../../../shared/app-error';
import type { DeskDatabase } from '../db/desk-database';
import { checkRecord, type CachedRecord, type PaxosRecord, type RecordOf } from './cache-records';
import { CacheTerms } from './cache-terms';
import { NEWEST_FIRST, olderThan, orchestrationWhere, type SortKey } from './orchestration-query';
import { idKey, orchestrationFields, searchQuery } from './orchestration-row';
import type { PageRequest, RecordFilter } from './record-query';

/** Filtered counts stop here: the list says "10,000+" rather than count a million matches. */
export const COUNT_CAP = 10_000;
/** Deep windows start from a remembered key every this many rows (keyset, not OFFSET). */
const ANCHOR_STEP = 1000;
/** A search with at least this many word matches walks the time index (see plan()). */
const COMMON_SEARCH = 2000;

interface Row {
  seq: number;
  created_ms: number;
  record: string;
  fetched_at: string;
}
const COLUMNS = 'seq, created_ms, record, fetched_at';

export class OrchestrationTable {
  readonly terms: CacheTerms;
  private total: number | undefined;
  /** Per filter: the sort key of row k*ANCHOR_STEP-1, so row k*ANCHOR_STEP starts after it. */
  private anchors = new Map<string, Map<number, SortKey>>();

  constructor(private readonly db: DeskDatabase) {
    this.terms = new CacheTerms(db);
  }

  count(): number {
    this.total ??= Number(this.db.get<{ n: number }>('SELECT count(*) AS n FROM orchestrations')?.n ?? 0);
    return this.total;
  }

  /** After a failed transaction: memory may be ahead of the disk. */
  rolledBack(): void {
    this.total = undefined;
    this.anchors.clear();
    this.terms.reload();
  }

  /** Inside a transaction. Returns how many records changed (unchanged ones write nothing). */
  putMany(records: readonly PaxosRecord[], fetchedAt: string): number {
    let changed = 0;
    for (const raw of records) {
      const { record, json } = checkRecord(raw);
      const known = this.findRow(record.id);
      if (known?.record === json) continue;
      const f = orchestrationFields(record);
      const t = this.terms;
      const values = [
        record.id, f.createdMs, f.changedMs, t.code('status', f.status), f.inFlight ? 1 : 0, t.code('asset', f.asset),
        t.code('rule', f.rule), t.code('profile', f.profile), t.code('bank', f.bank), fetchedAt, json,
      ] as const;
      let seq: number;
      if (known) {
        seq = known.seq;
        this.db.run(
          `UPDATE orchestrations SET id = ?, created_ms = ?, changed_ms = ?, status = ?, in_flight = ?, asset = ?, rule = ?, profile = ?,
             bank = ?, fetched_at = ?, record = ? WHERE seq = ?`,
          ...values, seq,
        );
        this.removeIndexEntries(seq, JSON.parse(known.record) as PaxosRecord);
      } else {
        seq = Number(this.db.run(
          `INSERT INTO orchestrations (id, created_ms, changed_ms, status, in_flight, asset, rule, profile, bank, fetched_at, record)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          ...values,
        ).lastInsertRowid);
        if (this.total !== undefined) this.total += 1;
      }
      for (const id of f.ids) this.db.run('INSERT OR IGNORE INTO orchestration_keys (key, seq) VALUES (?, ?)', idKey(id), seq);
      if (f.words !== '') this.db.run('INSERT INTO orchestration_search (rowid, words) VALUES (?, ?)', seq, f.words);
      changed += 1;
    }
    if (changed > 0) this.anchors.clear();
    return changed;
  }

  /** Inside a transaction. */
  delete(id: string): boolean {
    const known = this.findRow(id);
    if (!known) return false;
    this.removeIndexEntries(known.seq, JSON.parse(known.record) as PaxosRecord);
    this.db.run('DELETE FROM orchestrations WHERE seq = ?', known.seq);
    if (this.total !== undefined) this.total -= 1;
    this.anchors.clear();
    return true;
  }

  get(id: string): CachedRecord<'orchestrations'> | undefined {
    const row = this.findRow(id);
    return row && toCached(row);
  }

  statusOf(id: string): string | undefined {
    const row = this.db.get<{ status: number }>(
      'SELECT status FROM orchestrations WHERE seq IN (SELECT seq FROM orchestration_keys WHERE key = ?) AND id = ?', idKey(id), id,
    );
    return row ? (this.terms.value(row.status) ?? '') : undefined;
  }

  hasStatus(status: string): boolean {
    const where = orchestrationWhere({ status }, this.terms);
    return this.db.get(`SELECT 1 AS x FROM orchestrations ${where.sql} LIMIT 1`, ...where.params) !== undefined;
  }

  inFlightIds(): string[] {
    return this.db.all<{ id: string }>('SELECT id FROM orchestrations WHERE in_flight = 1').map((r) => r.id);
  }

  /** Ids matching `filter` (for replaceAll's scope). */
  ids(filter: RecordFilter): string[] {
    const where = orchestrationWhere(filter, this.terms);
    return this.db.all<{ id: string }>(`SELECT id FROM orchestrations ${where.sql}`, ...where.params).map((r) => r.id);
  }

  /** Rows offset..offset+limit of the filtered, newest-first list, and its (capped) length. */
  window(filter: RecordFilter, offset: number, limit: number): { total: number; totalCapped: boolean; items: CachedRecord<'orchestrations'>[] } {
    const plan = this.plan(filter);
    const { total, capped } = this.countOf(filter, plan);
    const [anchorAt, anchor] = this.anchorFor(filter, offset);
    const where = olderThan(orchestrationWhere(filter, this.terms), anchor);
    const rows = this.db.all<Row>(
      `SELECT ${COLUMNS} FROM orchestrations ${plan} ${where.sql} ${NEWEST_FIRST} LIMIT ? OFFSET ?`, ...where.params, limit, offset - anchorAt,
    );
    return { total, totalCapped: capped, items: this.exact(filter, rows.map(toCached)) };
  }

  /** One page of the filtered, newest-first list; pass nextCursor back for the next one. */
  page(filter: RecordFilter, { limit = 100, cursor }: PageRequest): { items: CachedRecord<'orchestrations'>[]; nextCursor?: string } {
    const take = Math.max(0, Math.min(limit, Number.MAX_SAFE_INTEGER - 1));
    const where = olderThan(orchestrationWhere(filter, this.terms), cursor === undefined ? undefined : decodeCursor(cursor));
    const rows = this.db.all<Row>(`SELECT ${COLUMNS} FROM orchestrations ${this.plan(filter)} ${where.sql} ${NEWEST_FIRST} LIMIT ?`, ...where.params, take + 1);
    const pageRows = rows.slice(0, take);
    const last = pageRows.at(-1);
    const items = this.exact(filter, pageRows.map(toCached));
    return rows.length > pageRows.length && last ? { items, nextCursor: encodeCursor([last.created_ms, last.seq]) } : { items };
  }

  /**
   * A search that matches many rows is fastest walking the time index newest first and keeping
   * the matches (a window fills within a few hundred rows); one that matches few is fastest
   * collecting its matches and sorting them, which SQLite's planner does by itself.
   */
  private plan(filter: RecordFilter): string {
    const match = filter.search === undefined ? undefined : searchQuery(filter.search.text.trim());
    if (match === undefined) return '';
    const hits = Number(this.db.get<{ n: number }>(
      'SELECT count(*) AS n FROM (SELECT 1 FROM orchestration_search WHERE orchestration_search MATCH ? LIMIT ?)', match, COMMON_SEARCH,
    )?.n ?? 0);
    return hits >= COMMON_SEARCH ? 'INDEXED BY orch_by_time' : '';
  }

  private findRow(id: string): Row | undefined {
    return this.db.get<Row>(
      `SELECT ${COLUMNS} FROM orchestrations WHERE seq IN (SELECT seq FROM orchestration_keys WHERE key = ?) AND id = ?`, idKey(id), id,
    );
  }

  private removeIndexEntries(seq: number, old: PaxosRecord): void {
    for (const id of orchestrationFields(old).ids) this.db.run('DELETE FROM orchestration_keys WHERE key = ? AND seq = ?', idKey(id), seq);
    this.db.run('DELETE FROM orchestration_search WHERE rowid = ?', seq);
  }

  /** A ref_id filter goes through a hash: keep only records whose ref_id really is that. */
  private exact(filter: RecordFilter, items: CachedRecord<'orchestrations'>[]): CachedRecord<'orchestrations'>[] {
    return filter.refId === undefined ? items : items.filter((i) => i.record.ref_id === filter.refId);
  }

  private countOf(filter: RecordFilter, plan: string): { total: number; capped: boolean } {
    const where = orchestrationWhere(filter, this.terms);
    if (where.sql === '') return { total: this.count(), capped: false };
    const n = Number(this.db.get<{ n: number }>(`SELECT count(*) AS n FROM (SELECT 1 FROM orchestrations ${plan} ${where.sql} LIMIT ?)`, ...where.params, COUNT_CAP + 1)?.n ?? 0);
    return n > COUNT_CAP ? { total: COUNT_CAP, capped: true } : { total: n, capped: false };
  }

  /** The nearest remembered key at or before `offset`, found in steps of ANCHOR_STEP. */
  private anchorFor(filter: RecordFilter, offset: number): [number, SortKey | undefined] {
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
    let anchor = known.get(at);
    const base = orchestrationWhere(filter, this.terms);
    while (at < want) {
      const where = olderThan(base, anchor);
      const next = this.db.get<{ created_ms: number; seq: number }>(
        `SELECT created_ms, seq FROM orchestrations ${where.sql} ${NEWEST_FIRST} LIMIT 1 OFFSET ?`, ...where.params, ANCHOR_STEP - 1,
      );
      if (!next) break;
      at += ANCHOR_STEP;
      anchor = [next.created_ms, next.seq];
      known.set(at, anchor);
    }
    return [at, anchor];
  }
}

function toCached(row: Row): CachedRecord<'orchestrations'> {
  return { record: JSON.parse(row.record) as RecordOf<'orchestrations'>, fetchedAt: row.fetched_at };
}

function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor(cursor: string): SortKey {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === 2 && key.every((part) => Number.isSafeInteger(part))) return [key[0] as number, key[1] as number];
  } catch {
    // fall through
  }
  throw new AppError('validation', 'That page of results is no longer valid; reload the list.', { field: 'cursor' });
}
