// 4: the database itself holds every intent to the state machine (intent-state-machine.ts), not
// only "an intent that ended is never sendable again": a second process on the same file, or a
// write that bypassed the in-memory check, cannot move `sending` to `cancelled` (a cancel
// answered while the POST was on the wire) or make any other move the diagram forbids. A unit
// test holds this list to the state machine's table, pair by pair.
// Shipped: never edit it; append a new migration instead.
import type { DatabaseSync } from 'node:sqlite';

export const migration4 = (db: DatabaseSync): void =>
  db.exec(`
    DROP TRIGGER intents_terminal_stays_terminal;
    CREATE TRIGGER intents_follow_the_state_machine BEFORE UPDATE OF state ON intents
      WHEN NEW.state <> OLD.state AND OLD.state || '>' || NEW.state NOT IN (
        'queued>sending', 'queued>needs_attention', 'queued>cancelled', 'sending>submitted',
        'sending>failed', 'sending>needs_attention', 'sending>reconciling',
        'reconciling>submitted', 'reconciling>queued', 'reconciling>needs_attention',
        'submitted>completed', 'submitted>failed', 'needs_attention>queued',
        'needs_attention>cancelled', 'needs_attention>submitted', 'needs_attention>abandoned',
        'cancelled>submitted', 'abandoned>queued', 'abandoned>submitted'
      )
      BEGIN SELECT RAISE(ABORT, 'the intent state machine forbids this move'); END;
  `);
