// Intent rows that failed their check at open (checksum, schema or columns disagree). Such a
// row is never read as an intent, so never sent: it is moved to intents_damaged (kept for
// support) and reported, and the desk holds sending until each one has been checked with Paxos
// by its ref_id. What that check found is recorded here, with its audit entry.
import type { AuditLog } from '../audit/audit-log';
import type { DeskDatabase } from '../db/desk-database';
import type { DamagedIntent } from '../storage-health';
import { fromIntentRow, INTENT_ROW_COLUMNS, type IntentRow } from './intent-row';
import type { Intent } from './intent';

/**
 * The readable intents among the rows `where` selects (with its params); damaged rows are set
 * aside in the same pass (found at `at`) and counted in `damagedFound`.
 */
export function readIntentRows(
  db: DeskDatabase,
  at: () => Date,
  where = '',
  ...params: string[]
): { intents: Intent[]; damagedFound: number } {
  const intents: Intent[] = [];
  const damaged: IntentRow[] = [];
  for (const row of db.all<IntentRow>(
    `SELECT ${INTENT_ROW_COLUMNS} FROM intents ${where}`,
    ...params,
  )) {
    const intent = fromIntentRow(row);
    if (intent) intents.push(intent);
    else damaged.push(row);
  }
  if (damaged.length > 0) setAside(db, damaged, at().toISOString());
  return { intents, damagedFound: damaged.length };
}

/** Rows that failed their check, set aside (unresolved ones first). */
export function listDamagedIntents(db: DeskDatabase): DamagedIntent[] {
  return db
    .all<{
      id: string;
      ref_id: string | null;
      kind: string | null;
      state: string | null;
      resolution: string | null;
    }>(
      'SELECT id, ref_id, kind, state, resolution FROM intents_damaged ORDER BY resolution IS NOT NULL, rowid',
    )
    .map((r) => ({
      id: r.id,
      ...(r.ref_id ? { refId: r.ref_id } : {}),
      ...(r.kind ? { kind: r.kind } : {}),
      ...(r.state ? { claimedState: r.state } : {}),
      ...(r.resolution ? { resolution: r.resolution } : {}),
    }));
}

/** The stored body of a damaged row, if it still parses (for the check with Paxos). */
export function damagedIntentBody(db: DeskDatabase, id: string): unknown {
  const row = db.get<{ body: string | null }>(
    'SELECT body FROM intents_damaged WHERE id = ? ORDER BY rowid DESC LIMIT 1',
    id,
  );
  try {
    return row?.body ? (JSON.parse(row.body) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** Records what the check with Paxos found for a damaged row (once), with its audit entry. */
export function resolveDamagedIntent(
  db: DeskDatabase,
  audit: AuditLog | undefined,
  id: string,
  resolution: string,
): void {
  db.transaction(() => {
    db.run(
      'UPDATE intents_damaged SET resolution = ? WHERE id = ? AND resolution IS NULL',
      resolution,
      id,
    );
    audit?.appendNow({
      action: 'intent.damaged_checked',
      outcome: 'info',
      details: { id, resolution },
    });
  });
}

function setAside(db: DeskDatabase, rows: IntentRow[], at: string): void {
  db.transaction(() => {
    for (const r of rows) {
      db.run(
        'INSERT INTO intents_damaged (id, found_at, ref_id, kind, state, body, checksum) VALUES (?, ?, ?, ?, ?, ?, ?)',
        r.id,
        at,
        r.ref_id,
        r.kind,
        r.state,
        r.body,
        r.checksum,
      );
      db.run('DELETE FROM intents WHERE id = ?', r.id);
    }
  });
}
