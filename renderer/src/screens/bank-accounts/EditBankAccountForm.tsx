// Changing an existing account: only what Paxos lets us change (names, addresses, bank name and
// label). Saving sends the account back to Paxos review, which the form says before saving.
import type { FiatAccountView, IntentView } from '../../../../shared/views';
import { call } from '../../bridge/treasury';
import { ErrorNotice } from '../../components/ErrorNotice';
import { withoutPathPrefix } from '../../errors/field-errors';
import { useBridgeAction } from '../../hooks/useBridgeAction';
import { toUpdateChanges, type BankAccountDraft } from '../../model/bank-account-draft';
import { draftFromFiatAccount } from '../../model/bank-account-from-details';
import { validateBankAccountChanges } from '../../model/bank-account-validation';
import { useFormController } from '../../hooks/useFormController';
import { BankAccountFields } from './BankAccountFields';

interface EditBankAccountFormProps {
  account: FiatAccountView;
  details: Record<string, unknown>;
  onDone: (intent: IntentView) => void;
  onCancel: () => void;
}

export function EditBankAccountForm({
  account,
  details,
  onDone,
  onCancel,
}: EditBankAccountFormProps) {
  const save = useBridgeAction((draft: BankAccountDraft) =>
    call('updateFiatAccount', { id: account.id, changes: toUpdateChanges(draft) }),
  );
  const form = useFormController<BankAccountDraft>({
    draftKey: `bank-account.edit.${account.id}`,
    initial: () => draftFromFiatAccount(details, account),
    validate: validateBankAccountChanges,
    serverError: save.error,
    mapServerErrors: (errors) => withoutPathPrefix(errors, 'changes.'),
  });
  const { draft, errors, update } = form;
  const resetDraft = form.reset;

  const onSubmit = form.handleSubmit(async (current) => {
    const intent = await save.run(current);
    if (intent) {
      resetDraft();
      onDone(intent);
    }
    return intent;
  });

  const cancel = () => {
    resetDraft();
    onCancel();
  };

  return (
    <form
      className="form"
      {...form.formProps}
      onSubmit={(e) => void onSubmit(e)}
      aria-label="Edit bank account"
    >
      <h2>Edit {account.label}</h2>
      <p className="warning-box" role="note" data-testid="edit-review-notice">
        Saving sends the changes to Paxos and the account <strong>goes back to review</strong>{' '}
        (PENDING). Until Paxos approves it again, no redemption can be wired to it.
      </p>
      {form.bannerError ? <ErrorNotice error={form.bannerError} /> : null}
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
