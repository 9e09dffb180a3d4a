// A labelled form field with its hint and its error right below it. The control gets the ids
// it needs (aria-describedby, aria-invalid) from `fieldA11y`, so screen readers read the error
// with the field, and every input has a visible label.
import type { ReactNode } from 'react';

export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export function fieldA11y(id: string, error?: string, hint?: string) {
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null]
    .filter(Boolean)
    .join(' ');
  return {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
  } as const;
}

interface FieldProps {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  children: ReactNode;
  optional?: boolean;
  /** Announce the error as it appears and changes (a field checked while it is typed in). */
  liveError?: boolean;
}

export function Field({ id, label, error, hint, children, optional, liveError }: FieldProps) {
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {optional ? <span className="muted"> (optional)</span> : null}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error" role={liveError ? 'alert' : undefined}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

interface TextFieldProps {
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  optional?: boolean;
  type?: 'text' | 'password' | 'number';
  autoComplete?: string;
  maxLength?: number;
  disabled?: boolean;
}

/** The common case: a one-line text input named by its request path. */
export function TextField({
  path,
  label,
  value,
  onChange,
  error,
  hint,
  optional,
  type = 'text',
  autoComplete = 'off',
  maxLength,
  disabled,
}: TextFieldProps) {
  const id = fieldId(path);
  return (
    <Field id={id} label={label} error={error} hint={hint} optional={optional}>
      <input
        {...fieldA11y(id, error, hint)}
        name={path}
        type={type}
        value={value}
        autoComplete={autoComplete}
        spellCheck={false}
        maxLength={maxLength}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}
