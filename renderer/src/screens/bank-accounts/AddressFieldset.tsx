// A postal address as Paxos takes it: country required (picked from the ISO list), every line at most 35 characters of
// letters, digits, spaces and / ? : ( ) . , & ' + - (no #, no accents). The counter shows the
// limit before it is hit.
import { CountryField } from '../../components/CountryField';
import { TextField } from '../../components/Field';
import type { FieldErrors } from '../../errors/field-errors';
import type { AddressDraft } from '../../model/bank-account-draft';

const LINES: { key: keyof AddressDraft; label: string; optional: boolean; hint?: string }[] = [
  {
    key: 'address1',
    label: 'Street address',
    optional: true,
    hint: 'A street address, not a PO box.',
  },
  { key: 'address2', label: 'Address line 2', optional: true },
  { key: 'city', label: 'City', optional: true },
  { key: 'province', label: 'State / province', optional: true },
  { key: 'zip_code', label: 'ZIP / postal code', optional: true },
];

interface AddressFieldsetProps {
  legend: string;
  prefix: string;
  value: AddressDraft;
  onChange: (value: AddressDraft) => void;
  errors: FieldErrors;
}

export function AddressFieldset({ legend, prefix, value, onChange, errors }: AddressFieldsetProps) {
  return (
    <fieldset className="fieldset fieldset--grid">
      <legend>{legend}</legend>
      <CountryField
        path={`${prefix}.country`}
        value={value.country}
        onChange={(country) => onChange({ ...value, country })}
        error={errors[`${prefix}.country`]}
      />
      {LINES.map((line) => (
        <TextField
          key={line.key}
          path={`${prefix}.${line.key}`}
          label={line.label}
          optional={line.optional}
          value={value[line.key]}
          onChange={(text) => onChange({ ...value, [line.key]: text })}
          error={errors[`${prefix}.${line.key}`]}
          hint={
            value[line.key].length > 30 ? `${value[line.key].length} of 35 characters` : line.hint
          }
        />
      ))}
    </fieldset>
  );
}
