// Orchestrations in SQLite: one row per orchestration (columns for what is filtered on, the
// record as JSON), one search entry each. Nothing but a row count is kept in memory.
// Writes run inside the caller's transaction (CacheStore opens one per batch).
import { AppError } from '../../../../shared/app-error';
import type { DeskDatabase } from '../db/desk-database';
import { checkRecord, type CachedRecord, type PaxosRecord, type RecordOf } from './cache-records';
import { olderThan, orchestrationWhere } from './orchestration-query';
import { orchestrationColumns, searchWords } from './orchestration-row';
import type { PageRequest, RecordFilter } from './record-query';

/** Filtered counts stop here: the list says "10,000+" rather than count a million matches. */
export const COUNT_CAP = 10_000;
/** Deep windows start from a remembered key every this many rows (keyset, not OFFSET). */
const ANCHOR_STEP = 1000;

type SortKey = readonly [createdAt: string, id: string];
interface Row {
  record: string;
  fetched_at: string;
}
const ORDER = 'ORDER BY created_at DESC, id DESC';

export class OrchestrationTable {
  private total: number | undefined;
  /** Per filter: the sort key of row k*ANCHOR_STEP-1, so row k*ANCHOR_STEP starts after it. */
  private anchors = new Map<string, Map<number, SortKey>>();

  constructor(private readonly db: DeskDatabase) {}

  count(): number {
    this.total ??= Number(this.db.get<{ n: number }>('SELECT count(*) AS n FROM orchestrations')?.n ?? 0);
    return this.total;
  }

