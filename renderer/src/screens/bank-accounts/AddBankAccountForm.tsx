// Adding a wire bank account: validated field by field before anything is sent, then handed to
// main as a request. The result is a queued or sent request, not an account: the account
// exists once Paxos has it, and is approved only when Paxos has reviewed it.
import type { IntentView } from '../../../../shared/views';
import { call } from '../../bridge/treasury';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useBridgeAction } from '../../hooks/useBridgeAction';
import {
  emptyBankAccountDraft,
  toCreateInput,
  type BankAccountDraft,
} from '../../model/bank-account-draft';
import { validateNewBankAccount } from '../../model/bank-account-validation';
import { useFormController } from '../../hooks/useFormController';
import { BankAccountFields } from './BankAccountFields';

export function AddBankAccountForm({
  onDone,
  onCancel,
}: {
  onDone: (intent: IntentView) => void;
  onCancel: () => void;
}) {
  const create = useBridgeAction((draft: BankAccountDraft) =>
    call('createFiatAccount', toCreateInput(draft)),
  );
  const form = useFormController<BankAccountDraft>({
    draftKey: 'bank-account.new',
    initial: () => emptyBankAccountDraft(),
    validate: validateNewBankAccount,
    serverError: create.error,
  });
  const { draft, errors, update } = form;

  const onSubmit = form.handleSubmit(async (current) => {
    const intent = await create.run(current);
    if (intent) {
      form.reset();
      onDone(intent);
    }
    return intent;
  });

  const count = Object.keys(errors).length;
  return (
    <form
      className="form"
      {...form.formProps}
      onSubmit={(e) => void onSubmit(e)}
      aria-label="Add bank account"
    >
      <h2>Add a bank account for wires</h2>
      <p className="muted">
        Paxos reviews every new bank account before it can receive wires. Check each detail against
        a bank letter or statement.
      </p>
      {count > 0 && !form.bannerError ? (
        <p className="error-summary" role="alert">
          {count === 1 ? '1 field needs attention.' : `${count} fields need attention.`}
        </p>
      ) : null}
      {form.bannerError ? <ErrorNotice error={form.bannerError} /> : null}
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
