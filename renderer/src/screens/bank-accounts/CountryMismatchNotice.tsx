// An IBAN and a receiving bank's SWIFT/BIC that name different countries. Real accounts do this
// (a bank serving a neighbouring country's accounts under one BIC), so it is not refused; but a
// typo in either is the usual cause, so it is said in place and must be ticked before sending.
// Main names it again in its own dialog, with its own box, from the body it will send.
import {
  ibanBicMismatch,
  mismatchKey,
  type CountryMismatch,
} from '../../../../shared/bank-account-number';
import { fieldA11y, fieldId } from '../../components/Field';
import { countryName } from '../../model/countries';
import { paths, type BankAccountDraft } from '../../model/bank-account-draft';

interface CountryMismatchNoticeProps {
  draft: BankAccountDraft;
  update: (patch: Partial<BankAccountDraft>) => void;
  error?: string;
}

const words = (m: CountryMismatch) =>
  `The IBAN is for ${countryName(m.iban)} (${m.iban}), but the bank’s SWIFT/BIC is in ${countryName(m.bic)} (${m.bic}).`;

export function CountryMismatchNotice({ draft, update, error }: CountryMismatchNoticeProps) {
  const mismatch = ibanBicMismatch(draft.accountNumber, draft.routing.type, draft.routing.number);
  if (!mismatch) return null;
  const key = mismatchKey(mismatch);
  const id = fieldId(paths.countriesAcknowledged);
  return (
    <div
      className={`warning-box${error ? ' field--invalid' : ''}`}
      data-testid="country-mismatch"
      role="group"
      aria-labelledby={`${id}-words`}
    >
      <p id={`${id}-words`}>
        <strong>Countries differ.</strong> {words(mismatch)} A typo in either sends the wire to the
        wrong place or has it returned.
      </p>
      <label className="choice">
        <input
          type="checkbox"
          {...fieldA11y(id, error)}
          checked={draft.countriesAcknowledged === key}
          onChange={(e) => update({ countriesAcknowledged: e.target.checked ? key : '' })}
        />
        I checked with the account owner that this IBAN and this bank go together
      </label>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
