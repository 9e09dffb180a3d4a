// The Activity totals strip and chart for a filter, read through the same indexed pages the
// list uses. At most SUMMARY_MAX_ROWS rows are summed (the newest first): past that the counts
// would cost more than the window on screen, so the summary says it is capped, as the list's
// count does ("10,000+"). Summed here, not by one SQL aggregate: the amount is a decimal string
// inside each row's record JSON (no column of its own), SQLite would sum it as a float, and the
// local day is the operator's time zone; an aggregate would still read every record.
//
// Off the keystroke path (issue 23): the summary yields to the event loop between its pages, so
// a list query asked meanwhile (the next keystroke) is answered after at most one page, not
// after the whole summary; and a summary is kept per filter until the database is written to
// (its write count), so going back to a filter, or asking again without a sync in between, is
// answered at once with the same totals.
import type { ActivitySummary } from '../../../shared/activity-summary';
import type { CacheStore } from '../store/cache/cache-store';
import type { RecordFilter } from '../store/cache/record-query';
import { listAsOf } from '../views/list-as-of';
import { activityTotals, type TotalsRow } from './activity-totals';

export const SUMMARY_MAX_ROWS = 10_000;
const PAGE = 1_000;
/** Summaries kept per cache: the most recently asked filters. */
const KEPT_FILTERS = 16;

type SummaryCache = Pick<CacheStore, 'query' | 'asOf' | 'stats'>;
const kept = new WeakMap<object, Map<string, { writes: number; summary: ActivitySummary }>>();
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function summarizeActivity(
  cache: SummaryCache,
  filter: RecordFilter,
): Promise<ActivitySummary> {
  const key = JSON.stringify(filter);
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
  const rows: TotalsRow[] = [];
  const fetched: { fetchedAt: string }[] = [];
  let capped = false;
  let cursor: string | undefined;
  // Keyset pages (a row keeps its place when others arrive), so a sync between two pages can
  // neither repeat a row nor skip one.
  for (let offset = 0; offset < SUMMARY_MAX_ROWS; offset += PAGE) {
    if (offset > 0) await nextTurn();
    const { items, nextCursor } = await cache.query('orchestrations', filter, {
      limit: PAGE,
      ...(cursor === undefined ? {} : { cursor }),
    });
    for (const { record, fetchedAt } of items) {
      rows.push({
        status: record.status,
        amount: record.source_amount,
        asset: record.source_asset,
        createdAt: record.created_at,
      });
      fetched.push({ fetchedAt });
    }
    if (nextCursor === undefined) break;
    if (offset + PAGE >= SUMMARY_MAX_ROWS) capped = true;
    cursor = nextCursor;
  }
  return { ...activityTotals(rows), capped, asOf: listAsOf(cache.asOf('orchestrations'), fetched) };
}
