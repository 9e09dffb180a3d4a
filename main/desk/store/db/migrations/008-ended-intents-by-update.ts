// 8: the intents that ended within the last day are read at every open (the outbox shows them
// for a day), but "when it last changed" lives in the body only: without an index that read
// parsed every ended intent's body (40,000 after years: ~240 ms of the first state at start).
// A partial index over the ended states, keyed on the body's updatedAt, makes it a range. A
// body that is not JSON (damage) is keyed NULL, never an error, so a damaged row can still be
// read, found damaged and set aside. The ended states are spelled out: a migration that
// shipped must not change with intent-reads.ts (whose query repeats them, so the planner can
// see that this index covers it).
// IF NOT EXISTS: a file re-marked as an earlier version (user_version) keeps it.
// Shipped: never edit it; append a new migration instead.
import type { DatabaseSync } from 'node:sqlite';

export const migration8 = (db: DatabaseSync): void =>
  db.exec(`
    CREATE INDEX IF NOT EXISTS intents_ended_by_update ON intents (
      (CASE WHEN json_valid(body) THEN json_extract(body, '$.updatedAt') END)
    ) WHERE state IN ('abandoned', 'cancelled', 'completed', 'failed');
  `);
