// The Activity totals from the groups of the SQL aggregate (orchestration-totals.ts): the same
// figures activityTotals computes from rows (activity-totals.ts), merged exactly at the edge —
// the limb sums as BigInt, the amounts SQL left alone with decimal.js (sumAmounts).
import type { ActivityDayVolume, ActivityStatusTotal } from '../../../shared/activity-summary';
import { isDecimalString, sumAmounts } from '../../../shared/money';
import { orchestrationStatusMeaning } from '../../../shared/paxos/status-meanings';
import type { TotalsGroup } from '../store/cache/orchestration-totals';
import { MAX_CHART_DAYS } from './activity-totals';

const NOT_MOVED = new Set(['failed', 'rejected']);
const DAY_MS = 86_400_000;

/** An exact sum: 18-decimal fixed point for what SQL summed, plus amounts it left alone. */
interface Sum {
  units: bigint;
  rest: string[];
}

const newSum = (): Sum => ({ units: 0n, rest: [] });

function add(into: Sum, g: TotalsGroup, others: readonly string[]): void {
  if (g.summed > 0)
    into.units +=
      BigInt(g.e9) * 10n ** 27n +
      BigInt(g.e0) * 10n ** 18n +
      BigInt(g.f9) * 10n ** 9n +
      BigInt(g.f18);
  into.rest.push(...others);
}

function text(sum: Sum): string {
  const digits = sum.units.toString().padStart(19, '0');
  const fraction = digits.slice(-18).replace(/0+$/, '');
  const fixed = `${digits.slice(0, -18)}${fraction ? `.${fraction}` : ''}`;
  return sum.rest.length === 0 ? fixed : sumAmounts([fixed, ...sum.rest]);
}

/** A local day: a day number from SQL, or a created_at it handed back. */
function dayOf(day: number | string | null): string | undefined {
  if (typeof day === 'number') return new Date(day * DAY_MS).toISOString().slice(0, 10);
  if (!day) return undefined;
  const at = new Date(day);
  if (Number.isNaN(at.getTime())) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

export function totalsFromGroups(groups: readonly TotalsGroup[]): {
  count: number;
  byStatus: ActivityStatusTotal[];
  days: ActivityDayVolume[];
} {
  const byStatus = new Map<string, { count: number; sum: Sum }>();
  const byDay = new Map<string, Sum>();
  let count = 0;
  for (const g of groups) {
    // An amount Paxos sent in a shape the app cannot read is counted, never summed (as before).
    const others = (JSON.parse(g.others) as unknown[]).filter(isDecimalString);
    const status = (g.status || 'UNKNOWN').toUpperCase();
    const entry = byStatus.get(status) ?? { count: 0, sum: newSum() };
    byStatus.set(status, entry);
    entry.count += g.count;
    count += g.count;
    add(entry.sum, g, others);
    const day = dayOf(g.day);
    if (!day || NOT_MOVED.has(orchestrationStatusMeaning(status).outcome)) continue;
    if (g.summed === 0 && others.length === 0) continue;
    const key = `${day}|${g.asset || '?'}`;
    const sum = byDay.get(key) ?? newSum();
    byDay.set(key, sum);
    add(sum, g, others);
  }
  const statusTotals = [...byStatus].map(([status, { count: n, sum }]) => ({
    status,
    count: n,
    usd: text(sum),
  }));
  statusTotals.sort((a, b) => b.count - a.count || a.status.localeCompare(b.status));
  const days = [...byDay]
    .map(([key, sum]) => {
      const [day = '', asset = ''] = key.split('|');
      return { day, asset, amount: text(sum) };
    })
    .sort((a, b) => a.day.localeCompare(b.day) || a.asset.localeCompare(b.asset));
  const distinctDays = [...new Set(days.map((d) => d.day))];
  const firstKept = distinctDays[Math.max(0, distinctDays.length - MAX_CHART_DAYS)] ?? '';
  return { count, byStatus: statusTotals, days: days.filter((d) => d.day >= firstKept) };
}
