// Issue 23: at open the audit chain is walked from the checkpoint of the last clean walk, not
// from the start. Damage after the checkpoint, or to the checkpoint's own entry, is still
// found at open; a clean open moves the checkpoint.
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { AuditLog } from '../../../../../main/desk/store/audit/audit-log';
import { closeAfterTest, useTempDirs } from '../temp-dir';

const tempDir = useTempDirs('desk-audit-checkpoint-');

async function openLog(dataDir: string) {
  return closeAfterTest(await AuditLog.open({ dataDir, environment: 'sandbox', user: 'jdoe' }));
}

async function logWith(dataDir: string, count: number, from = 0) {
  const log = await openLog(dataDir);
  for (let i = from; i < from + count; i += 1)
    await log.append({
      action: 'redemption.create',
      outcome: 'requested',
      refId: `ref-${i}`,
      details: { amount: '250.00' },
    });
  await log.close();
}

function raw(dataDir: string, sql: string): unknown {
  const db = new DatabaseSync(join(dataDir, 'sandbox', 'desk.sqlite'));
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
}

const checkpointOf = (dataDir: string) =>
  JSON.parse(
    (raw(dataDir, "SELECT value FROM meta WHERE key = 'audit.verified'") as { value: string }[])[0]!
      .value,
  ) as { seq: number; hash: string };

describe('the audit chain checkpoint', () => {
  it('a clean open moves the checkpoint; the next open walks only what came after it', async () => {
    const dataDir = await tempDir();
    await logWith(dataDir, 10);
    expect((await openLog(dataDir)).verification).toEqual({ ok: true, checked: 10, problems: [] });
    expect(checkpointOf(dataDir).seq).toBe(9);
    await logWith(dataDir, 3, 10);
    // The checkpoint's entry, then the three after it.
    expect((await openLog(dataDir)).verification).toEqual({ ok: true, checked: 4, problems: [] });
    expect(checkpointOf(dataDir).seq).toBe(12);
  });

  it('an entry edited after the checkpoint is found at open', async () => {
    const dataDir = await tempDir();
    await logWith(dataDir, 5);
    await (await openLog(dataDir)).close(); // checkpoint at 4
    await logWith(dataDir, 5, 5);
    raw(dataDir, "UPDATE audit_log SET entry = replace(entry, '250.00', '25.00') WHERE seq = 7");
    const reopened = await openLog(dataDir);
    expect(reopened.verification.ok).toBe(false);
    expect(reopened.verification.problems).toContainEqual({
      seq: 7,
      problem: 'content does not match its hash',
    });
    // Damage does not move the checkpoint: it is found again at every open.
    expect(checkpointOf(dataDir).seq).toBe(4);
    expect((await openLog(dataDir)).verification.ok).toBe(false);
  });

  it('an edited checkpoint entry is found, even with its hash rewritten to match', async () => {
    const dataDir = await tempDir();
    await logWith(dataDir, 5);
    await (await openLog(dataDir)).close(); // checkpoint at 4
    raw(dataDir, "UPDATE audit_log SET entry = replace(entry, '250.00', '25.00') WHERE seq = 4");
    expect((await openLog(dataDir)).verification.problems).toContainEqual({
      seq: 4,
      problem: 'changed since it was verified',
    });
    // Rewriting its hash too (a careful forger) still differs from the checkpoint's.
    const db = new DatabaseSync(join(dataDir, 'sandbox', 'desk.sqlite'));
    const row = db.prepare('SELECT prev_hash, entry FROM audit_log WHERE seq = 4').get() as {
      prev_hash: string;
      entry: string;
    };
    const { chainHash } = await import('../../../../../main/desk/store/audit/audit-chain');
    db.prepare('UPDATE audit_log SET hash = ? WHERE seq = 4').run(
      chainHash(row.prev_hash, row.entry),
    );
    db.close();
    expect((await openLog(dataDir)).verification.problems).toContainEqual({
      seq: 4,
      problem: 'changed since it was verified',
    });
  });

  it('a checkpoint entry removed (the log cut short) is found', async () => {
    const dataDir = await tempDir();
    await logWith(dataDir, 5);
    await (await openLog(dataDir)).close();
    raw(dataDir, 'DELETE FROM audit_log WHERE seq >= 3');
    expect((await openLog(dataDir)).verification.problems).toContainEqual({
      seq: 4,
      problem: 'an entry verified before is missing',
    });
  });
});
