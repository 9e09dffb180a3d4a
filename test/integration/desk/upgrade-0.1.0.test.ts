// Upgrade: a data folder written by 0.1.0 (journal files, test/fixtures/data-0.1.0, made by the
// 0.1.0 code itself) opens in this build with every intent, ledger mark, cursor and audit
// entry; the old files stay aside, unchanged, until the operator removes them.
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditLog } from '../../../main/desk/store/audit/audit-log';
import { CacheStore } from '../../../main/desk/store/cache/cache-store';
import type { DeskDatabase } from '../../../main/desk/store/db/desk-database';
import { openEnvironmentDatabase } from '../../../main/desk/store/carry-over/environment-database';
import { NotificationLedger } from '../../../main/desk/store/notifications/notification-ledger';
import { IntentStore } from '../../../main/desk/store/intents/intent-store';
import { EventCursor } from '../../../main/desk/sync/event-cursor';
import { orchestration } from '../../unit/desk/store/orchestration-fixture';

const fixture = join(import.meta.dirname, '..', '..', 'fixtures', 'data-0.1.0');
const made: string[] = [];
const open: DeskDatabase[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) db.close();
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function copyOfFixture(): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), 'upgrade-0.1.0-'));
  made.push(dataDir);
  await cp(fixture, dataDir, { recursive: true });
  return dataDir;
}

async function openAll(envDir: string) {
  const db = await openEnvironmentDatabase(envDir);
  open.push(db);
  const audit = new AuditLog(db, { environment: 'sandbox', user: 'bob' });
  return {
    db,
    audit,
    intents: new IntentStore(db, { audit }),
    ledger: new NotificationLedger(db),
    cursor: new EventCursor(db),
    cache: new CacheStore(db),
  };
}

describe('upgrade from 0.1.0', () => {
  it('brings every intent, ledger mark, cursor, audit entry and cached record into the database', async () => {
    const envDir = join(await copyOfFixture(), 'sandbox');
    const { intents, ledger, cursor, audit, cache } = await openAll(envDir);

    const byRef = Object.fromEntries(intents.list().map((i) => [i.refId, i]));
    expect(Object.fromEntries(Object.entries(byRef).map(([ref, i]) => [ref, i.state]))).toEqual({
      'td-queued': 'queued',
      'td-cancelled': 'cancelled',
      'td-done': 'completed',
      'td-attention': 'needs_attention',
      'td-sending': 'sending',
    });
    expect(byRef['td-queued']).toMatchObject({
      id: 'intent-01',
      kind: 'create_orchestration',
      attempts: 0,
      payload: { source_amount: '900000.00' },
    });
    expect(byRef['td-done']).toMatchObject({
      attempts: 1,
      result: { paxosId: orchestration(0).id },
    });
    expect(byRef['td-attention']?.attentionReason).toBe('expired');
    expect(intents.damaged).toEqual([]);

    expect(ledger.has(`orchestration:${orchestration(3).id}:COMPLETED`)).toBe(true);
    expect(ledger.has('fiat-account:b7e1c2d3-1111-4111-8111-000000000002:APPROVED')).toBe(true);
    expect(await ledger.markOnce(`orchestration:${orchestration(3).id}:COMPLETED`)).toBe(false);

    expect(cursor.mark).toBe('2026-11-02T09:00:41.000Z');
    expect(
      cursor.isSeen('ev-2', '2026-11-02T09:00:41.000Z') &&
        cursor.isSeen('ev-3', '2026-11-02T09:00:41.000Z'),
    ).toBe(true);

    expect(audit.verification.ok).toBe(true);
    const entries = (await audit.page({ limit: 10 })).entries.reverse();
    expect(entries.map((e) => [e.action, e.user, e.refId])).toEqual([
      ['credentials.save', 'alice', undefined],
      ['redemption.create', 'alice', 'td-queued'],
      ['intent.cancel', 'alice', 'td-cancelled'],
      ['storage.imported', 'treasury-desk', undefined],
    ]);
    expect(entries[1]?.details).toEqual({ amount: '900000.00', asset: 'USDG' });

    expect(cache.count('orchestrations')).toBe(29); // 30 written, one deleted
    expect((await cache.get('orchestrations', orchestration(3).id))?.record.status).toBe(
      'COMPLETED',
    ); // the rewrite won
    expect(await cache.get('orchestrations', orchestration(29).id)).toBeUndefined();
    expect(cache.asOf('orchestrations')).toBe('2026-11-02T09:00:30.000Z');
    expect((await cache.get('balances', 'p-1:USDG'))?.record.available).toBe('1500000.00');
    expect(
      (await cache.window('orchestrations', { search: { text: 'wire 7' } }, 0, 10)).items.map(
        (i) => i.record.ref_id,
      ),
    ).toEqual(['desk-7']);
  });

  it('keeps the old files aside, byte for byte, and imports only once', async () => {
    const dataDir = await copyOfFixture();
    const envDir = join(dataDir, 'sandbox');
    const first = await openAll(envDir);
    await first.intents.update(first.intents.findByRefId('td-queued')!.id, { state: 'cancelled' });
    const auditCount = first.audit.count;
    first.db.close();

    const names = await readdir(envDir);
    expect(names).toEqual(expect.arrayContaining(['desk.sqlite', 'journal-0.1.0']));
    for (const legacy of ['cache', 'outbox', 'notifications', 'sync', 'audit'])
      expect(names).not.toContain(legacy);
    for (const file of [
      'outbox/intents.jsonl',
      'audit/audit.jsonl',
      'cache/orchestrations.jsonl',
      'notifications/ledger.jsonl',
      'sync/event-cursor.jsonl',
    ]) {
      expect(await readFile(join(envDir, 'journal-0.1.0', file))).toEqual(
        await readFile(join(fixture, 'sandbox', file)),
      );
    }

    // Reopened: the database is the truth now; the old queued state is not imported again.
    const second = await openAll(envDir);
    expect(second.intents.findByRefId('td-queued')?.state).toBe('cancelled');
    expect(second.audit.count).toBe(auditCount);
  });
});
