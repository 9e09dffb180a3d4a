// Writes an intent's row. A new intent is inserted; a change is conditional in SQL on the state
// it was read in, not only in memory: another process on the same file (which the folder lock
// should prevent) or a row changed underneath is never overwritten. The database's trigger
// (migration 4) holds the move itself to the state machine.
import { AppError } from '../../../../shared/app-error';
import type { DeskDatabase } from '../db/desk-database';
import {
  INTENT_ROW_COLUMNS,
  INTENT_ROW_PLACEHOLDERS,
  intentRowValues,
  type IntentRow,
} from './intent-row';

export function writeIntentRow(db: DeskDatabase, row: IntentRow, readInState?: string): void {
  if (readInState === undefined) {
    db.run(
      `INSERT INTO intents (${INTENT_ROW_COLUMNS}) VALUES (${INTENT_ROW_PLACEHOLDERS})`,
      ...intentRowValues(row),
    );
    return;
  }
  const { changes } = db.run(
    'UPDATE intents SET state = ?, body = ?, checksum = ? WHERE id = ? AND state = ?',
    row.state,
    row.body,
    row.checksum,
    row.id,
    readInState,
  );
  if (Number(changes) !== 1)
    throw new AppError(
      'conflict',
      'This request changed in the database meanwhile; look at it again.',
      {
        id: row.id,
        expected: readInState,
      },
    );
}
