import { describe, expect, it } from 'vitest';
import { NotificationLedger } from '../../../../main/desk/store/notifications/notification-ledger';
import { closeAfterTest, useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

describe('NotificationLedger', () => {
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
    const answers = await Promise.all(Array.from({ length: 5 }, () => ledger.markOnce('orchestration:o-2:COMPLETED')));
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
