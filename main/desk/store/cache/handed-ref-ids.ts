// The ref_ids of the records the cache was handed since it was last asked, per collection. A
// cancelled or abandoned request that turns up at Paxos arrives through the cache like any
// record, so checking what arrived in a cycle (instead of every such request, every cycle) keeps
// the stray check proportional to what changed (outbox/strays.ts).
import type { CacheCollection, PaxosRecord } from './cache-records';

export class HandedRefIds {
  private readonly byCollection = new Map<CacheCollection, Set<string>>();

  note(collection: CacheCollection, records: readonly PaxosRecord[]): void {
    let seen = this.byCollection.get(collection);
    for (const record of records) {
      const refId = record.ref_id;
      if (typeof refId !== 'string' || refId === '') continue;
      if (!seen) this.byCollection.set(collection, (seen = new Set()));
      seen.add(refId);
    }
  }

  /** What was handed since the last call, and forget it. */
  take(): Map<CacheCollection, Set<string>> {
    const taken = new Map(this.byCollection);
    this.byCollection.clear();
    return taken;
  }
}
