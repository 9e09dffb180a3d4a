// Where the sync engine is in Paxos's event stream: a created_at mark and the ids of events
// already handled at or after it. Persisted so a restart neither misses nor replays a transition.
//
// Why a time mark and not Paxos's page_cursor: the walk ends on a page with no next_page_cursor
// (the usual state between two cycles), so there is often no cursor to keep; and Paxos does not
// say how long a cursor stays valid, so one kept over a sleep or a week offline could be refused
// or, worse, silently mean something else. The mark is always valid: the next walk asks for
// created_at >= mark and skips the ids remembered here. page_cursor is used within one walk only.
//
// A clock far ahead on Paxos's side (or a bad timestamp) must not drag the mark into the future:
// every later event would sit below it and never be read. So the mark never passes `now` plus a
// small skew; such events are remembered by id until the mark reaches them.
import { DeskDatabase } from '../store/db/desk-database';

/** How far ahead of our clock an event may be dated and still move the mark. */
export const CLOCK_SKEW_MS = 5 * 60_000;

interface Seen {
  id: string;
  /** Its created_at; rows written before it was kept hold bare ids, taken as at the mark. */
  at: string;
}

interface CursorValue {
  mark: string;
  /** Events handled with created_at >= mark (column seen_at_mark). */
  seen: Seen[];
}

interface Stamped {
  id: string;
  created_at: string;
}

export class EventCursor {
  private value: CursorValue | undefined;

  constructor(
    private readonly db: DeskDatabase,
    private readonly ownsDb = false,
  ) {
    const row = db.get<{ mark: string; seen_at_mark: string }>(
      'SELECT mark, seen_at_mark FROM event_cursor WHERE id = 1',
    );
    if (row) this.value = { mark: row.mark, seen: parseSeen(row.seen_at_mark, row.mark) };
  }

  static async open(envDir: string): Promise<EventCursor> {
    return new EventCursor(DeskDatabase.openIn(envDir), true);
  }

  get mark(): string | undefined {
    return this.value?.mark;
  }

  isSeen(id: string, createdAt: string): boolean {
    const v = this.value;
    return !!v && time(createdAt) >= time(v.mark) && v.seen.some((s) => s.id === id);
  }

  /**
   * Advance past `events` (handled, ascending). With `now`, the mark stops at now + skew even if
   * an event is dated later. Without events, `fallbackMark` sets a first mark.
   */
  async advance(
    events: readonly Stamped[],
    options: { now?: Date; fallbackMark?: string } | string = {},
  ): Promise<void> {
    const { now, fallbackMark } = typeof options === 'string' ? { fallbackMark: options } : options;
    if (events.length === 0) {
      if (!this.value && fallbackMark) this.write({ mark: fallbackMark, seen: [] });
      return;
    }
    const limit = now ? now.getTime() + CLOCK_SKEW_MS : Number.POSITIVE_INFINITY;
    const inReach = events.filter((e) => time(e.created_at) <= limit).map((e) => e.created_at);
    const old = this.value?.mark;
    const candidates = [...(old ? [old] : []), ...inReach];
    // Nothing within reach and no mark yet: start at now, never at the future event.
    const mark = candidates.length
      ? candidates.reduce((a, b) => (time(b) > time(a) ? b : a))
      : (now ?? new Date()).toISOString();
    const kept = [
      ...(this.value?.seen ?? []),
      ...events.map((e) => ({ id: e.id, at: e.created_at })),
    ].filter((e) => time(e.at) >= time(mark));
    const byId = new Map(kept.map((e) => [e.id, e]));
    this.write({ mark, seen: [...byId.values()] });
  }

  /** Re-read the event stream from `mark` (recovery after a damaged cache); replays are deduplicated downstream. */
  async rewind(mark: string): Promise<void> {
    this.write({ mark, seen: [] });
  }

  /** Forget the position: the next full sync loads the history again (cache rebuild). */
  async reset(): Promise<void> {
    this.db.transaction(() => this.db.run('DELETE FROM event_cursor'));
    this.value = undefined;
  }

  async close(): Promise<void> {
    if (this.ownsDb) this.db.close();
  }

  private write(value: CursorValue): void {
    this.db.transaction(() =>
      this.db.run(
        'INSERT INTO event_cursor (id, mark, seen_at_mark) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET mark = excluded.mark, seen_at_mark = excluded.seen_at_mark',
        value.mark,
        JSON.stringify(value.seen),
      ),
    );
    this.value = value;
  }
}

/** Milliseconds of an RFC 3339 time; sub-millisecond digits do not matter for ordering marks. */
function time(text: string): number {
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? 0 : ms;
}

function parseSeen(text: string, mark: string): Seen[] {
  let entries: unknown;
  try {
    entries = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((e: unknown): Seen[] => {
    if (typeof e === 'string') return [{ id: e, at: mark }];
    if (typeof e !== 'object' || e === null) return [];
    const { id, at } = e as Record<string, unknown>;
    return typeof id === 'string' && typeof at === 'string' ? [{ id, at }] : [];
  });
}
