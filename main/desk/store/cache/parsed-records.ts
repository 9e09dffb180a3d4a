// The last orchestrations read, already parsed: every sync cycle lists the same recent ~200
// (the desk projection) and Activity re-reads the window it shows, and parsing their JSON was
// most of that cost. Keyed by ord; the table forgets an ord whenever it writes it, so an entry
// is always what the row holds. Records are frozen: a caller cannot change the shared copy.
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
      record: freezeParsed(cached.record),
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

/**
 * deepFreeze (../deep-freeze.ts) for what JSON.parse made: plain objects and arrays only (no
 * prototypes of their own, nothing frozen yet), so a for-in walk that reads each child once.
 * Freezing was most of a deep Activity window's cost: 100 fresh records took ~0.26 ms with
 * Object.values per level, ~0.18 ms here (JSON.parse alone ~0.16 ms).
 */
function freezeParsed<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  const object = value as Record<string, unknown>;
  for (const key in object) {
    const child = object[key];
    if (typeof child === 'object' && child !== null) freezeParsed(child);
  }
  return Object.freeze(value);
}
