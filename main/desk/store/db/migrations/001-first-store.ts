// 1: the first SQLite store (replaces the 0.1.0 journals).
// Shipped: never edit it; append a new migration instead.
import type { DatabaseSync } from 'node:sqlite';

export const migration1 = (db: DatabaseSync): void =>
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
  `);
