// The operator's Activity filters as a cache filter. Everything is matched on the in-memory
// record summaries, so filtering 100,000 rows reads nothing from disk; only the visible window is.
import type { ActivityFilter } from '../../../shared/operation-inputs';
import type { RecordSummary } from '../store/cache/cache-records';
import type { RecordFilter } from '../store/cache/record-query';

export const ADHOC_RULE_FILTER = 'adhoc';

export function toRecordFilter(filter: ActivityFilter): RecordFilter {
  const statuses = filter.statuses?.map((s) => s.toUpperCase());
  const assets = filter.assets?.map((a) => a.toUpperCase());
  const text = filter.text?.trim().toLowerCase();
  const from = filter.from ? new Date(filter.from).toISOString() : undefined;
  const to = filter.to ? new Date(filter.to).toISOString() : undefined;
  return {
    ...(statuses && statuses.length > 0 ? { status: statuses } : {}),
    ...(filter.ruleId && filter.ruleId !== ADHOC_RULE_FILTER ? { ruleId: filter.ruleId } : {}),
    where: (s: RecordSummary, id: string) => {
      if (filter.ruleId === ADHOC_RULE_FILTER && s.ruleId) return false;
      if (assets && assets.length > 0 && !assets.includes(s.asset?.toUpperCase() ?? '')) return false;
      if (from && (s.createdAt ?? '') < from) return false;
      if (to && (s.createdAt ?? '') > to) return false;
      if (text) {
        const haystack = [s.refId, s.memo, s.amount, s.asset, s.status, s.ruleId, id].join(' ').toLowerCase();
        if (!haystack.includes(text)) return false;
      }
      return true;
    },
  };
}
