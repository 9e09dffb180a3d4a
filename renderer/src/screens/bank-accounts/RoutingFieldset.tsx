// The receiving bank (or the intermediary bank): ABA routing number for a US wire, SWIFT/BIC
// for an international one, then the bank's name and address.
import { TextField } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import type { FieldErrors } from '../../errors/field-errors';
import type { RoutingDraft, RoutingType } from '../../model/bank-account-draft';
import { AddressFieldset } from './AddressFieldset';

// Not filled in from the routing number, and said so: Paxos's API has no routing lookup, and no
// maintained ABA directory is published as a package (the Federal Reserve's E-Payments Routing
// Directory is licensed; npm has checksum validators only). A hand-kept list would go stale and
// name the wrong bank with confidence, which is worse than asking.
const ABA_BANK_NAME_HINT =
  'As on the bank letter. Not filled in from the routing number: Paxos offers no bank lookup, and no maintained routing directory is available to the app.';

interface RoutingFieldsetProps {
  legend: string;
  prefix: string;
  value: RoutingDraft;
  onChange: (value: RoutingDraft) => void;
  errors: FieldErrors;
  /** Editing an existing account: routing type and number cannot change at Paxos. */
  routingLocked?: boolean;
}

export function RoutingFieldset({
  legend,
  prefix,
  value,
  onChange,
  errors,
  routingLocked,
}: RoutingFieldsetProps) {
  const swift = value.type === 'SWIFT';
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      <div className="field-row">
        <SelectField
          path={`${prefix}.routing_number_type`}
          label="Routing type"
          value={value.type}
          disabled={routingLocked}
          onChange={(type) => onChange({ ...value, type: type as RoutingType })}
          error={errors[`${prefix}.routing_number_type`]}
          options={[
            { value: 'ABA', label: 'ABA (US domestic wire)' },
            { value: 'SWIFT', label: 'SWIFT / BIC (international wire)' },
          ]}
        />
        <TextField
          path={`${prefix}.routing_number`}
          label={swift ? 'SWIFT / BIC code' : 'ABA routing number'}
          value={value.number}
          disabled={routingLocked}
          // BICs are capital letters; uppercasing keeps what was typed, only in the form Paxos reads.
          onChange={(number) =>
            onChange({ ...value, number: swift ? number.toUpperCase() : number })
          }
          error={errors[`${prefix}.routing_number`]}
          hint={
            swift
              ? '8 or 11 characters, e.g. DEUTDEFF or DEUTDEFF500.'
              : '9 digits, e.g. 021000021.'
          }
        />
      </div>
      <TextField
        path={`${prefix}.bank_name`}
        label="Bank name"
        value={value.bankName}
        onChange={(bankName) => onChange({ ...value, bankName })}
        error={errors[`${prefix}.bank_name`]}
        hint={swift ? undefined : ABA_BANK_NAME_HINT}
      />
      <AddressFieldset
        legend="Bank address"
        prefix={`${prefix}.bank_address`}
        value={value.address}
        onChange={(address) => onChange({ ...value, address })}
        errors={errors}
      />
    </fieldset>
  );
}
