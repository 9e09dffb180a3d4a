// Deleting a bank account, after a confirmation that says what it means for redemptions.
import { useState } from 'react';
import type { FiatAccountView, IntentView } from '../../../../shared/views';
import { call } from '../../bridge/treasury';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useBridgeAction } from '../../hooks/useBridgeAction';

export function DeleteBankAccountButton({ account, onDeleted }: { account: FiatAccountView; onDeleted: (intent: IntentView) => void }) {
  const [open, setOpen] = useState(false);
  const remove = useBridgeAction(() => call('deleteFiatAccount', { id: account.id }));
  const confirm = async () => {
    const intent = await remove.run();
    if (!intent) return;
    setOpen(false);
    onDeleted(intent);
  };
  return (
    <>
      <button type="button" className="button--danger" onClick={() => setOpen(true)}>
        Delete…
      </button>
      {open ? (
        <ConfirmDialog
          title={`Delete bank account ${account.label}?`}
          confirmLabel="Delete bank account"
          tone="danger"
          onConfirm={() => void confirm()}
          onCancel={() => {
            remove.clearError();
            setOpen(false);
          }}
          pending={remove.pending}
          error={remove.error}
        >
          <p>
            {account.label} ({account.accountNumberMasked}) will be removed at Paxos. No new redemption can be wired to it, and auto-redeem
            rules that wire to it will stop working. Redemptions already under way are not affected.
          </p>
          <p>To use this account again later, it has to be added and reviewed again.</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
