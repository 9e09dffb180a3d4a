// Upgrade within SQLite: a desk.sqlite written at schema version 1 (commit cb4303f's store,
// test/fixtures/data-schema-1, made by that code) opens at the current version with every
// orchestration, its exact ids, its search words, its fetch time, and every intent, ledger
// mark and audit entry; the list order is newest first, as before.
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

const fixture = join(import.meta.dirname, '..', '..', 'fixtures', 'data-schema-1');
const made: string[] = [];
const open: DeskDatabase[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) db.close();
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function openCopy() {
  const dataDir = await mkdtemp(join(tmpdir(), 'upgrade-schema-1-'));
  made.push(dataDir);
  await cp(join(fixture, 'sandbox'), join(dataDir, 'sandbox'), { recursive: true });
  const db = await openEnvironmentDatabase(join(dataDir, 'sandbox'));
  open.push(db);
  const audit = new AuditLog(db, { environment: 'sandbox', user: 'bob' });
  return {
    db,
    audit,
    intents: new IntentStore(db, { audit }),
    ledger: new NotificationLedger(db),
    cache: new CacheStore(db),
  };
}

const ids = (items: { record: { id: string } }[]) => items.map((i) => i.record.id);

describe('upgrade from schema version 1', () => {
  it('keeps every orchestration, its ids, words and fetch time, and everything else', async () => {
    const { db, audit, intents, ledger, cache } = await openCopy();
    expect(db.get<{ user_version: number }>('PRAGMA user_version')?.user_version).toBe(
      SCHEMA_VERSION,
    );
    const records = schemaOneRecords();
    expect(cache.count('orchestrations')).toBe(records.length);
    for (const [i, record] of records.entries()) {
      const cached = await cache.get('orchestrations', record.id);
      expect(cached?.record, record.id).toEqual(record);
      expect(cached?.fetchedAt).toBe(
        i < 150 ? '2026-01-05T10:00:00.000Z' : '2026-01-05T10:00:00.123456Z',
      );
      // Exact ids still go through the key index.
      expect(
        ids(
          (await cache.window('orchestrations', { search: { text: String(record.ref_id) } }, 0, 5))
            .items,
        ),
      ).toContain(record.id);
    }

    // Newest first. Ties keep the order they were stored in; a millisecond holds 64, so the
    // six beyond that are listed after every dated record, after the undated ones.
    const dated = records.filter((r) => r.created_at !== undefined);
    const tieMs = Date.UTC(2026, 0, 3, 12);
    const ties = dated.filter((r) => Date.parse(String(r.created_at)) === tieMs);
    expect(ties).toHaveLength(70);
    const inOrder = dated
      .filter((r) => !ties.slice(64).includes(r))
      .map((r, k) => ({ r, k }))
      .sort(
        (a, b) =>
          Date.parse(String(b.r.created_at)) - Date.parse(String(a.r.created_at)) || a.k - b.k,
      )
      .map((x) => x.r.id);
    const undated = records.filter((r) => r.created_at === undefined).map((r) => r.id);
    const all = await cache.window('orchestrations', {}, 0, 1000);
    expect(ids(all.items)).toEqual([...inOrder, ...undated, ...ties.slice(64).map((r) => r.id)]);
    expect(all.total).toBe(records.length);

    // Search words came across (prefixes too); a memo that is not text has none.
    const words = (r: Record<string, unknown>) => {
      const memo = (r.destination as { fiat?: { memo?: unknown } } | undefined)?.fiat?.memo;
      return [r.source_amount, r.source_asset, memo]
        .filter((w): w is string => typeof w === 'string')
        .join(' ')
        .toLowerCase()
        .split(' ');
    };
    const wire12 = records.filter(
      (r) => words(r).includes('wire') && words(r).some((w) => w.startsWith('12')),
    );
    expect(wire12.length).toBeGreaterThan(11);
    expect(
      new Set(
        ids((await cache.window('orchestrations', { search: { text: 'wire 12' } }, 0, 100)).items),
      ),
    ).toEqual(new Set(wire12.map((r) => r.id)));
    expect(
      (await cache.window('orchestrations', { search: { text: 'USDG 1042.2' } }, 0, 100)).items.map(
        (i) => i.record.ref_id,
      ),
    ).toEqual(['desk-42']);
    expect(
      (await cache.window('orchestrations', { search: { text: '42' } }, 0, 100)).items.map(
        (i) => i.record.ref_id,
      ),
    ).not.toContain('desk-281');

    // Date range and status filters on the carried-over rows.
    const day3 = await cache.window(
      'orchestrations',
      { from: '2026-01-03T12:00:00.000Z', to: '2026-01-03T12:00:00.000Z' },
      0,
      100,
    );
    expect(new Set(ids(day3.items))).toEqual(new Set(ties.slice(0, 64).map((r) => r.id)));
    expect((await cache.window('orchestrations', { status: 'COMPLETED' }, 0, 100)).total).toBe(
      records.filter((r) => r.status === 'COMPLETED').length,
    );

    // Writes after the upgrade: an update in place, a record that moves (created_at changed).
    await cache.put('orchestrations', { ...records[5]!, status: 'COMPLETED' });
    await cache.put('orchestrations', { ...records[6]!, created_at: '2027-01-01T00:00:00.000Z' });
    expect((await cache.get('orchestrations', records[5]!.id))?.record.status).toBe('COMPLETED');
    expect(ids((await cache.window('orchestrations', {}, 0, 1)).items)).toEqual([records[6]!.id]);
    expect(cache.count('orchestrations')).toBe(records.length);

    expect(
      intents
        .list()
        .map((i) => [
          i.refId,
          i.state,
          i.kind === 'create_orchestration' ? i.payload.source_amount : i.kind,
        ]),
    ).toEqual([['desk-fixture-1', 'queued', '900000.00']]);
    expect(intents.damaged).toEqual([]);
    expect(ledger.has('orch-1:COMPLETED')).toBe(true);
    expect(audit.verification.ok).toBe(true);
    expect((await audit.page({ limit: 10 })).entries.map((e) => e.action)).toContain(
      'redemption.create',
    );
    expect(
      db.all<{ name: string }>(
        "SELECT name FROM sqlite_schema WHERE name IN ('orchestrations', 'orchestration_keys', 'orchestration_search')",
      ),
    ).toEqual([]);
  });
});
