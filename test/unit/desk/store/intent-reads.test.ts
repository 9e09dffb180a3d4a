// Issue 23: intents are read on demand. At open only the intents that have not ended (and
// those that ended within a day) are read; older ended ones are read when asked for, by state,
// id or ref_id, each row's checksum verified on every read: a damaged one is found then, set
// aside, reported, and sending is held until the check with Paxos.
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it, vi } from 'vitest';
import { DeskDatabase } from '../../../../main/desk/store/db/desk-database';
import { IntentStore } from '../../../../main/desk/store/intents/intent-store';
import { closeAfterTest, useTempDirs } from './temp-dir';
import { redemption } from './intent-fixtures';

const tempDir = useTempDirs();
const DAY = 24 * 60 * 60 * 1000;

/** A store whose clock the test moves; opened on the same file each time. */
async function history(dir: string, clock: { at: number }) {
  return closeAfterTest(await IntentStore.open(dir, { now: () => new Date(clock.at) }));
}

function rawSql(dir: string, sql: string) {
  const db = new DatabaseSync(join(dir, 'desk.sqlite'));
  db.prepare(sql).run();
  db.close();
}

describe('IntentStore reads on demand', () => {
  it('open intents are in memory from open; old ended ones are read when asked', async () => {
    const dir = await tempDir();
    const clock = { at: Date.UTC(2026, 0, 1) };
    const store = await history(dir, clock);
    const old = await store.create(redemption('old'));
    await store.cancel(old.id, 'queued');
    clock.at += 1000;
    const done = await store.create(redemption('done'));
    await store.update(done.id, { state: 'sending' });
    await store.update(done.id, { state: 'failed' });
    clock.at += 1000;
    const open = await store.create(redemption('open'));
    await store.close();

    clock.at += 3 * DAY;
    const all = vi.spyOn(DeskDatabase.prototype, 'all');
    const reopened = await history(dir, clock);
    // What open read: the open intent, and no ended one (none ended within a day).
    const readAtOpen = all.mock.results.flatMap((r) => r.value as { ref_id?: string }[]);
    expect(readAtOpen.map((row) => row.ref_id).filter(Boolean)).toEqual(['open']);
    all.mockRestore();
    expect(reopened.current(new Date(clock.at)).map((i) => i.refId)).toEqual(['open']);
    expect(reopened.list().map((i) => i.refId)).toEqual(['old', 'done', 'open']);
    expect(reopened.list({ states: ['cancelled'] }).map((i) => i.refId)).toEqual(['old']);
    expect(reopened.get(done.id)?.state).toBe('failed');
    expect(reopened.findByRefId('old')?.state).toBe('cancelled');
    expect(reopened.get(open.id)?.state).toBe('queued');
  });

  it('an intent that ended within the day is still shown after a restart', async () => {
    const dir = await tempDir();
    const clock = { at: Date.UTC(2026, 0, 1) };
    const store = await history(dir, clock);
    const a = await store.create(redemption('a'));
    await store.cancel(a.id, 'queued');
    await store.close();
    clock.at += DAY / 2;
    const reopened = await history(dir, clock);
    expect(reopened.current(new Date(clock.at)).map((i) => i.refId)).toEqual(['a']);
    // A day after it ended it leaves what the desk shows (still there when asked for).
    expect(reopened.current(new Date(clock.at + DAY)).map((i) => i.refId)).toEqual([]);
    expect(reopened.get(a.id)?.state).toBe('cancelled');
  });

  it('a broken checksum on an ended intent is found when it is read, and holds sending', async () => {
    const dir = await tempDir();
    const clock = { at: Date.UTC(2026, 0, 1) };
    const store = await history(dir, clock);
    const a = await store.create(redemption('ref-a'));
    await store.update(a.id, { state: 'sending' });
    await store.update(a.id, { state: 'failed' });
    await store.create(redemption('ref-b'));
    await store.close();
    rawSql(
      dir,
      "UPDATE intents SET body = replace(body, '2500.00', '25.00') WHERE ref_id = 'ref-a'",
    );

    clock.at += 3 * DAY;
    const reopened = await history(dir, clock);
    expect(reopened.damaged).toEqual([]); // not read at open
    expect(reopened.sendingHeld).toBeUndefined();
    expect(reopened.list({ states: ['failed'] })).toEqual([]);
    expect(reopened.damaged.map((d) => d.refId)).toEqual(['ref-a']);
    expect(reopened.health.damagedIntents.map((d) => d.refId)).toEqual(['ref-a']);
    expect(reopened.sendingHeld).toMatch(/damaged request/);
    expect(reopened.get(a.id)).toBeUndefined();
  });

  it('a broken checksum is found when read by id, too', async () => {
    const dir = await tempDir();
    const clock = { at: Date.UTC(2026, 0, 1) };
    const store = await history(dir, clock);
    const a = await store.create(redemption('ref-a'));
    await store.cancel(a.id, 'queued');
    await store.close();
    rawSql(dir, "UPDATE intents SET checksum = 'x' WHERE ref_id = 'ref-a'");
    clock.at += 3 * DAY;
    const reopened = await history(dir, clock);
    expect(reopened.get(a.id)).toBeUndefined();
    expect(reopened.damaged.map((d) => d.refId)).toEqual(['ref-a']);
    // Its ref_id stays taken.
    await expect(reopened.create(redemption('ref-a'))).rejects.toMatchObject({ code: 'conflict' });
  });
});
