// The chart's place on the Activity screen: folded or open (the operator's choice, kept), and
// the chart itself fetched only when first shown (React.lazy + dynamic import), so the first
// screen's bundle carries no charting code. "Show as table" gives the same numbers as a table
// (the canvas has none a screen reader or a copy can take).
import { lazy, Suspense } from 'react';
import type { ActivitySummary } from '../../../../shared/activity-summary';
import { useDraft } from '../../store/draft-store';
import { ChartDataTable } from './ChartDataTable';

const ActivityChart = lazy(() => import('./ActivityChart'));

export function ActivityChartPanel({ summary }: { summary: ActivitySummary | null }) {
  const [open, setOpen] = useDraft<boolean>('activity.chartOpen', () => true);
  const [asTable, setAsTable] = useDraft<boolean>('activity.chartAsTable', () => false);
  const volumes = summary?.days ?? [];
  return (
    <section
      className="chart-panel"
      aria-labelledby="activity-chart-title"
      data-testid="activity-chart"
    >
      <header className="chart-panel__header">
        <h2 id="activity-chart-title">Daily redeemed volume</h2>
        <span className="muted">completed and in progress, per stablecoin; failed excluded</span>
        <span className="section__spacer" />
        {open ? (
          <button
            type="button"
            className="button--small"
            aria-pressed={asTable}
            onClick={() => setAsTable(!asTable)}
          >
            Show as table
          </button>
        ) : null}
        <button
          type="button"
          className="button--small"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Hide chart' : 'Show chart'}
        </button>
      </header>
      {open ? (
        volumes.length === 0 ? (
          <p className="muted chart-panel__empty">
            {summary ? 'Nothing redeemed in this selection.' : 'Loading…'}
          </p>
        ) : (
          <div className="chart-panel__canvas">
            {asTable ? (
              <ChartDataTable volumes={volumes} />
            ) : (
              <Suspense fallback={<p className="muted">Loading chart…</p>}>
                <ActivityChart volumes={volumes} />
              </Suspense>
            )}
          </div>
        )
      ) : null}
    </section>
  );
}
