// The database schema, as an ordered list of migrations. `PRAGMA user_version` holds how many
// have run; opening runs the rest, each in its own transaction with the version bump, so a
// crash mid-migration leaves the previous version intact. Never edit a migration that shipped:
// append a new one.
import type { DatabaseSync } from 'node:sqlite';

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

      -- Orchestrations (up to millions): the fields Activity filters and sorts on are columns.
      CREATE TABLE orchestrations (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        changed_at TEXT NOT NULL,        -- updated_at, else created_at: the recent-24h set
        status TEXT NOT NULL,            -- upper case ('' when absent)
        asset TEXT NOT NULL,             -- upper case source asset
        ref_id TEXT, rule_id TEXT, profile_id TEXT, bank_account_id TEXT,
        fetched_at TEXT NOT NULL, hash TEXT NOT NULL,
        record TEXT NOT NULL
      );
      CREATE INDEX orch_by_time ON orchestrations (created_at, id);
      CREATE INDEX orch_by_status ON orchestrations (status, created_at, id);
      CREATE INDEX orch_by_asset ON orchestrations (asset, created_at, id);
      CREATE INDEX orch_by_rule ON orchestrations (rule_id, created_at, id);
      CREATE INDEX orch_by_ref ON orchestrations (ref_id) WHERE ref_id IS NOT NULL;
      CREATE INDEX orch_by_bank ON orchestrations (bank_account_id, created_at, id) WHERE bank_account_id IS NOT NULL;
      CREATE INDEX orch_in_flight ON orchestrations (status) WHERE status NOT IN ('COMPLETED', 'FAILED');
      CREATE INDEX orch_by_change ON orchestrations (changed_at);
      -- Search: only the searchable words, no copy of the text (contentless), no positions
      -- (detail=none): a small index that stays cheap to fill. rowid = orchestrations.seq.
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
      CREATE TRIGGER intents_terminal_stays_terminal BEFORE UPDATE OF state ON intents
        WHEN OLD.state IN ('completed', 'failed', 'cancelled', 'abandoned') AND NEW.state IN ('queued', 'sending')
        BEGIN SELECT RAISE(ABORT, 'an intent that ended cannot be sent again'); END;

      CREATE TABLE notification_ledger (key TEXT PRIMARY KEY, at TEXT NOT NULL) WITHOUT ROWID;
      CREATE TABLE event_cursor (id INTEGER PRIMARY KEY CHECK (id = 1), mark TEXT NOT NULL, seen_at_mark TEXT NOT NULL);

      -- The audit log: hash-chained (hash = sha256(prev_hash + entry)), verified at open.
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY, entry TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL
      );
    `),
];

export const SCHEMA_VERSION = migrations.length;
