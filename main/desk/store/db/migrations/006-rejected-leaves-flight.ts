// 6: REJECTED (2026) ends an orchestration, but versions before it wrote in_flight = 1 for
// it, keeping rejected ones in the fast poll forever. in_flight is computed at write time, so
// rows already stored are corrected once here (through the partial in-flight index: only the
// few rows still marked in flight are read). The statuses are the terminal ones of
// shared/paxos/status-meanings.ts as of this version, spelled out because a migration that
// shipped must not change with that table.
// Shipped: never edit it; append a new migration instead.
import type { DatabaseSync } from 'node:sqlite';

export const migration6 = (db: DatabaseSync): void =>
  db.exec(`
    UPDATE orchestration_rows SET in_flight = 0
      WHERE in_flight = 1 AND status IN (
        SELECT code FROM cache_terms WHERE kind = 'status' AND upper(value) IN ('COMPLETED', 'FAILED', 'REJECTED'));
  `);
