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
    let problem: string | undefined;
    into.transaction(() => {
      for (;;) {
        // A read that fails ends the reading, not the transaction: the rows read before it are
        // kept (a throw here rolled them all back while `carried` still counted them).
        let next: IteratorResult<IntentRow>;
        try {
          next = rows.next();
        } catch (error) {
          problem = error instanceof Error ? error.message : String(error);
          break;
        }
        if (next.done) break;
        const row = next.value;
        if (!fromIntentRow(row)) continue;
        into.run(
          `INSERT OR IGNORE INTO intents (${INTENT_ROW_COLUMNS}) VALUES (${INTENT_ROW_PLACEHOLDERS})`,
          ...intentRowValues(row),
        );
        carried += 1;
      }
    });
    return problem ? { carried, problem } : { carried };
  } catch (error) {
    return { carried, problem: error instanceof Error ? error.message : String(error) };
  } finally {
    source?.close();
  }
}
