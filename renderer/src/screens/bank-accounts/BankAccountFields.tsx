// Every field of a wire bank account, in the order the operator finds them on a bank letter:
// owner, account, receiving bank, optional intermediary bank. Used to add and to edit.
import { TextField } from '../../components/Field';
import type { FieldErrors } from '../../errors/field-errors';
import { paths, type BankAccountDraft } from '../../model/bank-account-draft';
import { AddressFieldset } from './AddressFieldset';
import { CountryMismatchNotice } from './CountryMismatchNotice';
import { OwnerFieldset } from './OwnerFieldset';
import { RoutingFieldset } from './RoutingFieldset';

interface BankAccountFieldsProps {
  draft: BankAccountDraft;
  update: (patch: Partial<BankAccountDraft>) => void;
  errors: FieldErrors;
  /** Existing account: the account number, routing number and owner type are fixed. */
  editing?: boolean;
}

export function BankAccountFields({
  draft,
  update,
  errors,
  editing = false,
}: BankAccountFieldsProps) {
  return (
    <>
      {/* An existing account is renamed from its detail (a local label, no new review). */}
      {editing ? null : (
        <TextField
          path={paths.label}
          label="Label"
          optional
          value={draft.label}
          onChange={(label) => update({ label })}
          error={errors[paths.label]}
          hint="A name for this account in Treasury Desk, e.g. Operating."
          maxLength={100}
        />
      )}
      <OwnerFieldset draft={draft} update={update} errors={errors} kindLocked={editing} />
      <fieldset className="fieldset">
        <legend>Account</legend>
        <TextField
          path={paths.accountNumber}
          label="Account number (or IBAN)"
          value={draft.accountNumber}
          disabled={editing}
          onChange={(accountNumber) => update({ accountNumber })}
          error={errors[paths.accountNumber]}
          hint={
            editing
              ? 'The account number cannot be changed; add a new account instead.'
              : 'Letters and digits, up to 34; spaces and dashes are removed. An IBAN’s check digits are verified.'
          }
        />
        {/* Typed twice: a slipped digit is caught here, and main reads the whole number back. */}
        {editing ? null : (
          <TextField
            path={paths.accountNumberRepeat}
            label="Re-enter account number"
            value={draft.accountNumberRepeat ?? ''}
            onChange={(accountNumberRepeat) => update({ accountNumberRepeat })}
            error={errors[paths.accountNumberRepeat]}
            hint="Type it again (or paste it from the bank’s letter): both must match."
          />
        )}
        <AddressFieldset
          legend="Owner address"
          prefix={paths.ownerAddress}
          value={draft.ownerAddress}
          onChange={(ownerAddress) => update({ ownerAddress })}
          errors={errors}
        />
      </fieldset>
      <RoutingFieldset
        legend="Receiving bank"
        prefix={paths.routing}
        value={draft.routing}
        onChange={(routing) => update({ routing })}
        errors={errors}
        routingLocked={editing}
      />
      {editing ? null : (
        <CountryMismatchNotice
          draft={draft}
          update={update}
          error={errors[paths.countriesAcknowledged]}
        />
      )}
      <label className="choice">
        <input
          type="checkbox"
          checked={draft.hasIntermediary}
          disabled={editing}
          onChange={(e) => update({ hasIntermediary: e.target.checked })}
        />
        The wire goes through an intermediary (correspondent) bank
      </label>
      {draft.hasIntermediary ? (
        <RoutingFieldset
          legend="Intermediary bank"
          prefix={paths.intermediary}
          value={draft.intermediary}
          onChange={(intermediary) => update({ intermediary })}
          errors={errors}
          routingLocked={editing}
        />
      ) : null}
    </>
  );
}
