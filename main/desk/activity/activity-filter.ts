// The operator's Activity filters as a cache filter. Everything is matched on the in-memory
// record summaries, so filtering 100,000 rows reads nothing from disk; only the visible window is.
// Search matches what the list shows (see activity-search-text.ts), given the labels of the ids.
import type { ActivityFilter } from '../../../shared/operation-inputs';
import type { RecordSummary } from '../store/cache/cache-records';
import type { RecordFilter } from '../store/cache/record-query';
import { noActivityLabels, type ActivityLabels } from './activity-labels';
import { activityTextMatcher } from './activity-search-text';

export const ADHOC_RULE_FILTER = 'adhoc';

/** Every word must appear somewhere in the row: "operating 6789" finds that account's wires. */
function searchTerms(text: string | undefined): string[] {
  return (text ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean);
}

export function toRecordFilter(filter: ActivityFilter, labels: ActivityLabels = noActivityLabels): RecordFilter {
  const statuses = filter.statuses?.map((s) => s.toUpperCase());
  const assets = filter.assets?.map((a) => a.toUpperCase());
  const terms = searchTerms(filter.text);
  const from = filter.from ? new Date(filter.from).toISOString() : undefined;
  const to = filter.to ? new Date(filter.to).toISOString() : undefined;
  const text = terms.length > 0 ? activityTextMatcher(terms, labels) : undefined;
  return {
    ...(statuses && statuses.length > 0 ? { status: statuses } : {}),
    ...(filter.ruleId && filter.ruleId !== ADHOC_RULE_FILTER ? { ruleId: filter.ruleId } : {}),
    where: (s: RecordSummary, id: string) => {
      if (filter.ruleId === ADHOC_RULE_FILTER && s.ruleId) return false;
      if (assets && assets.length > 0 && !assets.includes(s.asset?.toUpperCase() ?? '')) return false;
      if (from && (s.createdAt ?? '') < from) return false;
      if (to && (s.createdAt ?? '') > to) return false;
      return text === undefined || text(s, id);
    },
  };
}
