// Every rule with its status (auto-redeem: a coin on a network wired to a bank; Convert & Hold:
// USD wires quoting its memo minted into a profile, or a coin on a network converted into another
// coin kept in a profile); a row's button opens the rule.
import type { RuleView } from '../../../../shared/views';
import { networkLabel } from '../../format/labels';
import { StatusBadge } from '../../components/StatusBadge';
import { fiatAccountName, profileName } from '../../model/lookups';
import { useFiatAccounts, useProfiles } from '../../store/selectors';

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
  const profiles = useProfiles();
  if (rules.length === 0) return <p className="muted">No rules yet.</p>;
  return (
    <table className="table table--selectable" aria-label="Auto-redeem rules">
      <thead>
        <tr>
          <th scope="col">Rule</th>
          <th scope="col">Receives</th>
          <th scope="col">Goes to</th>
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
            {r.convertsWires ? (
              <>
                <td>USD wires quoting its memo</td>
                <td>
                  {r.destinationAsset ?? '?'} in {profileName(profiles, r.destinationProfileId)}
                </td>
              </>
            ) : (
              <>
                <td>
                  {r.sourceAsset ?? '?'} on{' '}
                  <span title={r.network}>{r.network ? networkLabel(r.network).text : '?'}</span>
                </td>
                <td>
                  {r.holdsDeposits
                    ? `${r.destinationAsset ?? '?'} in ${profileName(profiles, r.destinationProfileId)}`
                    : fiatAccountName(accounts, r.fiatAccountId)}
                </td>
              </>
            )}
            <td>
              <StatusBadge status={r.status} kind="rule" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
