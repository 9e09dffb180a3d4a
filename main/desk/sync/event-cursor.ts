// Where the sync engine is in Paxos's event stream: the created_at high-water mark and the ids
// of events seen at that exact time (the Events API pages by time, and several events can share
// a timestamp). Persisted so a restart neither misses nor replays a transition.
import { join } from 'node:path';
import { Journal } from '../store/journal/journal';

interface CursorValue {
  mark: string;
  seenAtMark: string[];
}

export class EventCursor {
  private constructor(
    private readonly journal: Journal,
    private value: CursorValue | undefined,
  ) {}

  static async open(envDir: string): Promise<EventCursor> {
    const journal = await Journal.open({ path: join(envDir, 'sync', 'event-cursor.jsonl') });
    return new EventCursor(journal, (await journal.get('cursor')) as CursorValue | undefined);
  }

  get mark(): string | undefined {
    return this.value?.mark;
  }

  isSeen(id: string, createdAt: string): boolean {
    return createdAt === this.value?.mark && this.value.seenAtMark.includes(id);
  }

  /** Advance to the newest event handled (ids at that timestamp are remembered). */
  async advance(events: readonly { id: string; created_at: string }[], fallbackMark?: string): Promise<void> {
    const last = events.at(-1);
    if (!last) {
      if (!this.value && fallbackMark) await this.write({ mark: fallbackMark, seenAtMark: [] });
      return;
    }
    const atMark = events.filter((e) => e.created_at === last.created_at).map((e) => e.id);
    const carried = last.created_at === this.value?.mark ? this.value.seenAtMark : [];
    await this.write({ mark: last.created_at, seenAtMark: [...new Set([...carried, ...atMark])] });
  }

  /** Re-read the event stream from `mark` (recovery after a damaged cache); replays are deduplicated downstream. */
  async rewind(mark: string): Promise<void> {
    await this.write({ mark, seenAtMark: [] });
  }

  close(): Promise<void> {
    return this.journal.close();
  }

  private async write(value: CursorValue): Promise<void> {
    this.value = value;
    await this.journal.put('cursor', value);
  }
}
