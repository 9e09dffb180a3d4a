// Redemptions on Overview, split so each title says what its rows are: "Redemptions in flight"
// lists only those Paxos is still working on (awaiting approval included); "Completed in the
// last 24 hours" only those Paxos reports completed. Failed and rejected ones are not here: they
// lead Overview, under "Needs your attention". A row opens the redemption's detail in Activity.
import type { OrchestrationView } from '../../../../shared/views';
import { Money } from '../../components/Money';
import { Section } from '../../components/Section';
import { StatusBadge } from '../../components/StatusBadge';
import { labelFor } from '../../format/labels';
import { formatShortDateTime } from '../../format/time';
import { fiatAccountName, ruleName } from '../../model/lookups';
import { redemptionTimeline, stepsDone } from '../../model/redemption-timeline';
import { useAppStore } from '../../store/app-store';
import { useNavigation } from '../../store/navigation-store';
import { useFiatAccounts, useRules } from '../../store/selectors';

function byNewest(a: OrchestrationView, b: OrchestrationView): number {
  return (b.createdAt ?? '').localeCompare(a.createdAt ?? '');
}

/** Paxos is still working on it: neither completed, failed nor rejected (the timeline's reading). */
export function inFlightRedemptions(recent: readonly OrchestrationView[]): OrchestrationView[] {
  const moving = new Set(['in_progress', 'awaiting_approval']);
  return recent
    .filter((o) => moving.has(redemptionTimeline({ orchestration: o }).outcome))
    .sort(byNewest);
}

export function completedRedemptions(recent: readonly OrchestrationView[]): OrchestrationView[] {
  return recent
    .filter((o) => redemptionTimeline({ orchestration: o }).outcome === 'completed')
    .sort(byNewest);
}

function RedemptionTable({
  rows,
  label,
  rowTestId,
}: {
  rows: readonly OrchestrationView[];
  label: string;
  rowTestId: string;
}) {
  const accounts = useFiatAccounts();
  const rules = useRules();
  const go = useNavigation((s) => s.go);
  return (
    <div className="table-scroll">
      <table className="table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">Started</th>
            <th scope="col" className="num">
              Amount
            </th>
            <th scope="col">To</th>
            <th scope="col">Source</th>
            <th scope="col">Progress</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => {
            const timeline = redemptionTimeline({ orchestration: o });
            return (
              <tr key={o.id} data-testid={rowTestId} data-orchestration-id={o.id}>
                <td>{o.createdAt ? formatShortDateTime(o.createdAt) : '—'}</td>
                <td className="num">
                  <Money value={o.sourceAmount} asset={o.sourceAsset} />
                </td>
                <td>{fiatAccountName(accounts, o.fiatAccountId, o.createdAt)}</td>
                <td>{ruleName(rules, o.ruleId)}</td>
                <td>
                  <progress
                    max={4}
                    value={stepsDone(timeline)}
                    aria-label={`${stepsDone(timeline)} of 4 steps`}
                  />{' '}
                  {timeline.headline}
                </td>
                <td>
                  <StatusBadge
                    status={o.status}
                    label={labelFor('orchestration-status', o.status)}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="button--small"
                    onClick={() => go('activity', o.id)}
                  >
                    Details
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function InFlightSection() {
  const recent = useAppStore((s) => s.state?.recentOrchestrations);
  if (!recent) return null;
  const open = inFlightRedemptions(recent.items);
  if (open.length === 0) return null;
  return (
    <Section title={`Redemptions in flight: ${open.length}`} asOf={recent.asOf} testId="in-flight">
      <RedemptionTable rows={open} label="Redemptions in flight" rowTestId="in-flight-row" />
    </Section>
  );
}

export function CompletedSection() {
  const recent = useAppStore((s) => s.state?.recentOrchestrations);
  if (!recent) return null;
  const done = completedRedemptions(recent.items);
  if (done.length === 0) return null;
  return (
    <Section
      title={`Completed in the last 24 hours: ${done.length}`}
      asOf={recent.asOf}
      testId="completed"
    >
      <RedemptionTable
        rows={done}
        label="Redemptions completed in the last 24 hours"
        rowTestId="completed-row"
      />
    </Section>
  );
}
