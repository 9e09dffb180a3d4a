// Opens an environment's database (<envDir>/desk.sqlite) and, the first time, brings in what a
// 0.1.0 build left there (journal files), which then stay where they are, renamed aside.
import { join } from 'node:path';
import { DATABASE_FILE, DeskDatabase, type DatabaseOptions } from '../db/desk-database';
import { importLegacyJournals } from './legacy-journal-import';

export function openEnvironmentDatabase(
  envDir: string,
  options: DatabaseOptions = {},
): Promise<DeskDatabase> {
  const db = DeskDatabase.open(join(envDir, DATABASE_FILE), options);
  return importLegacyJournals(db, envDir).then(
    () => db,
    (error: unknown) => {
      db.close();
      throw error;
    },
  );
}
