// The account's name in this desk. It is a local label: renaming tells Paxos nothing, so an
// approved account stays approved, and past wires keep the name they were sent under.
import { useState, type FormEvent } from 'react';
import type { FiatAccountView } from '../../../../shared/views';
import { call } from '../../bridge/treasury';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/Field';
import { fieldErrorsOf } from '../../errors/field-errors';
import { useBridgeAction } from '../../hooks/useBridgeAction';

export function RenameBankAccount({ account }: { account: FiatAccountView }) {
  const [editing, setEditing] = useState(false);
  const [label, setLabel] = useState(account.label);
  const rename = useBridgeAction((next: string) =>
    call('renameBankAccount', { id: account.id, label: next }),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await rename.run(label)) setEditing(false);
  };

  if (!editing) {
    return (
      <button
        type="button"
        className="button--small"
        onClick={() => {
          setLabel(account.label);
          rename.clearError();
          setEditing(true);
        }}
      >
        Rename…
      </button>
    );
  }
  return (
    <form
      className="form form--inline"
      onSubmit={(e) => void submit(e)}
      aria-label="Rename bank account"
      noValidate
    >
      <TextField
        path="label"
        label="Name in Treasury Desk"
        value={label}
        onChange={setLabel}
        error={fieldErrorsOf(rename.error).label}
        maxLength={100}
        hint="Only this desk sees it: Paxos is not told, the account stays approved, and past wires keep their name."
      />
      {rename.error && !fieldErrorsOf(rename.error).label ? (
        <ErrorNotice error={rename.error} />
      ) : null}
      <div className="form__actions">
        <button type="button" onClick={() => setEditing(false)} disabled={rename.pending}>
          Cancel
        </button>
        <button type="submit" className="button--primary" disabled={rename.pending}>
          {rename.pending ? 'Saving…' : 'Save name'}
        </button>
      </div>
    </form>
  );
}
