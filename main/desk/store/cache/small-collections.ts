// Profiles, balances, bank accounts and rules: a few thousand records at most, held in memory
// (what the desk projection reads on every publish) and written through to SQLite.
import type { DeskDatabase } from '../db/desk-database';
import {
  checkRecord,
  contentHash,
  type CachedRecord,
  type PaxosRecord,
  type RecordOf,
  type SmallCollection,
} from './cache-records';
import { matchesSmall, type RecordFilter } from './record-query';

interface Held {
  cached: CachedRecord;
  hash: string;
}

export class SmallCollections {
  private readonly held = new Map<SmallCollection, Map<string, Held>>();

  constructor(private readonly db: DeskDatabase) {
    for (const row of db.iterate<{
      collection: SmallCollection;
      id: string;
      fetched_at: string;
      hash: string;
      record: string;
    }>('SELECT collection, id, fetched_at, hash, record FROM cache_records')) {
      this.of(row.collection).set(row.id, {
        cached: {
          record: JSON.parse(row.record) as PaxosRecord,
          fetchedAt: row.fetched_at,
        } as CachedRecord,
        hash: row.hash,
      });
    }
  }

  clear(): void {
    this.held.clear();
  }

  count(collection: SmallCollection): number {
    return this.of(collection).size;
  }

  get<C extends SmallCollection>(collection: C, id: string): CachedRecord<C> | undefined {
    const held = this.of(collection).get(id);
    return held && (structuredClone(held.cached) as CachedRecord<C>);
  }

  /** Newest first (created_at, then id), like the orchestration list. */
  list<C extends SmallCollection>(collection: C, filter: RecordFilter = {}): CachedRecord<C>[] {
    const hits = [...this.of(collection).values()].filter((h) =>
      matchesSmall(h.cached.record, filter),
    );
    const key = (h: Held) =>
      [String(h.cached.record.created_at ?? ''), h.cached.record.id] as const;
    hits.sort((a, b) => {
      const [ca, ia] = key(a);
      const [cb, ib] = key(b);
      return ca !== cb ? (ca < cb ? 1 : -1) : ia < ib ? 1 : ia > ib ? -1 : 0;
    });
    return hits.map((h) => structuredClone(h.cached) as CachedRecord<C>);
  }

  statusOf(collection: SmallCollection, id: string): string | undefined {
    const held = this.of(collection).get(id);
    if (!held) return undefined;
    const status = held.cached.record.status;
    return typeof status === 'string' ? status : '';
  }

  hasStatus(collection: SmallCollection, status: string): boolean {
    const wanted = status.toUpperCase();
    for (const h of this.of(collection).values())
      if (String(h.cached.record.status ?? '').toUpperCase() === wanted) return true;
    return false;
  }

  /**
   * Inside a transaction. Memory is changed by `apply`, which the caller runs only after the
   * commit, so a failed commit never leaves memory ahead of the disk.
   */
  putMany(
    collection: SmallCollection,
    records: readonly PaxosRecord[],
    fetchedAt: string,
  ): { changed: number; apply: () => void } {
    const updates: [string, Held][] = [];
    const confirmed: Held[] = [];
    const known = this.of(collection);
    for (const raw of records) {
      const { record, json } = checkRecord(raw);
      const hash = contentHash(json);
      const held = known.get(record.id);
      if (held?.hash === hash) {
        // Unchanged: nothing is written; memory notes the newer confirmation (after a restart
        // the time of the last *written* version shows: older, never newer, than the truth).
        confirmed.push(held);
        continue;
      }
      this.db.run(
        `INSERT INTO cache_records (collection, id, fetched_at, hash, status, profile_id, record) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (collection, id) DO UPDATE SET fetched_at = excluded.fetched_at, hash = excluded.hash, status = excluded.status,
           profile_id = excluded.profile_id, record = excluded.record`,
        collection,
        record.id,
        fetchedAt,
        hash,
        typeof record.status === 'string' ? record.status : null,
        typeof record.profile_id === 'string' ? record.profile_id : null,
        json,
      );
      updates.push([
        record.id,
        { cached: { record: JSON.parse(json) as RecordOf<SmallCollection>, fetchedAt }, hash },
      ]);
    }
    const apply = () => {
      updates.forEach(([id, held]) => known.set(id, held));
      for (const held of confirmed)
        if (held.cached.fetchedAt < fetchedAt) held.cached.fetchedAt = fetchedAt;
    };
    return { changed: updates.length, apply };
  }

  /** Inside a transaction; `apply` after the commit. */
  delete(
    collection: SmallCollection,
    ids: readonly string[],
  ): { removed: string[]; apply: () => void } {
    const known = this.of(collection);
    const removed = ids.filter((id) => known.has(id));
    for (const id of removed)
      this.db.run('DELETE FROM cache_records WHERE collection = ? AND id = ?', collection, id);
    return { removed, apply: () => removed.forEach((id) => known.delete(id)) };
  }

  ids(collection: SmallCollection, filter: RecordFilter): string[] {
    return [...this.of(collection).values()]
      .filter((h) => matchesSmall(h.cached.record, filter))
      .map((h) => h.cached.record.id);
  }

  private of(collection: SmallCollection): Map<string, Held> {
    let map = this.held.get(collection);
    if (!map) {
      map = new Map();
      this.held.set(collection, map);
    }
    return map;
  }
}
