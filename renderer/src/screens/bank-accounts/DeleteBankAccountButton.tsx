// Deleting a bank account, after a confirmation that says what it means for redemptions and
// names every auto-redeem rule that wires to it (those rules stop working).
import type { FiatAccountView, IntentView } from '../../../../shared/views';
import { call } from '../../bridge/treasury';
import { ConfirmedDeleteButton } from '../../components/ConfirmedDeleteButton';
import { useRules } from '../../store/selectors';

export function DeleteBankAccountButton({
  account,
  onDeleted,
}: {
  account: FiatAccountView;
  onDeleted: (intent: IntentView) => void;
}) {
  const rules = useRules().filter(
    (r) => r.fiatAccountId === account.id && r.status.toUpperCase() !== 'DELETED',
  );
  return (
    <ConfirmedDeleteButton
      buttonLabel="Delete…"
      title={`Delete bank account ${account.label}?`}
      confirmLabel="Delete bank account"
      remove={() => call('deleteFiatAccount', { id: account.id })}
      onDeleted={onDeleted}
    >
      <p>
        {account.label} ({account.accountNumberMasked}) will be removed at Paxos. No new redemption
        can be wired to it. Redemptions already under way are not affected.
      </p>
      {rules.length > 0 ? (
        <div className="warning-box" data-testid="delete-account-rules">
          <p>
            {rules.length === 1
              ? 'This auto-redeem rule wires to it and will stop working:'
              : `These ${rules.length} auto-redeem rules wire to it and will stop working:`}
          </p>
          <ul>
            {rules.map((r) => (
              <li key={r.id}>
                {r.nickname || `${r.sourceAsset ?? 'Stablecoin'} rule …${r.id.slice(-6)}`}
              </li>
            ))}
          </ul>
          <p>
            Delete or replace them first, or deposits to their addresses are credited to the profile
            unconverted.
          </p>
        </div>
      ) : (
        <p className="muted">No auto-redeem rule wires to this account.</p>
      )}
      <p>To use this account again later, it has to be added and reviewed again.</p>
    </ConfirmedDeleteButton>
  );
}
