// The ANCHOR of bench/history.ts: what a competent, plain node:sqlite store for the Activity list
// looks like, holding the same records. One table with the filter columns, an ordinary index on
// each filter column + created_at, an FTS5 table for search, keyset (OFFSET-free) paging by
// (created_at, seq), a count capped like ours (10,000+), the recent set as the union of two
// indexed scans, intents and audit entries in plain tables. Not a strawman: no JSON scans, no
// OFFSET, no count(*) over the table (the row count is max(seq): rows are never deleted).
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import type { PaxosRecord } from '../main/desk/store/cache/cache-records';

export const COUNT_CAP = 10_000;

export interface AnchorFilter {
  statuses?: string[];
  assets?: string[];
  ruleId?: string;
  adhoc?: boolean;
  from?: string;
  to?: string;
  /** Search: every word a prefix (FTS5), or the row's bank account among `bankIds`. */
  text?: string;
  bankIds?: string[];
}
export interface Cursor {
  createdAt: string;
  seq: number;
}
export interface AnchorPage {
  rows: PaxosRecord[];
  total: number;
  capped: boolean;
  next?: Cursor;
}

const SCHEMA = `
PRAGMA page_size = 8192; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;
CREATE TABLE IF NOT EXISTS orch (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, ref_id TEXT NOT NULL,
  status TEXT NOT NULL, asset TEXT NOT NULL, rule_id TEXT, bank_id TEXT, amount_micros INTEGER NOT NULL,
  created_at TEXT NOT NULL, changed_at TEXT NOT NULL, in_flight INTEGER NOT NULL, record TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS orch_created ON orch (created_at, seq);
CREATE INDEX IF NOT EXISTS orch_status ON orch (status, created_at, seq);
CREATE INDEX IF NOT EXISTS orch_asset ON orch (asset, created_at, seq);
CREATE INDEX IF NOT EXISTS orch_rule ON orch (rule_id, created_at, seq);
CREATE INDEX IF NOT EXISTS orch_bank ON orch (bank_id, created_at, seq);
CREATE INDEX IF NOT EXISTS orch_changed ON orch (changed_at);
CREATE INDEX IF NOT EXISTS orch_ref ON orch (ref_id);
CREATE INDEX IF NOT EXISTS orch_in_flight ON orch (in_flight) WHERE in_flight = 1;
CREATE VIRTUAL TABLE IF NOT EXISTS orch_words USING fts5(words, content='', contentless_delete=1,
  prefix='2 3', tokenize="unicode61 remove_diacritics 2 tokenchars '.'");
CREATE TABLE IF NOT EXISTS intents (id TEXT PRIMARY KEY, ref_id TEXT NOT NULL UNIQUE, state TEXT NOT NULL,
  updated_at TEXT NOT NULL, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS intents_state ON intents (state, updated_at);
CREATE TABLE IF NOT EXISTS audit (seq INTEGER PRIMARY KEY, entry TEXT NOT NULL, hash TEXT NOT NULL);`;

const ENDED = new Set(['COMPLETED', 'FAILED']);
const micros = (amount: unknown) => {
  const [whole = '0', frac = ''] = String(amount ?? '0').split('.');
  return Number(whole) * 1e6 + Number(frac.padEnd(6, '0').slice(0, 6));
};
const bankOf = (r: PaxosRecord) =>
  ((r.destination as { fiat?: { bank_account_id?: string } } | undefined)?.fiat?.bank_account_id ??
    null) as string | null;
const memoOf = (r: PaxosRecord) =>
  String((r.destination as { fiat?: { memo?: string } } | undefined)?.fiat?.memo ?? '');
const words = (r: PaxosRecord) =>
  [r.id, r.ref_id, memoOf(r), r.source_amount, r.source_asset, r.status].join(' ');
/** "zurich pay" → "zurich"* AND "pay"*: every typed word a prefix, as a list search reads. */
const match = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}.]+/u)
    .filter(Boolean)
    .map((w) => `"${w.replaceAll('"', '')}"*`)
    .join(' AND ');

export class AnchorStore {
  private constructor(readonly db: DatabaseSync) {}

  static open(path: string): AnchorStore {
    const db = new DatabaseSync(path);
    db.exec(SCHEMA);
    return new AnchorStore(db);
  }

  close(): void {
    this.db.close();
  }

