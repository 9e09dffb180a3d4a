// Issue 22: an event dated in the future (a clock ahead at Paxos, a bad timestamp) must not drag
// the stored mark past now: every later event would sit below the mark and never be read again.
// It is remembered by id instead, so it is not handled twice either.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { EventCursor } from '../../../../main/desk/sync/event-cursor';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));
async function openCursor(): Promise<{ cursor: EventCursor; dir: string }> {
  const dir = await mkdtemp(`${tmpdir()}/td-cursor-`);
  dirs.push(dir);
  return { cursor: await EventCursor.open(dir), dir };
}

const now = new Date('2026-11-30T12:00:00.000Z');

describe('the event cursor', () => {
  it('a future-dated event does not move the mark past now, and is not handled twice', async () => {
    const { cursor, dir } = await openCursor();
    await cursor.advance([{ id: 'ev-1', created_at: '2026-11-30T11:59:00.000Z' }], { now });
    await cursor.advance([{ id: 'ev-far', created_at: '2031-01-01T00:00:00.000Z' }], { now });
    expect(cursor.mark).toBe('2026-11-30T11:59:00.000Z');
    expect(cursor.isSeen('ev-far', '2031-01-01T00:00:00.000Z')).toBe(true);
    // An ordinary event after it still moves the mark, and the far one stays remembered.
    await cursor.advance([{ id: 'ev-2', created_at: '2026-11-30T12:00:05.000Z' }], { now });
    expect(cursor.mark).toBe('2026-11-30T12:00:05.000Z');
    expect(cursor.isSeen('ev-far', '2031-01-01T00:00:00.000Z')).toBe(true);
    await cursor.close();
    // And after a restart.
    const again = await EventCursor.open(dir);
    expect(again.mark).toBe('2026-11-30T12:00:05.000Z');
    expect(again.isSeen('ev-far', '2031-01-01T00:00:00.000Z')).toBe(true);
    expect(again.isSeen('ev-2', '2026-11-30T12:00:05.000Z')).toBe(true);
    await again.close();
  });

  it('a first mark from a future-dated event is now, not the future', async () => {
    const { cursor } = await openCursor();
    await cursor.advance([{ id: 'ev-far', created_at: '2031-01-01T00:00:00.000Z' }], { now });
    expect(cursor.mark).toBe(now.toISOString());
    await cursor.close();
  });

  it('within the clock skew (5 minutes) an event still moves the mark', async () => {
    const { cursor } = await openCursor();
    await cursor.advance([{ id: 'ev-1', created_at: '2026-11-30T12:04:00.000Z' }], { now });
    expect(cursor.mark).toBe('2026-11-30T12:04:00.000Z');
    await cursor.close();
  });

  it('ids older than the mark are dropped, ids at the mark are kept', async () => {
    const { cursor } = await openCursor();
    await cursor.advance(
      [
        { id: 'a', created_at: '2026-11-30T11:00:00.000Z' },
        { id: 'b', created_at: '2026-11-30T11:30:00.000Z' },
        { id: 'c', created_at: '2026-11-30T11:30:00.000Z' },
      ],
      { now },
    );
    expect(cursor.isSeen('a', '2026-11-30T11:00:00.000Z')).toBe(false);
    expect(cursor.isSeen('b', '2026-11-30T11:30:00.000Z')).toBe(true);
    expect(cursor.isSeen('c', '2026-11-30T11:30:00.000Z')).toBe(true);
    await cursor.close();
  });
});
