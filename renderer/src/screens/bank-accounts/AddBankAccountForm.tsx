// Adding a wire bank account: validated field by field before anything is sent, then handed to
// main as a request. The result is a queued or sent request, not an account: the account
// exists once Paxos has it, and is approved only when Paxos has reviewed it.
import { useState, type FormEvent } from 'react';
import type { IntentView } from '../../../../shared/views';
import { call } from '../../bridge/treasury';
import { ErrorNotice } from '../../components/ErrorNotice';
import { fieldErrorsOf, type FieldErrors } from '../../errors/field-errors';
import { useBridgeAction } from '../../hooks/useBridgeAction';
import { emptyBankAccountDraft, toCreateInput, type BankAccountDraft } from '../../model/bank-account-draft';
import { validateNewBankAccount } from '../../model/bank-account-validation';
import { useDraft } from '../../store/draft-store';
import { BankAccountFields } from './BankAccountFields';
import { focusFirstError } from '../../components/focus-first-error';

export function AddBankAccountForm({ onDone, onCancel }: { onDone: (intent: IntentView) => void; onCancel: () => void }) {
  const [draft, setDraft, resetDraft] = useDraft<BankAccountDraft>('bank-account.new', () => emptyBankAccountDraft());
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const create = useBridgeAction(() => call('createFiatAccount', toCreateInput(draft)));
  const errors = { ...fieldErrorsOf(create.error), ...clientErrors };

  const update = (patch: Partial<BankAccountDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const problems = validateNewBankAccount(draft);
    setClientErrors(problems);
    if (Object.keys(problems).length > 0) return focusFirstError(form);
    const intent = await create.run();
    if (!intent) return focusFirstError(form);
    resetDraft();
    onDone(intent);
  };

  const count = Object.keys(errors).length;
  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} aria-label="Add bank account" noValidate>
      <h2>Add a bank account for wires</h2>
      <p className="muted">
        Paxos reviews every new bank account before it can receive wires. Check each detail against a bank letter or statement.
      </p>
      {count > 0 && !create.error ? (
        <p className="error-summary" role="alert">
          {count === 1 ? '1 field needs attention.' : `${count} fields need attention.`}
        </p>
      ) : null}
      {create.error ? <ErrorNotice error={create.error} /> : null}
      <BankAccountFields draft={draft} update={update} errors={errors} />
      <div className="form__actions">
        <button type="button" onClick={onCancel}>
          Back to list
        </button>
        <button type="submit" className="button--primary" disabled={create.pending}>
          {create.pending ? 'Sending…' : 'Send for review'}
        </button>
      </div>
    </form>
  );
}