  /** Upserts records (one transaction): the row, its words. */
  putMany(records: readonly PaxosRecord[]): void {
    const find = this.db.prepare('SELECT seq FROM orch WHERE id = ?');
    const insert = this.db.prepare(
      `INSERT INTO orch (id, ref_id, status, asset, rule_id, bank_id, amount_micros, created_at, changed_at, in_flight, record)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET status = excluded.status,
       changed_at = excluded.changed_at, in_flight = excluded.in_flight, record = excluded.record RETURNING seq`,
    );
    const unword = this.db.prepare('DELETE FROM orch_words WHERE rowid = ?');
    const word = this.db.prepare('INSERT INTO orch_words (rowid, words) VALUES (?, ?)');
    this.db.exec('BEGIN');
    try {
      for (const r of records) {
        const old = find.get(String(r.id)) as { seq: number } | undefined;
        if (old) unword.run(old.seq);
        const status = String(r.status ?? '').toUpperCase();
        const { seq } = insert.get(
          String(r.id),
          String(r.ref_id ?? ''),
          status,
          String(r.source_asset ?? '').toUpperCase(),
          (r.orchestration_rule_id as string | undefined) ?? null,
          bankOf(r),
          micros(r.source_amount),
          String(r.created_at),
          String(r.updated_at ?? r.created_at),
          ENDED.has(status) ? 0 : 1,
          JSON.stringify(r),
        ) as { seq: number };
        word.run(seq, words(r));
      }
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }

  count(): number {
    return Number(
      (this.db.prepare('SELECT max(seq) AS n FROM orch').get() as { n: number }).n ?? 0,
    );
  }

  private where(f: AnchorFilter): { sql: string; params: SQLInputValue[] } {
    const parts: string[] = [];
    const params: SQLInputValue[] = [];
    const add = (sql: string, ...values: string[]) => {
      parts.push(sql);
      params.push(...values);
    };
    const list = (col: string, values: string[]) =>
      add(`${col} IN (${values.map(() => '?').join(', ')})`, ...values);
    if (f.statuses?.length) list('status', f.statuses);
    if (f.assets?.length) list('asset', f.assets);
    if (f.ruleId) add('rule_id = ?', f.ruleId);
    if (f.adhoc) add('rule_id IS NULL');
    if (f.from) add('created_at >= ?', f.from);
    if (f.to) add('created_at <= ?', f.to);
    if (f.text) {
      const banks = f.bankIds ?? [];
      parts.push(
        `(seq IN (SELECT rowid FROM orch_words WHERE orch_words MATCH ?)${banks.length ? ` OR bank_id IN (${banks.map(() => '?').join(', ')})` : ''})`,
      );
      params.push(match(f.text), ...banks);
    }
    return { sql: parts.length ? parts.join(' AND ') : '1', params };
  }

  /** One page of the list, newest first, after `after` (keyset), with the capped count. */
  window(filter: AnchorFilter, limit: number, after?: Cursor): AnchorPage {
    const { sql, params } = this.where(filter);
    const { n } = this.db
      .prepare(`SELECT count(*) AS n FROM (SELECT 1 FROM orch WHERE ${sql} LIMIT ${COUNT_CAP + 1})`)
      .get(...params) as { n: number };
    const keyset = after ? ' AND (created_at, seq) < (?, ?)' : '';
    const rows = this.db
      .prepare(
        `SELECT seq, created_at, record FROM orch WHERE ${sql}${keyset} ORDER BY created_at DESC, seq DESC LIMIT ?`,
      )
      .all(...params, ...(after ? [after.createdAt, after.seq] : []), limit) as {
      seq: number;
      created_at: string;
      record: string;
    }[];
    const last = rows.at(-1);
    return {
      rows: rows.map((r) => JSON.parse(r.record) as PaxosRecord),
      total: Math.min(n, COUNT_CAP),
      capped: n > COUNT_CAP,
      ...(last && rows.length === limit
        ? { next: { createdAt: last.created_at, seq: last.seq } }
        : {}),
    };
  }

  /** The cursor of the row at `position` in the unfiltered list (set-up for a deep page, untimed). */
  cursorAt(position: number): Cursor {
    const r = this.db
      .prepare(
        'SELECT seq, created_at FROM orch ORDER BY created_at DESC, seq DESC LIMIT 1 OFFSET ?',
      )
      .get(position) as { seq: number; created_at: string };
    return { createdAt: r.created_at, seq: r.seq };
  }

  /** In flight, or changed since `since`: two indexed scans, newest change first. */
  recent(since: string, limit = 200): PaxosRecord[] {
    return (
      this.db
        .prepare(
          `SELECT record FROM orch WHERE seq IN (SELECT seq FROM orch WHERE in_flight = 1
           UNION SELECT seq FROM orch WHERE changed_at >= ?) ORDER BY changed_at DESC LIMIT ?`,
        )
        .all(since, limit) as { record: string }[]
    ).map((r) => JSON.parse(r.record) as PaxosRecord);
  }

  inFlightIds(): string[] {
    return (
      this.db.prepare('SELECT id FROM orch WHERE in_flight = 1').all() as { id: string }[]
    ).map((r) => r.id);
  }

  /** Cancelled or abandoned intents whose ref_id turned up at Paxos: one join on two indexes. */
  strays(): string[] {
    return (
      this.db
        .prepare(
          `SELECT i.id FROM intents i JOIN orch o ON o.ref_id = i.ref_id WHERE i.state IN ('cancelled', 'abandoned')`,
        )
        .all() as { id: string }[]
    ).map((r) => r.id);
  }

  /** Intents still open or changed since `since` (what the outbox shows), by index. */
  openIntents(since: string): unknown[] {
    return (
      this.db
        .prepare(
          `SELECT body FROM intents WHERE state NOT IN ('completed', 'failed', 'cancelled')
           UNION ALL SELECT body FROM intents WHERE state IN ('completed', 'failed', 'cancelled') AND updated_at >= ?`,
        )
        .all(since) as { body: string }[]
    ).map((r) => JSON.parse(r.body) as unknown);
  }

  /** Totals of a filter (count and amount by status, asset and day): one aggregate. */
  summary(filter: AnchorFilter): unknown[] {
    const { sql, params } = this.where(filter);
    return this.db
      .prepare(
        `SELECT status, asset, substr(created_at, 1, 10) AS day, count(*) AS n, sum(amount_micros) AS micros
         FROM orch WHERE ${sql} GROUP BY status, asset, day`,
      )
      .all(...params);
  }

  run(sql: string, ...params: SQLInputValue[]): void {
    this.db.prepare(sql).run(...params);
  }
}
