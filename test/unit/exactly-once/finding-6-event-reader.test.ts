// Finding 6 (issue 11): the event reader stopped advancing when more than a page (100) of events
// shared one created_at: the `gte` window could not move, so event 101 on was never read and
// every later poll re-read the same page. Verified failing on 3ea5c7c (read 100 of 250).
// Issue 22: the 2026 Events API pages by `page_cursor` and takes `limit` 1 to 100 only; the
// reader's special case for a crowded instant asked for 1,000. The stand-in now refuses any
// limit over 100 (as Paxos documents) and the reader must follow the cursor.
import { describe, expect, it } from 'vitest';
import { eventsApi } from '../../../main/paxos/events';
import type { ApiCall } from '../../../main/paxos/request-executor';

interface FakeEvent {
  id: string;
  type: string;
  object_type: string;
  object: Record<string, unknown>;
  created_at: string;
}

/**
 * A stand-in for GET /events honouring created_at.{gte,gt,lte,eq}, type, order ASC, limit 1 to
 * 100 (anything else is a 400, as in the 2026 document) and page_cursor (an offset here).
 */
function eventsServer(events: FakeEvent[]) {
  const calls: ApiCall[] = [];
  const execute = async (call: ApiCall) => {
    calls.push(call);
    const q = (call.query ?? {}) as Record<string, unknown>;
    const at = (key: string) => (q[key] === undefined ? undefined : String(q[key]));
    const limit = Number(q.limit ?? 100);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100)
      throw new Error(`400 limit must be between 1 and 100 (got ${String(q.limit)})`);
    const from = q.page_cursor === undefined ? 0 : Number(q.page_cursor);
    const matching = events.filter(
      (e) =>
        (at('created_at.gte') === undefined || e.created_at >= at('created_at.gte')!) &&
        (at('created_at.gt') === undefined || e.created_at > at('created_at.gt')!) &&
        (at('created_at.lte') === undefined || e.created_at <= at('created_at.lte')!) &&
        (at('created_at.eq') === undefined || e.created_at === at('created_at.eq')!) &&
        (q.type === undefined || e.type === q.type),
    );
    const picked = matching.slice(from, from + limit);
    const next = from + limit < matching.length ? String(from + limit) : undefined;
    return { status: 200, body: { events: picked, ...(next ? { next_page_cursor: next } : {}) } };
  };
  return { execute, calls };
}

const event = (i: number, at: string, type = 'orchestration.completed'): FakeEvent => ({
  id: `ev-${String(i).padStart(4, '0')}`,
  type,
  object_type: 'orchestration_status_change',
  object: { id: `o-${i}` },
  created_at: at,
});

async function readAll(events: FakeEvent[], since: string) {
  const server = eventsServer(events);
  const seen: string[] = [];
  for await (const e of eventsApi(server.execute).iterateEvents(since)) seen.push(e.id);
  // Every request asks for at most 100, and every page after the first follows the cursor.
  const queries = server.calls.map((c) => (c.query ?? {}) as Record<string, unknown>);
  for (const q of queries) expect(Number(q.limit ?? 100)).toBeLessThanOrEqual(100);
  expect(queries.slice(1).every((q) => typeof q.page_cursor === 'string')).toBe(true);
  return { seen, calls: server.calls.length };
}

describe('finding 6: the event reader advances past a crowded instant', () => {
  it('250 events at one timestamp, then more later: every one is read once', async () => {
    const crowded = Array.from({ length: 250 }, (_, i) =>
      event(
        i,
        '2026-11-30T12:00:00.000000Z',
        i % 2 ? 'orchestration.completed' : 'orchestration.failed',
      ),
    );
    const later = Array.from({ length: 30 }, (_, i) =>
      event(1000 + i, `2026-11-30T12:00:0${1 + (i % 5)}.000000Z`),
    );
    const all = [...crowded, ...later].sort((a, b) =>
      a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0,
    );
    const { seen, calls } = await readAll(all, '2026-11-30T11:59:00Z');
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual(all.map((e) => e.id).sort());
    expect(calls).toBeLessThan(20);
  });

  it('1,500 events at one instant: read through the cursor, 100 a page', async () => {
    const types = ['orchestration.completed', 'orchestration.failed', 'deposit.received'];
    const crowded = Array.from({ length: 1500 }, (_, i) =>
      event(i, '2026-11-30T12:00:00.000000Z', types[i % 3]),
    );
    const { seen, calls } = await readAll(crowded, '2026-11-30T11:59:00Z');
    expect(new Set(seen).size).toBe(1500);
    expect(calls).toBe(15);
  });

  it('ordinary paging across timestamps still reads everything once', async () => {
    const spread = Array.from({ length: 420 }, (_, i) =>
      event(i, `2026-11-30T12:${String(Math.floor(i / 7)).padStart(2, '0')}:00.000000Z`),
    );
    const { seen } = await readAll(spread, '2026-11-30T11:00:00Z');
    expect(seen.sort()).toEqual(spread.map((e) => e.id).sort());
  });
});
