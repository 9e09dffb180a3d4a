// All registered bank accounts with their Paxos status. A row's button opens its detail.
import type { FiatAccountView } from '../../../../shared/views';
import { StatusBadge } from '../../components/StatusBadge';
import { formatShortDateTime } from '../../format/time';
import { routingText } from '../../format/account-text';
import { useAccountOwners } from '../../hooks/useAccountOwners';

interface BankAccountTableProps {
  accounts: FiatAccountView[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function BankAccountTable({ accounts, selectedId, onSelect }: BankAccountTableProps) {
  const ownerOf = useAccountOwners(accounts);
  if (accounts.length === 0)
    return <p className="muted">No bank accounts yet. Add one to start redeeming.</p>;
  return (
    <table className="table table--selectable table--full" aria-label="Bank accounts">
      <thead>
        <tr>
          <th scope="col">Account</th>
          <th scope="col">Owner</th>
          <th scope="col">Bank</th>
          <th scope="col">Routing</th>
          <th scope="col">Status</th>
          <th scope="col">Updated</th>
        </tr>
      </thead>
      <tbody>
        {accounts.map((a) => (
          <tr
            key={a.id}
            aria-selected={a.id === selectedId}
            data-testid="bank-account-row"
            data-account-id={a.id}
            data-status={a.status}
          >
            <td>
              <button type="button" className="button--link" onClick={() => onSelect(a.id)}>
                {a.label} <span className="num">({a.accountNumberMasked})</span>
              </button>
            </td>
            <td data-testid="account-owner">
              {ownerOf(a) ?? (
                <span
                  className="muted"
                  title="Paxos lists accounts without the owner; it is loaded from the full record."
                >
                  loading…
                </span>
              )}
            </td>
            <td>{a.bankName ?? '—'}</td>
            <td className="mono">{routingText(a)}</td>
            <td>
              <StatusBadge status={a.status} kind="bankAccount" />
            </td>
            <td>{formatShortDateTime(a.updatedAt ?? a.createdAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
