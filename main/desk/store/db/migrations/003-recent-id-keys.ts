// 3: new id keys go into a small second B-tree and move into orchestration_ids a slice of
// the key space at a time (orchestration-id-keys.ts), so a page of history no longer dirties
// hundreds of random leaves of the large one. The keys already stored stay where they are.
// Shipped: never edit it; append a new migration instead.
import type { DatabaseSync } from 'node:sqlite';

export const migration3 = (db: DatabaseSync): void =>
  db.exec(`
    CREATE TABLE orchestration_ids_recent (key INTEGER NOT NULL, ord INTEGER NOT NULL, PRIMARY KEY (key, ord)) WITHOUT ROWID;
    CREATE VIEW orchestration_id_keys AS
      SELECT key, ord FROM orchestration_ids UNION ALL SELECT key, ord FROM orchestration_ids_recent;
  `);
