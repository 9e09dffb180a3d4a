// The country of an address, chosen from the ISO 3166 list and sent as its alpha-3 code. Free
// text such as "United States" or "DE" cannot be entered. A stored value that is not in the
// list (an account added elsewhere) is still shown, marked, so editing never silently changes it.
import { COUNTRY_OPTIONS, isIsoCountry } from '../model/countries';
import { SelectField } from './SelectField';

interface CountryFieldProps {
  path: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

export function CountryField({ path, value, onChange, error }: CountryFieldProps) {
  const unknown =
    value && !isIsoCountry(value)
      ? [{ value, label: `${value} (not an ISO country code: choose one)` }]
      : [];
  return (
    <SelectField
      path={path}
      label="Country"
      value={value}
      onChange={onChange}
      error={error}
      placeholder="Choose a country…"
      options={[...unknown, ...COUNTRY_OPTIONS]}
    />
  );
}
