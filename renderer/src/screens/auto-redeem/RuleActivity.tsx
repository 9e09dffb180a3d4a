// The latest orchestrations one rule has triggered (redemptions; mints for a USD-wire Convert &
// Hold rule; conversions for a crypto one), each openable in Activity.
import { ErrorNotice } from '../../components/ErrorNotice';
import { Money } from '../../components/Money';
import { Section } from '../../components/Section';
import { StatusBadge } from '../../components/StatusBadge';
import { formatShortDateTime } from '../../format/time';
import { useActivityPage } from '../../hooks/useActivityPage';
import { useNavigation } from '../../store/navigation-store';

export function RuleActivity({
  ruleId,
  mints = false,
  conversions = false,
}: {
  ruleId: string;
  mints?: boolean;
  conversions?: boolean;
}) {
  const { page, error } = useActivityPage({ ruleId }, 20);
  const what = mints
    ? 'Mints by this rule'
    : conversions
      ? 'Conversions by this rule'
      : 'Redemptions by this rule';
  const go = useNavigation((s) => s.go);
  return (
    <Section
      title={`${what}${page ? ` (${page.total})` : ''}`}
      asOf={page?.asOf}
      testId="rule-activity"
    >
      {error ? <ErrorNotice error={error} /> : null}
      {page && page.rows.length === 0 ? (
        <p className="muted">
          {mints
            ? 'No wire quoting this memo has arrived yet.'
            : 'No deposits have arrived for this rule yet.'}
        </p>
      ) : null}
      {page && page.rows.length > 0 ? (
        <ul className="plain-list" aria-label={what}>
          {page.rows.map((o) => (
            <li
              key={o.id}
              className="row-line"
              data-testid="rule-activity-row"
              data-status={o.status}
            >
              <span>{formatShortDateTime(o.createdAt)}</span>
              <Money value={o.sourceAmount} asset={o.sourceAsset} />
              <StatusBadge status={o.status} kind="orchestration" />
              <span className="section__spacer" />
              <button type="button" className="button--small" onClick={() => go('activity', o.id)}>
                Details
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </Section>
  );
}
