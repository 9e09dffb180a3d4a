// The strip above the table: how many redemptions the filters select and their USD by status
// (at par: stablecoins redeem 1:1), for the whole filtered set, not just the rows on screen.
import type { ActivitySummary } from '../../../../shared/activity-summary';
import { statusTone } from '../../model/status-tone';
import { countText } from '../../format/count';
import { labelFor } from '../../format/labels';
import { formatUsd } from '../../format/usd';

export function ActivityTotals({ summary }: { summary: ActivitySummary | null }) {
  if (!summary)
    return (
      <p className="totals muted" data-testid="activity-totals">
        Counting…
      </p>
    );
  return (
    <dl className="totals" data-testid="activity-totals" aria-label="Totals for these filters">
      <div className="totals__item">
        <dt>Redemptions</dt>
        <dd data-testid="totals-count">{countText(summary.count, 'redemption', 'redemptions')}</dd>
      </div>
      {summary.byStatus.map((s) => (
        <div
          key={s.status}
          className={`totals__item totals__item--${statusTone(s.status)}`}
          data-status={s.status}
        >
          <dt title={s.status}>{labelFor('orchestration-status', s.status)}</dt>
          <dd>
            <span className="num">{formatUsd(s.usd)}</span>{' '}
            <span className="muted">({s.count.toLocaleString()})</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
