import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { DATABASE_FILE, DeskDatabase } from '../../../../main/desk/store/db/desk-database';
import { NotificationLedger } from '../../../../main/desk/store/notifications/notification-ledger';
import { closeAfterTest, useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

describe('NotificationLedger', () => {
  it('marks a whole cycle in one commit (10,000 transitions: one fsync, not 10,000)', async () => {
    const commits = { n: 0 };
    const db = DeskDatabase.open(join(await tempDir(), DATABASE_FILE), {
      faults: { before: (point) => void (point === 'commit' && (commits.n += 1)) },
    });
    const ledger = new NotificationLedger(db);
    commits.n = 0; // opening ran the schema migration
    const keys = Array.from({ length: 10_000 }, (_, i) => `orchestration:o-${i}:COMPLETED`);
    const fresh = await ledger.markMany([...keys, keys[0]!]);
    expect(fresh.size).toBe(10_000);
    expect(commits.n).toBe(1);
    expect((await ledger.markMany(keys.slice(0, 10))).size).toBe(0);
    db.close();
  });

  it('says yes once per key, also across a restart', async () => {
    const dir = await tempDir();
    const ledger = closeAfterTest(await NotificationLedger.open(dir));
    expect(await ledger.markOnce('orchestration:o-1:COMPLETED')).toBe(true);
    expect(await ledger.markOnce('orchestration:o-1:COMPLETED')).toBe(false);
    expect(await ledger.markOnce('orchestration:o-1:FAILED')).toBe(true);
    await ledger.close();

    const restarted = closeAfterTest(await NotificationLedger.open(dir));
    expect(await restarted.markOnce('orchestration:o-1:COMPLETED')).toBe(false);
    expect(restarted.has('orchestration:o-1:FAILED')).toBe(true);
    expect(await restarted.markOnce('fiat-account:fa-1:APPROVED')).toBe(true);
  });

  it('gives exactly one yes when the same transition is reported twice at once', async () => {
    const ledger = closeAfterTest(await NotificationLedger.open(await tempDir()));
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => ledger.markOnce('orchestration:o-2:COMPLETED')),
    );
    expect(answers.filter(Boolean)).toHaveLength(1);
  });

  it('keeps environments apart', async () => {
    const root = await tempDir();
    const sandbox = closeAfterTest(await NotificationLedger.open(`${root}/sandbox`));
    const production = closeAfterTest(await NotificationLedger.open(`${root}/production`));
    expect(await sandbox.markOnce('orchestration:o-1:COMPLETED')).toBe(true);
    expect(await production.markOnce('orchestration:o-1:COMPLETED')).toBe(true);
  });
});
