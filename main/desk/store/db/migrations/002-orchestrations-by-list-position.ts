// 2: orchestrations keyed by their list position (see orchestration-order.ts), so every
// index, the id keys and the search index hand back rows already in list order and a window
// stops after its rows. No id or created_ms column (both are in the record and the key), the
// fetch time as epoch ms. Rows, keys and search words of version 1 are carried over.
// Shipped: never edit it; append a new migration instead.
import type { DatabaseSync } from 'node:sqlite';
import { ORDER_EPOCH_MS, ORDER_OVERFLOW, ORDER_SLOT } from '../orchestration-order';

export const migration2 = (db: DatabaseSync): void =>
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
  `);
