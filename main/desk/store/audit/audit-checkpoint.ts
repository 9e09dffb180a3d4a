// How far the audit chain is known good: the seq and hash of the last entry a verification at
// open walked to without a problem, kept in the database's `meta` table. The next open walks
// only the entries after it (and re-hashes the checkpoint's own entry), so opening costs what
// was written since, not the whole history. Reading and writing it live here alone so that a
// later issue can anchor the checkpoint outside the database (the OS keychain), where an edit
// of the file cannot move it.
import type { DeskDatabase } from '../db/desk-database';

export interface AuditCheckpoint {
  seq: number;
  hash: string;
}

const KEY = 'audit.verified';

export function readAuditCheckpoint(db: DeskDatabase): AuditCheckpoint | undefined {
  const row = db.get<{ value: string }>('SELECT value FROM meta WHERE key = ?', KEY);
  if (!row) return undefined;
  try {
    const parsed = JSON.parse(row.value) as Partial<AuditCheckpoint>;
    if (typeof parsed.seq === 'number' && typeof parsed.hash === 'string')
      return { seq: parsed.seq, hash: parsed.hash };
  } catch {
    // An unreadable checkpoint only costs a whole walk: treated as none.
  }
  return undefined;
}

export function writeAuditCheckpoint(db: DeskDatabase, checkpoint: AuditCheckpoint): void {
  db.run(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    KEY,
    JSON.stringify(checkpoint),
  );
}
