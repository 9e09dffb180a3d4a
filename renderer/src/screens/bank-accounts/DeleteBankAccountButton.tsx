// Deleting a bank account, after a confirmation that says what it means for redemptions.
import type { FiatAccountView, IntentView } from '../../../../shared/views';
import { call } from '../../bridge/treasury';
import { ConfirmedDeleteButton } from '../../components/ConfirmedDeleteButton';

export function DeleteBankAccountButton({ account, onDeleted }: { account: FiatAccountView; onDeleted: (intent: IntentView) => void }) {
  return (
    <ConfirmedDeleteButton
      buttonLabel="Delete…"
      title={`Delete bank account ${account.label}?`}
      confirmLabel="Delete bank account"
      remove={() => call('deleteFiatAccount', { id: account.id })}
      onDeleted={onDeleted}
    >
      <p>
        {account.label} ({account.accountNumberMasked}) will be removed at Paxos. No new redemption can be wired to it, and auto-redeem
        rules that wire to it will stop working. Redemptions already under way are not affected.
      </p>
      <p>To use this account again later, it has to be added and reviewed again.</p>
    </ConfirmedDeleteButton>
  );
}
