// Daily redeemed volume per asset for the filtered range, as stacked bars (Chart.js). Loaded
// lazily (see ActivityChartPanel) so the first screen does not carry the charting library.
// Bar heights are plotted as floating-point numbers, which is fine for pixels; the tooltip and
// the text summary show the exact decimal strings from main.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'react';
import type { ActivityDayVolume } from '../../../../shared/activity-summary';
import { formatAmount } from '../../../../shared/money';
import { chartSeries } from './chart-data';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const ASSET_COLOURS: Record<string, string> = {
  USDC: '#1f5fbf',
  USDP: '#1c7c3a',
  PYUSD: '#5b3cc4',
  USDG: '#a15c00',
};

export default function ActivityChart({ volumes }: { volumes: readonly ActivityDayVolume[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { days, byAsset } = chartSeries(volumes);
  const key = JSON.stringify(volumes);
  useEffect(() => {
    if (!canvas.current) return;
    const exact = [...byAsset].map(([asset, values]) => ({ asset, values }));
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: days,
        datasets: exact.map(({ asset, values }) => ({
          label: asset,
          data: values.map(Number),
          backgroundColor: ASSET_COLOURS[asset] ?? '#5b6573',
          stack: 'volume',
          maxBarThickness: 40,
        })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { stacked: true, ticks: { maxTicksLimit: 12 } },
          y: { stacked: true, beginAtZero: true },
        },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 12 } },
          tooltip: {
            callbacks: {
              label: (item) =>
                `${item.dataset.label ?? ''}: ${formatAmount(exact[item.datasetIndex]?.values[item.dataIndex] ?? '0')}`,
            },
          },
        },
      },
    });
    return () => chart.destroy();
    // `key` stands for volumes (days and byAsset derive from it): redrawn only when they change.
  }, [key]);
  const assets = [...byAsset.keys()];
  return (
    <canvas
      ref={canvas}
      role="img"
      data-testid="activity-chart-canvas"
      aria-label={`Daily redeemed volume from ${days[0] ?? '—'} to ${days[days.length - 1] ?? '—'}, stacked by ${assets.join(', ') || 'asset'}. The numbers: Show as table.`}
    />
  );
}
