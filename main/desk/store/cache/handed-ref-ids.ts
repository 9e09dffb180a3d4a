// The ref_ids of the records the cache was handed since it was last asked, per collection. A
// cancelled or abandoned request that turns up at Paxos arrives through the cache like any
// record, so checking what arrived in a cycle (instead of every such request, every cycle) keeps
// the stray check proportional to what changed (outbox/strays.ts).
//
// Past `limit` ref_ids in one cycle (a first sync hands over the whole history: 1,000,000 of
// them, ~100 MB held and one intent lookup each) the set is dropped and the cycle is marked
// `everything`: the stray check then searches for every cancelled or abandoned request instead,
// as it does at start. That is a superset of what the ref_ids would have named, and its size is
// the desk's own requests, not the history's.
import type { CacheCollection, PaxosRecord } from './cache-records';

/** Ref_ids kept per cycle before it counts as "everything was handed". */
export const HANDED_REF_IDS_LIMIT = 10_000;

export interface Handed {
  /** More than the limit arrived: search for every request that could be a stray. */
  everything: boolean;
  refIds: Map<CacheCollection, Set<string>>;
}

export class HandedRefIds {
  private byCollection = new Map<CacheCollection, Set<string>>();
  private count = 0;
  private everything = false;

  constructor(private readonly limit = HANDED_REF_IDS_LIMIT) {}

  note(collection: CacheCollection, records: readonly PaxosRecord[]): void {
    if (this.everything) return;
    let seen = this.byCollection.get(collection);
    for (const record of records) {
      const refId = record.ref_id;
      if (typeof refId !== 'string' || refId === '') continue;
      if (!seen) this.byCollection.set(collection, (seen = new Set()));
      if (seen.has(refId)) continue;
      seen.add(refId);
      this.count += 1;
      if (this.count > this.limit) {
        this.everything = true;
        this.byCollection = new Map();
        return;
      }
    }
  }

  /** What was handed since the last call, and forget it. */
  take(): Handed {
    const taken: Handed = { everything: this.everything, refIds: this.byCollection };
    this.byCollection = new Map();
    this.count = 0;
    this.everything = false;
    return taken;
  }
}