  /** Inside a transaction. Returns how many records changed (unchanged ones write nothing). */
  putMany(records: readonly PaxosRecord[], fetchedAt: string): number {
    let changed = 0;
    for (const raw of records) {
      const { record, json, hash } = checkRecord(raw);
      const known = this.db.get<{ seq: number; hash: string }>('SELECT seq, hash FROM orchestrations WHERE id = ?', record.id);
      if (known?.hash === hash) continue;
      const c = orchestrationColumns(record);
      const values = [c.created_at, c.changed_at, c.status, c.asset, c.ref_id, c.rule_id, c.profile_id, c.bank_account_id, fetchedAt, hash, json] as const;
      let seq: number;
      if (known) {
        seq = known.seq;
        this.db.run(
          `UPDATE orchestrations SET created_at = ?, changed_at = ?, status = ?, asset = ?, ref_id = ?, rule_id = ?, profile_id = ?,
             bank_account_id = ?, fetched_at = ?, hash = ?, record = ? WHERE seq = ?`,
          ...values, seq,
        );
        this.db.run('DELETE FROM orchestration_search WHERE rowid = ?', seq);
      } else {
        seq = Number(this.db.run(
          `INSERT INTO orchestrations (created_at, changed_at, status, asset, ref_id, rule_id, profile_id, bank_account_id, fetched_at, hash, record, id)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          ...values, record.id,
        ).lastInsertRowid);
        if (this.total !== undefined) this.total += 1;
      }
      this.db.run('INSERT INTO orchestration_search (rowid, words) VALUES (?, ?)', seq, searchWords(record));
      changed += 1;
    }
    if (changed > 0) this.anchors.clear();
    return changed;
  }

  /** Inside a transaction. */
  delete(id: string): boolean {
    const known = this.db.get<{ seq: number }>('SELECT seq FROM orchestrations WHERE id = ?', id);
    if (!known) return false;
    this.db.run('DELETE FROM orchestration_search WHERE rowid = ?', known.seq);
    this.db.run('DELETE FROM orchestrations WHERE seq = ?', known.seq);
    if (this.total !== undefined) this.total -= 1;
    this.anchors.clear();
    return true;
  }

  get(id: string): CachedRecord<'orchestrations'> | undefined {
    const row = this.db.get<Row>('SELECT record, fetched_at FROM orchestrations WHERE id = ?', id);
    return row && toCached(row);
  }

  statusOf(id: string): string | undefined {
    const row = this.db.get<{ record: string }>('SELECT record FROM orchestrations WHERE id = ?', id);
    if (!row) return undefined;
    const status = (JSON.parse(row.record) as { status?: unknown }).status;
    return typeof status === 'string' ? status : '';
  }

  hasStatus(status: string): boolean {
    return this.db.get('SELECT 1 AS x FROM orchestrations WHERE status = ? LIMIT 1', status.toUpperCase()) !== undefined;
  }

  inFlightIds(): string[] {
    return this.db.all<{ id: string }>(`SELECT id FROM orchestrations WHERE status NOT IN ('COMPLETED', 'FAILED')`).map((r) => r.id);
  }

  /** Ids matching `filter` (for replaceAll's scope). */
  ids(filter: RecordFilter): string[] {
    const where = orchestrationWhere(filter);
    return this.db.all<{ id: string }>(`SELECT id FROM orchestrations ${where.sql}`, ...where.params).map((r) => r.id);
  }

  /** Rows offset..offset+limit of the filtered, newest-first list, and its (capped) length. */
  window(filter: RecordFilter, offset: number, limit: number): { total: number; totalCapped: boolean; items: CachedRecord<'orchestrations'>[] } {
    const { total, capped } = this.countOf(filter);
    const [anchorAt, anchor] = this.anchorFor(filter, offset);
    const where = olderThan(orchestrationWhere(filter), anchor);
    const rows = this.db.all<Row>(
      `SELECT record, fetched_at FROM orchestrations ${where.sql} ${ORDER} LIMIT ? OFFSET ?`,
      ...where.params, limit, offset - anchorAt,
    );
    return { total, totalCapped: capped, items: rows.map(toCached) };
  }

  /** One page of the filtered, newest-first list; pass nextCursor back for the next one. */
  page(filter: RecordFilter, { limit = 100, cursor }: PageRequest): { items: CachedRecord<'orchestrations'>[]; nextCursor?: string } {
    const where = olderThan(orchestrationWhere(filter), cursor === undefined ? undefined : decodeCursor(cursor));
    const rows = this.db.all<Row & { created_at: string; id: string }>(
      `SELECT record, fetched_at, created_at, id FROM orchestrations ${where.sql} ${ORDER} LIMIT ?`,
      ...where.params, Math.max(0, limit) + 1,
    );
    const items = rows.slice(0, Math.max(0, limit));
    const last = items.at(-1);
    const cached = items.map(toCached);
    return rows.length > items.length && last ? { items: cached, nextCursor: encodeCursor([last.created_at, last.id]) } : { items: cached };
  }

  private countOf(filter: RecordFilter): { total: number; capped: boolean } {
    const where = orchestrationWhere(filter);
    if (where.sql === '') return { total: this.count(), capped: false };
    const n = Number(this.db.get<{ n: number }>(
      `SELECT count(*) AS n FROM (SELECT 1 FROM orchestrations ${where.sql} LIMIT ?)`, ...where.params, COUNT_CAP + 1,
    )?.n ?? 0);
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
    const base = orchestrationWhere(filter);
    while (at < want) {
      const where = olderThan(base, anchor);
      const next = this.db.get<{ created_at: string; id: string }>(
        `SELECT created_at, id FROM orchestrations ${where.sql} ${ORDER} LIMIT 1 OFFSET ?`, ...where.params, ANCHOR_STEP - 1,
      );
      if (!next) break;
      at += ANCHOR_STEP;
      anchor = [next.created_at, next.id];
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
    if (Array.isArray(key) && key.length === 2 && key.every((part) => typeof part === 'string')) return [key[0] as string, key[1] as string];
  } catch {
    // fall through
  }
  throw new AppError('validation', 'That page of results is no longer valid; reload the list.', { field: 'cursor' });
}
