// 7: money in. Paxos's wire instructions as last read (one row per instructions id), the ref_id
// chosen for each profile + routing type before instructions are asked for (so a lost answer is
// found again by listing, never blindly re-posted), incoming wires (WIRE_DEPOSIT transfers) as
// last read, and the wires the operator expects (local notes: amount, day, memo), each matched
// at most once to an incoming wire.
// IF NOT EXISTS: a file an older build re-marked as an earlier version (user_version) keeps them.
// Shipped: never edit it; append a new migration instead.
import type { DatabaseSync } from 'node:sqlite';

export const migration7 = (db: DatabaseSync): void =>
  db.exec(`
    CREATE TABLE IF NOT EXISTS wire_instructions (id TEXT PRIMARY KEY, profile_id TEXT NOT NULL, routing_type TEXT NOT NULL, status TEXT NOT NULL, memo_id TEXT NOT NULL, record TEXT NOT NULL, fetched_at TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS wire_instruction_requests (profile_id TEXT NOT NULL, routing_type TEXT NOT NULL, ref_id TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, PRIMARY KEY (profile_id, routing_type)) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS incoming_wires (id TEXT PRIMARY KEY, updated_at TEXT NOT NULL, status TEXT NOT NULL, record TEXT NOT NULL, fetched_at TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS expected_wires (id TEXT PRIMARY KEY, profile_id TEXT NOT NULL, memo_id TEXT NOT NULL, amount TEXT NOT NULL, expected_on TEXT NOT NULL, note TEXT NOT NULL, created_at TEXT NOT NULL, matched_transfer_id TEXT UNIQUE, matched_at TEXT) WITHOUT ROWID;
  `);
