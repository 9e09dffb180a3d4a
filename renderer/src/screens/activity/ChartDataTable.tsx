// The chart's data as a table: the same daily volumes, exact decimal strings from main, for a
// screen reader and for anyone who wants the numbers (a canvas has none to read or copy). Only
// days with redemptions are listed; the chart draws the empty days as zero.
import type { ActivityDayVolume } from '../../../../shared/activity-summary';
import { formatAmount } from '../../../../shared/money';
import { chartSeries } from './chart-data';

export function ChartDataTable({ volumes }: { volumes: readonly ActivityDayVolume[] }) {
  const { days, byAsset } = chartSeries(volumes);
  const assets = [...byAsset.keys()];
  const rows = days
    .map((day, i) => ({ day, values: assets.map((a) => byAsset.get(a)?.[i] ?? '0') }))
    .filter((r) => r.values.some((v) => Number(v) !== 0));
  return (
    <table className="table chart-panel__table" data-testid="activity-chart-table">
      <caption className="visually-hidden">Daily redeemed volume per stablecoin</caption>
      <thead>
        <tr>
          <th scope="col">Day</th>
          {assets.map((asset) => (
            <th scope="col" className="num" key={asset}>
              {asset}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.day}>
            <th scope="row">{r.day}</th>
            {r.values.map((v, i) => (
              <td className="num" key={assets[i]}>
                {formatAmount(v)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
