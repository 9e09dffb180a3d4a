// Every auto-redeem rule with its status; a row's button opens the rule.
import type { RuleView } from '../../../../shared/views';
import { networkLabel } from '../../format/labels';
import { StatusBadge } from '../../components/StatusBadge';
import { fiatAccountName } from '../../model/lookups';
import { useFiatAccounts } from '../../store/selectors';

export function RuleTable({
  rules,
  selectedId,
  onSelect,
}: {
  rules: RuleView[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const accounts = useFiatAccounts();
  if (rules.length === 0) return <p className="muted">No rules yet.</p>;
  return (
    <table className="table table--selectable" aria-label="Auto-redeem rules">
      <thead>
        <tr>
          <th scope="col">Rule</th>
          <th scope="col">Receives</th>
          <th scope="col">Wires to</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {rules.map((r) => (
          <tr
            key={r.id}
            aria-selected={r.id === selectedId}
            data-testid="rule-row"
            data-rule-id={r.id}
            data-status={r.status}
          >
            <td>
              <button type="button" className="button--link" onClick={() => onSelect(r.id)}>
                {r.nickname ?? r.id}
              </button>
            </td>
            <td>
              {r.sourceAsset ?? '?'} on{' '}
              <span title={r.network}>{r.network ? networkLabel(r.network).text : '?'}</span>
            </td>
            <td>{fiatAccountName(accounts, r.fiatAccountId)}</td>
            <td>
              <StatusBadge status={r.status} kind="rule" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
