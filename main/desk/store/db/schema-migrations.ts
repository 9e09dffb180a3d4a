// The database schema, as an ordered list of migrations. `PRAGMA user_version` holds how many
// have run; opening runs the rest, each in its own transaction with the version bump, so a
// crash mid-migration leaves the previous version intact. Never edit a migration that shipped:
// append a new one.
import type { DatabaseSync } from 'node:sqlite';
import { ORDER_EPOCH_MS, ORDER_OVERFLOW, ORDER_SLOT } from './orchestration-order';

export const migrations: readonly ((db: DatabaseSync) => void)[] = [
  // 1: the first SQLite store (replaces the 0.1.0 journals).
  (db) =>
    db.exec(`
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

      -- Small cache collections (profiles, balances, fiatAccounts, rules): Paxos records as JSON.
      CREATE TABLE cache_records (
        collection TEXT NOT NULL, id TEXT NOT NULL, fetched_at TEXT NOT NULL, hash TEXT NOT NULL,
        status TEXT, profile_id TEXT, record TEXT NOT NULL,
        PRIMARY KEY (collection, id)
      ) WITHOUT ROWID;
      CREATE TABLE cache_as_of (collection TEXT PRIMARY KEY, at TEXT NOT NULL) WITHOUT ROWID;

      -- Orchestrations (up to millions). What Activity filters on is a small integer (a code
      -- from cache_terms), so every index entry is a few bytes; newest first is
      -- (created_ms DESC, seq DESC), and every index ends in seq (the rowid) for free.
      CREATE TABLE cache_terms (code INTEGER PRIMARY KEY, kind TEXT NOT NULL, value TEXT NOT NULL, UNIQUE (kind, value));
      CREATE TABLE orchestrations (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL,
        created_ms INTEGER NOT NULL,     -- created_at (0 when absent: listed last)
        changed_ms INTEGER NOT NULL,     -- updated_at, else created_at: the recent-24h set
        status INTEGER NOT NULL, in_flight INTEGER NOT NULL, asset INTEGER NOT NULL,
        rule INTEGER, profile INTEGER, bank INTEGER,
        fetched_at TEXT NOT NULL,
        record TEXT NOT NULL
      );
      CREATE INDEX orch_by_time ON orchestrations (created_ms);
      CREATE INDEX orch_by_status ON orchestrations (status, created_ms);
      CREATE INDEX orch_by_asset ON orchestrations (asset, created_ms);
      CREATE INDEX orch_by_rule ON orchestrations (rule, created_ms);
      CREATE INDEX orch_by_bank ON orchestrations (bank, created_ms);
      CREATE INDEX orch_by_change ON orchestrations (changed_ms);
      CREATE INDEX orch_in_flight ON orchestrations (in_flight) WHERE in_flight = 1;
      -- Exact ids (orchestration id, ref_id, transfer ids): a 48-bit hash of the id -> seq.
      CREATE TABLE orchestration_keys (key INTEGER NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (key, seq)) WITHOUT ROWID;
      -- Search: amount, asset and memo words only (ids go through orchestration_keys), no copy
      -- of the text (contentless), no positions (detail=none): small and cheap to fill.
      CREATE VIRTUAL TABLE orchestration_search USING fts5(
        words, content='', contentless_delete=1, detail=none, prefix='2',
        tokenize="unicode61 remove_diacritics 2 tokenchars '.'"
      );

      -- The outbox. body is the whole intent as JSON; the columns are what queries need.
      -- checksum covers every column, so a damaged row is noticed rather than acted on.
      CREATE TABLE intents (
        id TEXT PRIMARY KEY, ref_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, state TEXT NOT NULL,
        created_at TEXT NOT NULL, body TEXT NOT NULL, checksum TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX intents_by_state ON intents (state, created_at);
      -- Rows that failed their checksum, set aside for support (never sent, never deleted).
      CREATE TABLE intents_damaged (
        id TEXT NOT NULL, found_at TEXT NOT NULL, ref_id TEXT, kind TEXT, state TEXT, body TEXT, checksum TEXT,
        resolution TEXT             -- what the check with Paxos found; NULL until checked
      );
      -- Defence in depth beside the state machine: an intent that ended never becomes sendable.
      -- 'abandoned' is not here: the operator may send an abandoned request again, on purpose and
      -- with main's confirmation, under the same ref_id (so Paxos can still answer 409 for it).
      CREATE TRIGGER intents_terminal_stays_terminal BEFORE UPDATE OF state ON intents
        WHEN OLD.state IN ('completed', 'failed', 'cancelled') AND NEW.state IN ('queued', 'sending')
        BEGIN SELECT RAISE(ABORT, 'an intent that ended cannot be sent again'); END;

      CREATE TABLE notification_ledger (key TEXT PRIMARY KEY, at TEXT NOT NULL) WITHOUT ROWID;
      CREATE TABLE event_cursor (id INTEGER PRIMARY KEY CHECK (id = 1), mark TEXT NOT NULL, seen_at_mark TEXT NOT NULL);

      -- The audit log: hash-chained (hash = sha256(prev_hash + entry)), verified at open.
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY, entry TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL
      );
    `),
  // 2: orchestrations keyed by their list position (see orchestration-order.ts), so every
  // index, the id keys and the search index hand back rows already in list order and a window
  // stops after its rows. No id or created_ms column (both are in the record and the key), the
  // fetch time as epoch ms. Rows, keys and search words of version 1 are carried over.
  (db) =>
    db.exec(`
      CREATE TABLE orchestration_rows (
        ord INTEGER PRIMARY KEY,         -- list position: newest first is ascending
        changed_ms INTEGER NOT NULL,     -- updated_at, else created_at: the recent-24h set
        status INTEGER NOT NULL, in_flight INTEGER NOT NULL, asset INTEGER NOT NULL,
        rule INTEGER, profile INTEGER, bank INTEGER,
        fetched,                         -- epoch ms, or the ISO text when ms cannot say it exactly
        record TEXT NOT NULL
      );
      CREATE TEMP TABLE ord_map AS
        SELECT seq, CASE WHEN tie < ${ORDER_SLOT} THEN base + tie ELSE ${ORDER_OVERFLOW} + overflow END AS ord FROM (
          SELECT seq, (${ORDER_EPOCH_MS} - max(0, created_ms)) * ${ORDER_SLOT} AS base,
            row_number() OVER (PARTITION BY created_ms ORDER BY seq) - 1 AS tie,
            row_number() OVER (ORDER BY seq) AS overflow
          FROM orchestrations);
      INSERT INTO orchestration_rows (ord, changed_ms, status, in_flight, asset, rule, profile, bank, fetched, record)
        SELECT m.ord, o.changed_ms, o.status, o.in_flight, o.asset, o.rule, o.profile, o.bank, o.fetched_at, o.record
        FROM orchestrations o JOIN ord_map m USING (seq);
      CREATE TABLE orchestration_ids (key INTEGER NOT NULL, ord INTEGER NOT NULL, PRIMARY KEY (key, ord)) WITHOUT ROWID;
      INSERT OR IGNORE INTO orchestration_ids (key, ord) SELECT k.key >> 4, m.ord FROM orchestration_keys k JOIN ord_map m USING (seq);
      CREATE VIRTUAL TABLE orchestration_words USING fts5(
        words, content='', contentless_delete=1, detail=none, prefix='2',
        tokenize="unicode61 remove_diacritics 2 tokenchars '.'"
      );
      INSERT INTO orchestration_words (rowid, words) SELECT ord, words FROM (
        SELECT ord, concat_ws(' ',
          iif(json_type(record, '$.source_amount') = 'text', nullif(record ->> '$.source_amount', ''), NULL),
          iif(json_type(record, '$.source_asset') = 'text', nullif(record ->> '$.source_asset', ''), NULL),
          iif(json_type(record, '$.destination.fiat.memo') = 'text', nullif(record ->> '$.destination.fiat.memo', ''), NULL)) AS words
        FROM orchestration_rows WHERE json_valid(record)) WHERE words <> '';  -- JSON too deep for SQLite: no words
      -- Its terms, for expanding a typed prefix into the few terms that start with it.
      CREATE VIRTUAL TABLE orchestration_vocab USING fts5vocab(orchestration_words, row);
      DROP TABLE ord_map;
      DROP TABLE orchestrations;
      DROP TABLE orchestration_keys;
      DROP TABLE orchestration_search;
      CREATE INDEX orch_status ON orchestration_rows (status);
      CREATE INDEX orch_asset ON orchestration_rows (asset);
      CREATE INDEX orch_rule ON orchestration_rows (rule);
      CREATE INDEX orch_bank ON orchestration_rows (bank);
      -- Newest change first (negated): a page of history, newest first, appends to it.
      CREATE INDEX orch_changed ON orchestration_rows (-changed_ms);
      CREATE INDEX orch_in_flight ON orchestration_rows (in_flight) WHERE in_flight = 1;
    `),
  // 3: new id keys go into a small second B-tree and move into orchestration_ids a slice of
  // the key space at a time (orchestration-id-keys.ts), so a page of history no longer dirties
  // hundreds of random leaves of the large one. The keys already stored stay where they are.
  (db) =>
    db.exec(`
      CREATE TABLE orchestration_ids_recent (key INTEGER NOT NULL, ord INTEGER NOT NULL, PRIMARY KEY (key, ord)) WITHOUT ROWID;
      CREATE VIEW orchestration_id_keys AS
        SELECT key, ord FROM orchestration_ids UNION ALL SELECT key, ord FROM orchestration_ids_recent;
    `),
  // 4: REJECTED (2026) ends an orchestration, but versions before it wrote in_flight = 1 for
  // it, keeping rejected ones in the fast poll forever. in_flight is computed at write time, so
  // rows already stored are corrected once here (through the partial in-flight index: only the
  // few rows still marked in flight are read). The statuses are the terminal ones of
  // shared/paxos/status-meanings.ts as of this version, spelled out because a migration that
  // shipped must not change with that table.
  (db) =>
    db.exec(`
      UPDATE orchestration_rows SET in_flight = 0
        WHERE in_flight = 1 AND status IN (
          SELECT code FROM cache_terms WHERE kind = 'status' AND upper(value) IN ('COMPLETED', 'FAILED', 'REJECTED'));
    `),
];

export const SCHEMA_VERSION = migrations.length;
