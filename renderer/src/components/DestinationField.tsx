// The bank account to wire to: only APPROVED accounts can be chosen. The others are listed
// under the field with the reason, so the operator is not left wondering where one went.
import type { FiatAccountView } from '../../../shared/views';
import { SelectField } from './SelectField';
import { bankAccountStatusLabel } from '../format/labels';
import { isApproved, useFiatAccounts } from '../store/selectors';
import { accountChoiceLabel } from '../format/account-text';

function whyNot(account: FiatAccountView): string {
  const status = account.status.toUpperCase();
  if (status === 'PENDING') return 'waiting for Paxos to approve it';
  if (status === 'REJECTED') return 'rejected by Paxos; add it again with corrected details';
  return bankAccountStatusLabel(account.status).text.toLowerCase();
}

interface DestinationFieldProps {
  path?: string;
  value: string;
  onChange: (id: string) => void;
  error?: string;
}

export function DestinationField({
  path = 'fiatAccountId',
  value,
  onChange,
  error,
}: DestinationFieldProps) {
  const accounts = useFiatAccounts();
  const approved = accounts.filter(isApproved);
  const others = accounts.filter((a) => !isApproved(a));
  return (
    <>
      <SelectField
        path={path}
        label="Destination bank account"
        value={value}
        onChange={onChange}
        error={error}
        placeholder={
          approved.length > 0 ? 'Choose an approved account…' : 'No approved bank account yet'
        }
        // Two accounts that read the same are told apart (routing, date, id): never two identical entries.
        options={approved.map((a) => ({ value: a.id, label: accountChoiceLabel(a, approved) }))}
        hint="Only bank accounts Paxos has approved can receive wires."
      />
      {others.length > 0 ? (
        <ul
          className="field__hint plain-list"
          aria-label="Bank accounts that cannot receive wires yet"
        >
          {others.map((a) => (
            <li key={a.id}>
              Not available: {a.label} ({a.accountNumberMasked}) — {whyNot(a)}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
