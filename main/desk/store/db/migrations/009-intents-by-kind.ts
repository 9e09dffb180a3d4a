// 9: the desk's completed wires out are read at every projection (an incoming wire may be the
// return of one: incoming/returned-wires.ts), but the intents had only a state index, so that
// read parsed and verified every completed intent (40,000 after years: ~2.4 s of the first
// state). By kind, then state: the completed wires out are one range, whatever else ended.
// IF NOT EXISTS: a file re-marked as an earlier version (user_version) keeps it.
// Shipped: never edit it; append a new migration instead.
import type { DatabaseSync } from 'node:sqlite';

export const migration9 = (db: DatabaseSync): void =>
  db.exec(`CREATE INDEX IF NOT EXISTS intents_by_kind ON intents (kind, state, created_at);`);
