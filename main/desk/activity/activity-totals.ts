// Totals for the Activity strip and chart, over every row the filter selects: count, USD by
// status, and per local day and asset the redeemed volume, from the few fields each row needs.
import type { ActivityDayVolume, ActivityStatusTotal } from '../../../shared/activity-summary';
import { isDecimalString, sumAmounts } from '../../../shared/money';
import { orchestrationStatusMeaning } from '../../../shared/paxos/status-meanings';

const NOT_MOVED = new Set(['failed', 'rejected']);

/** What the totals read of an orchestration. */
export interface TotalsRow {
  status?: string;
  amount?: string;
  asset?: string;
  createdAt?: string;
}

/** At most this many days in the chart: the most recent ones. */
export const MAX_CHART_DAYS = 400;

function localDay(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

function push<K>(map: Map<K, string[]>, key: K, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function activityTotals(rows: readonly TotalsRow[]): {
  count: number;
  byStatus: ActivityStatusTotal[];
  days: ActivityDayVolume[];
} {
  const byStatus = new Map<string, string[]>();
  const counts = new Map<string, number>();
  const byDay = new Map<string, string[]>();
  for (const row of rows) {
    const status = (row.status ?? 'UNKNOWN').toUpperCase();
    counts.set(status, (counts.get(status) ?? 0) + 1);
    if (!byStatus.has(status)) byStatus.set(status, []);
    // An amount Paxos sent in a shape the app cannot read is counted, never summed as zero silently:
    // it is simply left out of the USD figure (the row still shows it as sent).
    if (!row.amount || !isDecimalString(row.amount)) continue;
    push(byStatus, status, row.amount);
    const day = localDay(row.createdAt);
    // The chart is what moved: a failed or rejected one moved nothing (counted in its status).
    if (day && !NOT_MOVED.has(orchestrationStatusMeaning(status).outcome))
      push(byDay, `${day}|${(row.asset ?? '?').toUpperCase()}`, row.amount);
  }
  const statusTotals = [...byStatus].map(([status, amounts]) => ({
    status,
    count: counts.get(status) ?? 0,
    usd: sumAmounts(amounts),
  }));
  statusTotals.sort((a, b) => b.count - a.count || a.status.localeCompare(b.status));
  const days = [...byDay]
    .map(([key, amounts]) => {
      const [day = '', asset = ''] = key.split('|');
      return { day, asset, amount: sumAmounts(amounts) };
    })
    .sort((a, b) => a.day.localeCompare(b.day) || a.asset.localeCompare(b.asset));
  const distinctDays = [...new Set(days.map((d) => d.day))];
  const firstKept = distinctDays[Math.max(0, distinctDays.length - MAX_CHART_DAYS)] ?? '';
  return {
    count: rows.length,
    byStatus: statusTotals,
    days: days.filter((d) => d.day >= firstKept),
  };
}
