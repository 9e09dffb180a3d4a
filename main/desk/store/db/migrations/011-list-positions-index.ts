// 11: an index of the list positions alone. The row table is keyed by ord, but its leaves hold
// whole records (~800 bytes each, about nine to an 8 KB page), so counting a date range of a
// month (8,640 rows at 1,000,000) or stepping over the rows before a deep window read every one
// of those pages: ~1,000 pages for the month's count. Here the same ords are ~600 to a page:
// the capped count of a date range, the unfiltered list's steps to a deep window and a deep
// page's skip are read from it (a covering index), and a record is read only when it is shown.
// Rows are appended in list order (a page of history, newest first), so it grows at its end.
// IF NOT EXISTS: a file re-marked as an earlier version (user_version) keeps it.
// Shipped: never edit it; append a new migration instead.
import type { DatabaseSync } from 'node:sqlite';

export const migration11 = (db: DatabaseSync): void =>
  db.exec(`CREATE INDEX IF NOT EXISTS orch_ord ON orchestration_rows (ord);`);
