// REJECTED (2026) ends an orchestration: a new write leaves it out of the in-flight set (and so
// the fast poll), and a row an older version wrote as in flight is corrected when the database
// is opened at schema version 6.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { CacheStore } from '../../../../main/desk/store/cache/cache-store';
import { DATABASE_FILE, DeskDatabase } from '../../../../main/desk/store/db/desk-database';
import { orchestration } from './orchestration-fixture';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('a REJECTED orchestration is not in flight', () => {
  it('when written now, and when an older version wrote it as in flight', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rejected-flight-'));
    dirs.push(dir);
    const rejected = orchestration(1, { status: 'REJECTED' });
    const pending = orchestration(2, { status: 'PENDING' });
    const odd = orchestration(3, { status: 'PAUSED_FOR_REVIEW' });
    let db = DeskDatabase.openIn(dir);
    let cache = new CacheStore(db);
    await cache.putMany('orchestrations', [rejected, pending, odd], {
      fetchedAt: new Date().toISOString(),
    });
    expect(cache.inFlightOrchestrationIds().sort()).toEqual([pending.id, odd.id].sort());
    db.close();

    // What version 3 left behind: the REJECTED row marked in flight.
    const raw = new DatabaseSync(join(dir, DATABASE_FILE));
    raw.exec('UPDATE orchestration_rows SET in_flight = 1; PRAGMA user_version = 5;');
    raw.close();

    db = DeskDatabase.openIn(dir);
    cache = new CacheStore(db);
    expect(cache.inFlightOrchestrationIds().sort()).toEqual([pending.id, odd.id].sort());
    db.close();
  });
});
