// The chart's series from main's daily volumes: every day of the range (days without
// redemptions are zero, not skipped, so the axis reads as time), one series per asset.
import type { ActivityDayVolume } from '../../../../shared/activity-summary';

export interface ChartSeries {
  days: string[];
  /** asset → one decimal string per day ('0' when none). */
  byAsset: Map<string, string[]>;
}

const DAY_MS = 86_400_000;

function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

export function chartSeries(volumes: readonly ActivityDayVolume[], maxDays = 400): ChartSeries {
  const first = volumes[0]?.day;
  const last = volumes[volumes.length - 1]?.day;
  const days: string[] = [];
  if (first && last)
    for (let d = first; d <= last && days.length < maxDays; d = dayAfter(d)) days.push(d);
  const index = new Map(days.map((d, i) => [d, i]));
  const byAsset = new Map<string, string[]>();
  for (const v of volumes) {
    const i = index.get(v.day);
    if (i === undefined) continue;
    const series = byAsset.get(v.asset) ?? days.map(() => '0');
    series[i] = v.amount;
    byAsset.set(v.asset, series);
  }
  return { days, byAsset };
}
