// The last orchestrations read, already parsed: every sync cycle lists the same recent ~200
// (the desk projection) and Activity re-reads the window it shows, and parsing their JSON was
// most of that cost. Keyed by ord; the table forgets an ord whenever it writes it, so an entry
// is always what the row holds. Records are frozen: a caller cannot change the shared copy.
import { deepFreeze } from '../deep-freeze';
import type { CachedRecord } from './cache-records';

const MAX_ENTRIES = 2000;

export class ParsedRecords {
  private readonly entries = new Map<number, CachedRecord<'orchestrations'>>();

  get(ord: number): CachedRecord<'orchestrations'> | undefined {
    return this.entries.get(ord);
  }

  remember(ord: number, cached: CachedRecord<'orchestrations'>): CachedRecord<'orchestrations'> {
    if (this.entries.size >= MAX_ENTRIES) {
      // Oldest first (Map order): drop a quarter at once rather than one per insert.
      let drop = MAX_ENTRIES / 4;
      for (const key of this.entries.keys()) {
        this.entries.delete(key);
        if ((drop -= 1) === 0) break;
      }
    }
    const frozen = Object.freeze({
      record: deepFreeze(cached.record),
      fetchedAt: cached.fetchedAt,
    });
    this.entries.set(ord, frozen);
    return frozen;
  }

  forget(ord: number): void {
    this.entries.delete(ord);
  }

  clear(): void {
    this.entries.clear();
  }
}
