// 12: the Activity list's length (every orchestration the desk holds) is part of the first state
// after start, and `count(*)` walks a whole index of orchestration_rows to say it: at 1,000,000
// rows 250 ms with the file in the OS cache and 700 ms out of it, most of the first state
// (issue 23: ≤ 300 ms). The count is kept instead, in one row that triggers move with every
// row inserted or deleted in the same transaction, whoever writes (the cache, a migration, a
// rollback undoes both), so it never drifts from the table. Emptying the cache deletes row by
// row with them (seconds at 1,000,000: it is rare, and rebuilt from Paxos after anyway).
// IF NOT EXISTS / OR REPLACE: a file re-marked as an earlier version (user_version) recounts.
// Shipped: never edit it; append a new migration instead.
import type { DatabaseSync } from 'node:sqlite';

export const migration12 = (db: DatabaseSync): void =>
  db.exec(`
    CREATE TABLE IF NOT EXISTS orchestration_count (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
    INSERT OR REPLACE INTO orchestration_count (id, n) SELECT 1, count(*) FROM orchestration_rows;
    CREATE TRIGGER IF NOT EXISTS orchestration_count_up AFTER INSERT ON orchestration_rows
      BEGIN UPDATE orchestration_count SET n = n + 1 WHERE id = 1; END;
    CREATE TRIGGER IF NOT EXISTS orchestration_count_down AFTER DELETE ON orchestration_rows
      BEGIN UPDATE orchestration_count SET n = n - 1 WHERE id = 1; END;
  `);
