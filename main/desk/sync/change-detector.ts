// Writes fresh Paxos records into the cache and reports the status transitions among them —
// the facts notifications and the outbox act on. A record seen for the first time counts as a
// transition only when it appeared after the first full sync (a rule-triggered redemption that
// started and finished between two polls), never for history loaded at first start.
import type { CacheStore } from '../store/cache/cache-store';
import type { CacheCollection, PaxosRecord } from '../store/cache/cache-records';

export interface StatusTransition {
  collection: CacheCollection;
  id: string;
  from: string | undefined;
  to: string;
  record: PaxosRecord;
}

export async function storeAndDetect(
  cache: CacheStore,
  collection: CacheCollection,
  records: readonly PaxosRecord[],
  options: { newRecordsAreNews: boolean; fetchedAt: string; asOf?: string; replaceAll?: boolean },
): Promise<StatusTransition[]> {
  const before = new Map<string, string | undefined>();
  for (const record of records) before.set(record.id, cache.statusOf(collection, record.id));
  const put = { fetchedAt: options.fetchedAt, ...(options.asOf ? { asOf: options.asOf } : {}) };
  if (options.replaceAll) await cache.replaceAll(collection, records, put);
  else await cache.putMany(collection, records, put);
  const transitions: StatusTransition[] = [];
  for (const record of records) {
    const to = String(record.status ?? '');
    const from = before.get(record.id);
    if (from === to) continue;
    if (from === undefined && !options.newRecordsAreNews) continue;
    transitions.push({ collection, id: record.id, from, to, record });
  }
  return transitions;
}
