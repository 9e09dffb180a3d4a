// Changing an existing account: only what Paxos lets us change (names, addresses, bank name and
// label). Saving sends the account back to Paxos review, which the form says before saving.
import { useState, type FormEvent } from 'react';
import type { FiatAccountView, IntentView } from '../../../../shared/views';
import { call } from '../../bridge/treasury';
import { ErrorNotice } from '../../components/ErrorNotice';
import { focusFirstError } from '../../components/focus-first-error';
import { fieldErrorsOf, withoutPathPrefix, type FieldErrors } from '../../errors/field-errors';
import { useBridgeAction } from '../../hooks/useBridgeAction';
import { toUpdateChanges, type BankAccountDraft } from '../../model/bank-account-draft';
import { draftFromFiatAccount } from '../../model/bank-account-from-details';
import { validateBankAccountChanges } from '../../model/bank-account-validation';
import { useDraft } from '../../store/draft-store';
import { BankAccountFields } from './BankAccountFields';

interface EditBankAccountFormProps {
  account: FiatAccountView;
  details: Record<string, unknown>;
  onDone: (intent: IntentView) => void;
  onCancel: () => void;
}

export function EditBankAccountForm({ account, details, onDone, onCancel }: EditBankAccountFormProps) {
  const [draft, setDraft, resetDraft] = useDraft<BankAccountDraft>(`bank-account.edit.${account.id}`, () => draftFromFiatAccount(details, account));
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const save = useBridgeAction(() => call('updateFiatAccount', { id: account.id, changes: toUpdateChanges(draft) }));
  const errors = { ...withoutPathPrefix(fieldErrorsOf(save.error), 'changes.'), ...clientErrors };
  const update = (patch: Partial<BankAccountDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const problems = validateBankAccountChanges(draft);
    setClientErrors(problems);
    if (Object.keys(problems).length > 0) return focusFirstError(form);
    const intent = await save.run();
    if (!intent) return focusFirstError(form);
    resetDraft();
    onDone(intent);
  };

  const cancel = () => {
    resetDraft();
    onCancel();
  };

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} aria-label="Edit bank account" noValidate>
      <h2>Edit {account.label}</h2>
      <p className="warning-box" role="note" data-testid="edit-review-notice">
        Saving sends the changes to Paxos and the account <strong>goes back to review</strong> (PENDING). Until Paxos approves it again,
        no redemption can be wired to it.
      </p>
      {save.error ? <ErrorNotice error={save.error} /> : null}
      <BankAccountFields draft={draft} update={update} errors={errors} editing />
      <div className="form__actions">
        <button type="button" onClick={cancel}>
          Discard changes
        </button>
        <button type="submit" className="button--primary" disabled={save.pending}>
          {save.pending ? 'Sending…' : 'Save and send for review'}
        </button>
      </div>
    </form>
  );
}
