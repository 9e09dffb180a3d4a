// One bank account in full: status, owner, bank, addresses and Paxos ids, with Edit and
// Delete. The cached row is shown at once; the full record fills in from main.
import type { FiatAccountView, IntentView } from '../../../../shared/views';
import { ErrorNotice } from '../../components/ErrorNotice';
import { IdWithCopy } from '../../components/IdWithCopy';
import { idNameLabel } from '../../format/labels';
import { formatDateTime } from '../../format/time';
import { addressText } from './address-text';
import { DeleteBankAccountButton } from './DeleteBankAccountButton';
import { useFiatAccountDetail, type FiatAccountDetail } from './useFiatAccountDetail';
import { DetailHeader } from '../../components/DetailHeader';
import { Drawer } from '../../components/Drawer';
import { rejectionReason, routingText } from '../../format/account-text';
import { RenameBankAccount } from './RenameBankAccount';

interface BankAccountDetailProps {
  account: FiatAccountView;
  onEdit: (detail: FiatAccountDetail) => void;
  onDeleted: (intent: IntentView) => void;
  onClose: () => void;
}

const wireOf = (details: Record<string, unknown> | undefined): Record<string, unknown> => {
  const instructions = details?.fiat_network_instructions as Record<string, unknown> | undefined;
  return (instructions?.wire as Record<string, unknown> | undefined) ?? {};
};

export function BankAccountDetail({ account, onEdit, onDeleted, onClose }: BankAccountDetailProps) {
  const { detail, error } = useFiatAccountDetail(account.id);
  const wire = wireOf(detail?.details);
  const routing = (wire.routing_details as Record<string, unknown> | undefined) ?? {};
  const status = account.status.toUpperCase();
  return (
    <Drawer labelledBy="account-detail-title" testId="bank-account-detail" onClose={onClose}>
      <DetailHeader
        titleId="account-detail-title"
        title={account.label}
        status={account.status}
        statusKind="bankAccount"
        closeLabel="Close bank account detail"
        onClose={onClose}
      />
      {status === 'PENDING' ? (
        <p className="muted">
          Paxos is reviewing this account. It can receive wires once approved.
        </p>
      ) : null}
      {status === 'REJECTED' ? (
        <p className="warning-box" data-testid="rejection-reason">
          Paxos rejected this account
          {rejectionReason(detail?.details)
            ? `: ${rejectionReason(detail?.details)}`
            : ' and gave no reason'}
          . Check the details with your bank and add it again.
        </p>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
      <RenameBankAccount key={account.id} account={account} />
      <dl className="facts">
        <dt>Owner</dt>
        {/* Paxos lists accounts without the owner's name; the full record has it. */}
        <dd data-testid="account-owner">{detail?.ownerName || account.ownerName || '…'}</dd>
        <dt>Account number</dt>
        <dd className="tabular">{account.accountNumberMasked}</dd>
        <dt>Bank</dt>
        <dd>{account.bankName ?? '—'}</dd>
        <dt>Routing</dt>
        <dd className="tabular">{routingText(account)}</dd>
        <dt>Owner address</dt>
        <dd>{detail ? addressText(wire.fiat_account_owner_address) : '…'}</dd>
        <dt>Bank address</dt>
        <dd>{detail ? addressText(routing.bank_address) : '…'}</dd>
        <dt>Created</dt>
        <dd>{formatDateTime(account.createdAt)}</dd>
        <dt>Updated</dt>
        <dd>{formatDateTime(account.updatedAt)}</dd>
        <IdWithCopy label="Paxos fiat account id" value={account.id} />
        <IdWithCopy label={idNameLabel('ref_id').text} code="ref_id" value={account.refId} />
      </dl>
      <div className="form__actions">
        <button type="button" onClick={() => detail && onEdit(detail)} disabled={!detail}>
          Edit…
        </button>
        <DeleteBankAccountButton account={account} onDeleted={onDeleted} />
      </div>
    </Drawer>
  );
}
