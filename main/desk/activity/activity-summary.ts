// The Activity totals strip and chart for a filter, read through the same indexed window the
// list uses. At most SUMMARY_MAX_ROWS rows are summed (the newest first): past that the counts
// would cost more than the window on screen, so the summary says it is capped, as the list's
// count does ("10,000+"). Summed here, not by one SQL aggregate: the amount is a decimal string
// inside each row's record JSON (no column of its own), SQLite would sum it as a float, and the
// local day is the operator's time zone; an aggregate would still read every record.
import type { ActivitySummary } from '../../../shared/activity-summary';
import type { CacheStore } from '../store/cache/cache-store';
import type { RecordFilter } from '../store/cache/record-query';
import { listAsOf } from '../views/list-as-of';
import { activityTotals, type TotalsRow } from './activity-totals';

export const SUMMARY_MAX_ROWS = 10_000;
const PAGE = 1_000;

export async function summarizeActivity(
  cache: Pick<CacheStore, 'window' | 'asOf'>,
  filter: RecordFilter,
): Promise<ActivitySummary> {
  const rows: TotalsRow[] = [];
  const fetched: { fetchedAt: string }[] = [];
  let capped = false;
  for (let offset = 0; offset < SUMMARY_MAX_ROWS; offset += PAGE) {
    const { items, total } = await cache.window('orchestrations', filter, offset, PAGE);
    for (const { record, fetchedAt } of items) {
      rows.push({
        status: record.status,
        amount: record.source_amount,
        asset: record.source_asset,
        createdAt: record.created_at,
      });
      fetched.push({ fetchedAt });
    }
    if (items.length < PAGE) break;
    if (offset + PAGE >= SUMMARY_MAX_ROWS && total > SUMMARY_MAX_ROWS) capped = true;
  }
  return { ...activityTotals(rows), capped, asOf: listAsOf(cache.asOf('orchestrations'), fetched) };
}
