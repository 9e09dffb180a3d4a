// Who owns the account: a company (institution) or a person, exactly one of the two.
import { TextField } from '../../components/Field';
import type { FieldErrors } from '../../errors/field-errors';
import { paths, type BankAccountDraft } from '../../model/bank-account-draft';

interface OwnerFieldsetProps {
  draft: BankAccountDraft;
  update: (patch: Partial<BankAccountDraft>) => void;
  errors: FieldErrors;
  /** Paxos does not let an existing account change from company to person or back. */
  kindLocked?: boolean;
}

export function OwnerFieldset({ draft, update, errors, kindLocked }: OwnerFieldsetProps) {
  // A problem with the owner as a whole (e.g. from main) is shown at its first name field.
  const ownerError = errors.fiat_account_owner;
  return (
    <fieldset className="fieldset">
      <legend>Account owner</legend>
      <div className="choice-row" role="radiogroup" aria-label="The account belongs to">
        <label className="choice">
          <input
            type="radio"
            name="owner-kind"
            checked={draft.ownerKind === 'institution'}
            disabled={kindLocked}
            onChange={() => update({ ownerKind: 'institution' })}
          />
          A company or institution
        </label>
        <label className="choice">
          <input
            type="radio"
            name="owner-kind"
            checked={draft.ownerKind === 'person'}
            disabled={kindLocked}
            onChange={() => update({ ownerKind: 'person' })}
          />
          A person
        </label>
      </div>
      {draft.ownerKind === 'institution' ? (
        <TextField
          path={paths.institutionName}
          label="Company or institution name"
          value={draft.institutionName}
          onChange={(institutionName) => update({ institutionName })}
          error={errors[paths.institutionName] ?? ownerError}
          hint="Exactly as the bank has it on the account."
        />
      ) : (
        <div className="field-row">
          <TextField
            path={paths.firstName}
            label="First name"
            value={draft.firstName}
            onChange={(firstName) => update({ firstName })}
            error={errors[paths.firstName] ?? ownerError}
          />
          <TextField
            path={paths.lastName}
            label="Last name"
            value={draft.lastName}
            onChange={(lastName) => update({ lastName })}
            error={errors[paths.lastName]}
          />
        </div>
      )}
    </fieldset>
  );
}
