// Where the sync engine is in Paxos's event stream: the created_at high-water mark and the ids
// of events seen at that exact time (the Events API pages by time, and several events can share
// a timestamp). Persisted so a restart neither misses nor replays a transition.
import { DeskDatabase } from '../store/db/desk-database';

interface CursorValue {
  mark: string;
  seenAtMark: string[];
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
    if (row) this.value = { mark: row.mark, seenAtMark: parseIds(row.seen_at_mark) };
  }

  static async open(envDir: string): Promise<EventCursor> {
    return new EventCursor(DeskDatabase.openIn(envDir), true);
  }

  get mark(): string | undefined {
    return this.value?.mark;
  }

  isSeen(id: string, createdAt: string): boolean {
    return createdAt === this.value?.mark && this.value.seenAtMark.includes(id);
  }

  /** Advance to the newest event handled (ids at that timestamp are remembered). */
  async advance(
    events: readonly { id: string; created_at: string }[],
    fallbackMark?: string,
  ): Promise<void> {
    const last = events.at(-1);
    if (!last) {
      if (!this.value && fallbackMark) this.write({ mark: fallbackMark, seenAtMark: [] });
      return;
    }
    const atMark = events.filter((e) => e.created_at === last.created_at).map((e) => e.id);
    const carried = last.created_at === this.value?.mark ? this.value.seenAtMark : [];
    this.write({ mark: last.created_at, seenAtMark: [...new Set([...carried, ...atMark])] });
  }

  /** Re-read the event stream from `mark` (recovery after a damaged cache); replays are deduplicated downstream. */
  async rewind(mark: string): Promise<void> {
    this.write({ mark, seenAtMark: [] });
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
        JSON.stringify(value.seenAtMark),
      ),
    );
    this.value = value;
  }
}

function parseIds(text: string): string[] {
  try {
    const ids: unknown = JSON.parse(text);
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}
