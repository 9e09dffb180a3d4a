// When a database had to be replaced (SQLite could not read it), the intents are read back
// from the copy kept aside, row by row: every row whose checksum holds is exactly what was
// written, so it is safe to carry over; the rest stay in the kept file for support. Reading
// stops at the first page SQLite cannot read.
import { DatabaseSync } from 'node:sqlite';
import {
  fromIntentRow,
  INTENT_ROW_COLUMNS,
  INTENT_ROW_PLACEHOLDERS,
  intentRowValues,
  type IntentRow,
} from '../intents/intent-row';
import type { DeskDatabase } from '../db/desk-database';

export function salvageIntents(
  keptAt: string,
  into: DeskDatabase,
): { carried: number; problem?: string } {
  let carried = 0;
  let source: DatabaseSync | undefined;
  try {
    source = new DatabaseSync(keptAt, { readOnly: true });
    const rows = source
      .prepare(`SELECT ${INTENT_ROW_COLUMNS} FROM intents`)
      .iterate() as IterableIterator<IntentRow>;
    into.transaction(() => {
      for (const row of rows) {
        if (!fromIntentRow(row)) continue;
        into.run(
          `INSERT OR IGNORE INTO intents (${INTENT_ROW_COLUMNS}) VALUES (${INTENT_ROW_PLACEHOLDERS})`,
          ...intentRowValues(row),
        );
        carried += 1;
      }
    });
    return { carried };
  } catch (error) {
    return { carried, problem: error instanceof Error ? error.message : String(error) };
  } finally {
    source?.close();
  }
}
