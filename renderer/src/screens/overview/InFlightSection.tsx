// Redemptions Paxos is still working on (and those that ended in the last day), with how far
// each has come. A row opens the redemption's detail in Activity.
import { isTerminalOrchestration } from '../../../../shared/paxos/status-meanings';
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

export function InFlightSection() {
  const recent = useAppStore((s) => s.state?.recentOrchestrations);
  const accounts = useFiatAccounts();
  const rules = useRules();
  const go = useNavigation((s) => s.go);
  if (!recent) return null;
  const open = recent.items.filter((o) => !isTerminalOrchestration(o.status)).sort(byNewest);
  const ended = recent.items.filter((o) => isTerminalOrchestration(o.status)).sort(byNewest);
  const rows = [...open, ...ended];
  return (
    <Section
      title={
        open.length > 0
          ? `Redemptions in flight: ${open.length}`
          : 'Redemptions finished in the last 24 hours'
      }
      asOf={recent.asOf}
      testId="in-flight"
    >
      {rows.length === 0 ? <p className="muted">No redemptions in the last 24 hours.</p> : null}
      {rows.length > 0 && open.length === 0 ? <p className="muted">None in flight.</p> : null}
      {rows.length === 0 ? null : (
        <div className="table-scroll">
          <table className="table" aria-label="Recent redemptions">
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
                  <tr key={o.id} data-testid="in-flight-row" data-orchestration-id={o.id}>
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
      )}
    </Section>
  );
}
