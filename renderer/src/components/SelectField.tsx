// A labelled <select> with hint and error, for choices the operator makes from a known list.
import { Field, fieldA11y, fieldId } from './Field';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps {
  path: string;
  label: string;
  value: string;
  options: SelectOption[];
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  /** Shown first with an empty value, so nothing is preselected by accident. */
  placeholder?: string;
  disabled?: boolean;
}

export function SelectField({
  path,
  label,
  value,
  options,
  onChange,
  error,
  hint,
  placeholder,
  disabled,
}: SelectFieldProps) {
  const id = fieldId(path);
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <select
        {...fieldA11y(id, error, hint)}
        name={path}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
