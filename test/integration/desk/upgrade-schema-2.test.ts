// Upgrade within SQLite: a desk.sqlite written at schema version 2 (commit c121690's store,
// test/fixtures/data-schema-2, made by that code with data-schema-1/make-fixture.ts) opens at
// the current version. Its id keys stay where version 2 put them (one B-tree); new keys go into
// the small tree of version 3. Every orchestration is still found by each of its ids, and
// records written after the upgrade (new ones, one whose transfer id changed, one that moved)
// are found by theirs.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditLog } from '../../../main/desk/store/audit/audit-log';
import { CacheStore } from '../../../main/desk/store/cache/cache-store';
import type { DeskDatabase } from '../../../main/desk/store/db/desk-database';
import { openEnvironmentDatabase } from '../../../main/desk/store/carry-over/environment-database';
import { SCHEMA_VERSION } from '../../../main/desk/store/db/schema-migrations';
import { NotificationLedger } from '../../../main/desk/store/notifications/notification-ledger';
import { IntentStore } from '../../../main/desk/store/intents/intent-store';
import { schemaOneRecords } from '../../fixtures/data-schema-1/records';
import { orchestration } from '../../unit/desk/store/orchestration-fixture';

const fixture = join(import.meta.dirname, '..', '..', 'fixtures', 'data-schema-2');
const made: string[] = [];
const open: DeskDatabase[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) db.close();
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

type Stored = Record<string, unknown> & { id: string };
const transferIds = (r: Stored) =>
  [r.source_transfer, r.destination_transfer].flatMap((t) => {
    const id = (t as { transfer_id?: unknown } | undefined)?.transfer_id;
    return typeof id === 'string' ? [id] : [];
  });

describe('upgrade from schema version 2', () => {
  it('finds every orchestration by each of its ids, before and after new writes', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'upgrade-schema-2-'));
    made.push(dataDir);
    await cp(join(fixture, 'sandbox'), join(dataDir, 'sandbox'), { recursive: true });
    const db = await openEnvironmentDatabase(join(dataDir, 'sandbox'));
    open.push(db);
    expect(db.get<{ user_version: number }>('PRAGMA user_version')?.user_version).toBe(
      SCHEMA_VERSION,
    );
    const cache = new CacheStore(db);
    const found = async (text: string) =>
      (await cache.window('orchestrations', { search: { text } }, 0, 10)).items.map(
        (i) => i.record.id,
      );

    const records = schemaOneRecords();
    expect(cache.count('orchestrations')).toBe(records.length);
    for (const record of records) {
      expect((await cache.get('orchestrations', record.id))?.record).toEqual(record);
      expect((await cache.orchestrationByRefId(String(record.ref_id)))?.record.id).toBe(record.id);
      for (const id of [record.id, ...transferIds(record)])
        expect(await found(id)).toEqual([record.id]);
    }

    // After the upgrade: new records, a transfer id replaced, a record moved in the list.
    const fresh = Array.from({ length: 50 }, (_, k) => orchestration(1000 + k));
    await cache.putMany('orchestrations', fresh);
    const replaced = {
      ...records[3]!,
      destination_transfer: { transfer_id: 'wire-after-upgrade' },
    };
    const moved = { ...records[8]!, created_at: '2027-01-01T00:00:00.000Z' };
    await cache.putMany('orchestrations', [replaced, moved]);
    const written: Stored[] = [...fresh, replaced, moved];
    for (const record of written) {
      expect((await cache.orchestrationByRefId(String(record.ref_id)))?.record).toEqual(record);
      for (const id of [record.id, ...transferIds(record)])
        expect(await found(id)).toEqual([record.id]);
    }
    expect(await found(transferIds(records[3]!)[1]!)).toEqual([]);
    expect(cache.count('orchestrations')).toBe(records.length + fresh.length);

    // Everything else came across too.
    const audit = new AuditLog(db, { environment: 'sandbox', user: 'bob' });
    expect(audit.verification.ok).toBe(true);
    expect(new IntentStore(db, { audit }).list().map((i) => [i.refId, i.state])).toEqual([
      ['desk-fixture-1', 'queued'],
    ]);
    expect(new NotificationLedger(db).has('orch-1:COMPLETED')).toBe(true);
  });
});
