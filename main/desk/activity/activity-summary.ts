// The Activity totals strip and chart for a filter: ONE SQL aggregate over the newest
// SUMMARY_MAX_ROWS rows the filter keeps (the ords the list reads, so every filter the list
// supports narrows it the same way), grouped by status, asset and local day, with the amounts
// summed exactly as integer limbs in SQL and merged with BigInt / decimal.js at the edge
// (orchestration-totals.ts, totals-from-groups.ts). Past SUMMARY_MAX_ROWS the summary says it
// is capped, as the list's count does ("10,000+"): summing more would cost more than the
// window on screen. Before issue 23 this read 10 pages of 1,000 records into JS (about 270 ms
// at 100,000 rows, on the keystroke path).
//
// A summary is still kept per filter until the database is written to (its write count), so
// going back to a filter, or asking again without a sync in between, is answered at once.
import type { ActivitySummary } from '../../../shared/activity-summary';
import type { CacheStore } from '../store/cache/cache-store';
import type { RecordFilter } from '../store/cache/record-query';
import { listAsOf } from '../views/list-as-of';
import { localOffsets } from './local-offsets';
import { totalsFromGroups } from './totals-from-groups';

export const SUMMARY_MAX_ROWS = 10_000;
/** Summaries kept per cache: the most recently asked filters. */
const KEPT_FILTERS = 16;

type SummaryCache = Pick<CacheStore, 'totals' | 'asOf' | 'stats'>;
const kept = new WeakMap<object, Map<string, { writes: number; summary: ActivitySummary }>>();

export async function summarizeActivity(
  cache: SummaryCache,
  filter: RecordFilter,
): Promise<ActivitySummary> {
  // The days are the operator's local days: a summary kept under another time zone is not reused.
  const key = `${Intl.DateTimeFormat().resolvedOptions().timeZone}|${JSON.stringify(filter)}`;
  const writes = cache.stats().writes;
  let byFilter = kept.get(cache);
  if (!byFilter) kept.set(cache, (byFilter = new Map()));
  const hit = byFilter.get(key);
  if (hit?.writes === writes) {
    byFilter.delete(key);
    byFilter.set(key, hit); // most recently asked last
    return hit.summary;
  }
  const summary = await summarize(cache, filter);
  // Written to meanwhile (the sync ran between two pages): correct for now, not worth keeping.
  if (cache.stats().writes !== writes) return summary;
  byFilter.delete(key);
  byFilter.set(key, { writes, summary });
  for (const old of byFilter.keys()) {
    if (byFilter.size <= KEPT_FILTERS) break;
    byFilter.delete(old);
  }
  return summary;
}

async function summarize(cache: SummaryCache, filter: RecordFilter): Promise<ActivitySummary> {
  const { groups, capped } = cache.totals(filter, SUMMARY_MAX_ROWS, localOffsets);
  const fetched: { fetchedAt: string }[] = [];
  for (const g of groups) {
    if (g.fetchedMs !== null) fetched.push({ fetchedAt: new Date(g.fetchedMs).toISOString() });
    for (const at of JSON.parse(g.fetchedTexts) as unknown[])
      if (typeof at === 'string') fetched.push({ fetchedAt: at });
  }
  return {
    ...totalsFromGroups(groups),
    capped,
    asOf: listAsOf(cache.asOf('orchestrations'), fetched),
  };
}
