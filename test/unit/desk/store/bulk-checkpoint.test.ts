// Bulk cache writes may pile up WAL pages before a checkpoint (desk-database.ts), but only
// while they commit: afterwards the connection is back to fsynced commits and SQLite's
// checkpoint every 1,000 pages, so an intent written next is durable as before and the WAL
// a first sync left is folded into the file by the next ordinary commit.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, DeskDatabase } from '../../../../main/desk/store/db/desk-database';
import { CacheStore } from '../../../../main/desk/store/cache/cache-store';
import { orchestration } from './orchestration-fixture';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

describe('bulk cache writes and checkpoints', () => {
  it('defer checkpoints only while they commit', async () => {
    const dir = await tempDir();
    const db = DeskDatabase.open(join(dir, DATABASE_FILE));
    try {
      const cache = new CacheStore(db);
      const setting = () => ({
        checkpoint: db.get<{ wal_autocheckpoint: number }>('PRAGMA wal_autocheckpoint')
          ?.wal_autocheckpoint,
        synchronous: db.get<{ synchronous: number }>('PRAGMA synchronous')?.synchronous,
      });
      for (let page = 0; page < 10; page += 1) {
        await cache.putMany(
          'orchestrations',
          Array.from({ length: 500 }, (_, i) => orchestration(page * 500 + i)),
        );
      }
      expect(setting()).toEqual({ checkpoint: 1000, synchronous: 2 }); // FULL
      const file = () => statSync(join(dir, DATABASE_FILE)).size;
      const before = file();
      // More than 1,000 WAL pages of bulk writes, none of them copied into the file yet ...
      expect(statSync(join(dir, `${DATABASE_FILE}-wal`)).size).toBeGreaterThan(1000 * 8192);
      // ... until an ordinary commit checkpoints them.
      db.transaction(() => db.run("INSERT INTO meta (key, value) VALUES ('k', 'v')"));
      expect(file()).toBeGreaterThan(before);
      expect(setting()).toEqual({ checkpoint: 1000, synchronous: 2 });
    } finally {
      db.close();
    }
  });
});
