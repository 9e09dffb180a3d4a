// 10: the Activity totals (orchestration-totals.ts) sum the newest 10,000 rows a search keeps,
// and those rows are scattered through the row table: "zu" keeps one row in ten, so 10,000
// matches were 10,000 pages of records (80 MB at 8 KB) read for a status, an asset, a fetch
// time and an amount: 100–300 ms of every search keystroke at 100,000 rows (bench:history).
// A covering index of exactly those columns, keyed by ord, answers the aggregate from entries
// of about 45 bytes (4 MB at 100,000 rows, 45 MB at 1,000,000): 10–20 ms for the same 10,000.
// The amount lives in the record's JSON, so it is a VIRTUAL generated column (no row is
// rewritten; the index build reads each record once). A record SQLite cannot parse (JSON
// nested deeper than it reads) is NULL here, never an error, so writing it still works; the
// totals read such a row's amount from its record (as before this migration).
// A file re-marked as an earlier version (user_version) keeps both: the column is added only
// when missing (table_xinfo lists generated columns), the index IF NOT EXISTS.
// Shipped: never edit it; append a new migration instead.
import type { DatabaseSync } from 'node:sqlite';

export const migration10 = (db: DatabaseSync): void => {
  const columns = db.prepare('PRAGMA table_xinfo(orchestration_rows)').all() as { name: string }[];
  if (!columns.some((c) => c.name === 'amount'))
    db.exec(`
      ALTER TABLE orchestration_rows ADD COLUMN amount GENERATED ALWAYS AS (
        CASE WHEN json_valid(record) THEN json_extract(record, '$.source_amount') END
      ) VIRTUAL;
    `);
  db.exec(
    'CREATE INDEX IF NOT EXISTS orch_totals ON orchestration_rows (ord, status, asset, fetched, amount)',
  );
};
