import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { AuditLog } from '../../../../../main/desk/store/audit/audit-log';
import { closeAfterTest, useTempDirs } from '../temp-dir';

const tempDir = useTempDirs('desk-audit-');

async function openLog(dataDir: string, environment: 'sandbox' | 'production' = 'sandbox') {
  let tick = 0;
  const now = () => new Date(Date.UTC(2026, 2, 1, 9, 0, (tick += 1)));
  return closeAfterTest(await AuditLog.open({ dataDir, environment, user: 'jdoe', now }));
}

describe('AuditLog', () => {
  it('records who, what, when, where, ref_id and outcome', async () => {
    const log = await openLog(await tempDir());
    const entry = await log.append({
      action: 'redemption.create',
      outcome: 'requested',
      refId: 'ref-1',
      details: { amount: '2500.00', asset: 'USDG' },
    });
    expect(entry).toEqual({
      seq: 0,
      at: '2026-03-01T09:00:01.000Z',
      user: 'jdoe',
      action: 'redemption.create',
      environment: 'sandbox',
      refId: 'ref-1',
      outcome: 'requested',
      details: { amount: '2500.00', asset: 'USDG' },
    });
  });

  it('pages newest first across a reopen, with a cursor to older entries', async () => {
    const dataDir = await tempDir();
    const log = await openLog(dataDir);
    for (let i = 0; i < 7; i += 1)
      await log.append({ action: 'intent.cancel', outcome: 'succeeded', refId: `ref-${i}` });
    await log.close();

    const reopened = await openLog(dataDir);
    const first = await reopened.page({ limit: 3 });
    expect(first.entries.map((e) => e.refId)).toEqual(['ref-6', 'ref-5', 'ref-4']);
    const second = await reopened.page({ before: first.nextBefore!, limit: 3 });
    expect(second.entries.map((e) => e.refId)).toEqual(['ref-3', 'ref-2', 'ref-1']);
    const last = await reopened.page({ before: second.nextBefore!, limit: 3 });
    expect(last).toEqual({ entries: [expect.objectContaining({ refId: 'ref-0', seq: 0 })] });
    await reopened.append({ action: 'intent.cancel', outcome: 'succeeded', refId: 'ref-7' });
    expect((await reopened.page({ limit: 1 })).entries[0]?.seq).toBe(7);
  });

  it('chains every entry to the one before and verifies the chain at open', async () => {
    const dataDir = await tempDir();
    const log = await openLog(dataDir);
    for (let i = 0; i < 5; i += 1)
      await log.append({ action: 'intent.cancel', outcome: 'succeeded', refId: `ref-${i}` });
    expect(log.verification).toEqual({ ok: true, checked: 0, problems: [] });
    await log.close();
    const reopened = await openLog(dataDir);
    expect(reopened.verification).toEqual({ ok: true, checked: 5, problems: [] });
  });

  it('shows a changed entry as damaged, keeps every other entry, and never truncates the log', async () => {
    const dataDir = await tempDir();
    const log = await openLog(dataDir);
    for (let i = 0; i < 5; i += 1)
      await log.append({
        action: 'redemption.create',
        outcome: 'requested',
        refId: `ref-${i}`,
        details: { amount: '250.00' },
      });
    await log.close();
    // Someone edits an amount in the file behind the app's back.
    const raw = new DatabaseSync(join(dataDir, 'sandbox', 'desk.sqlite'));
    raw
      .prepare("UPDATE audit_log SET entry = replace(entry, '250.00', '25.00') WHERE seq = 2")
      .run();
    raw.close();

    const reopened = await openLog(dataDir);
    expect(reopened.verification.ok).toBe(false);
    expect(reopened.verification.problems).toContainEqual({
      seq: 2,
      problem: 'content does not match its hash',
    });
    const page = await reopened.page({ limit: 10 });
    expect(page.entries.map((e) => e.seq)).toEqual([4, 3, 2, 1, 0]);
    expect(page.entries.find((e) => e.seq === 2)?.action).toBe('audit.damaged');
    // Appending goes on after the damage: nothing is cut away, the new entry is chained too.
    await reopened.append({ action: 'credentials.forget', outcome: 'succeeded' });
    expect(reopened.count).toBe(6);
    expect(reopened.verify().problems.map((p) => p.seq)).toEqual([2]);
  });

  it('notices a removed entry', async () => {
    const dataDir = await tempDir();
    const log = await openLog(dataDir);
    for (let i = 0; i < 4; i += 1)
      await log.append({ action: 'intent.cancel', outcome: 'succeeded', refId: `ref-${i}` });
    await log.close();
    const raw = new DatabaseSync(join(dataDir, 'sandbox', 'desk.sqlite'));
    raw.prepare('DELETE FROM audit_log WHERE seq = 1').run();
    raw.close();
    const reopened = await openLog(dataDir);
    expect(reopened.verification.problems).toContainEqual({
      seq: 2,
      problem: 'entry 1 is missing',
    });
  });

  it('keeps each environment in its own log', async () => {
    const dataDir = await tempDir();
    await (
      await openLog(dataDir, 'sandbox')
    ).append({ action: 'redemption.create', outcome: 'requested' });
    const production = await openLog(dataDir, 'production');
    expect((await production.page({ limit: 10 })).entries).toEqual([]);
  });

  it('strips secrets from details before anything reaches the disk, and says what was withheld', async () => {
    const dataDir = await tempDir();
    const log = await openLog(dataDir);
    const entry = await log.append({
      action: 'credentials.test',
      outcome: 'failed',
      details: {
        clientId: 'client-abc',
        client_secret: 'SECRET-1',
        request: {
          headers: { Authorization: 'Bearer SECRET-2', accept: 'application/json' },
          body: { password: 'SECRET-3' },
        },
        response: {
          access_token: 'SECRET-4',
          token_type: 'bearer',
          scopes: ['funding:read_profile'],
        },
        note: 'Bearer SECRET-5',
        tokenUrl: 'https://oauth.sandbox.paxos.com/oauth2/token',
      },
    });
    expect(entry.details).toEqual({
      clientId: 'client-abc',
      request: { headers: { accept: 'application/json' }, body: {} },
      response: { token_type: 'bearer', scopes: ['funding:read_profile'] },
      note: '[redacted]',
      tokenUrl: 'https://oauth.sandbox.paxos.com/oauth2/token',
    });
    expect(entry.redacted?.sort()).toEqual([
      'client_secret',
      'note',
      'request.body.password',
      'request.headers.Authorization',
      'response.access_token',
    ]);
    await log.close();
    for (const file of ['desk.sqlite', 'desk.sqlite-wal']) {
      const onDisk = await readFile(join(dataDir, 'sandbox', file)).catch(() => Buffer.alloc(0));
      expect(onDisk.toString('latin1')).not.toMatch(/SECRET-\d/);
    }
  });

  it('refuses a malformed entry instead of writing it', async () => {
    const log = await openLog(await tempDir());
    await expect(log.append({ action: '', outcome: 'requested' })).rejects.toMatchObject({
      code: 'internal',
    });
    await expect(log.append({ action: 'x', outcome: 'maybe' as never })).rejects.toMatchObject({
      code: 'internal',
    });
    expect(log.count).toBe(0);
  });
});
