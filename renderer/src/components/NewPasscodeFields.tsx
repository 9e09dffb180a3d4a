// Choosing a passcode: typed twice, the second must match before anything is sent. Used where
// onboarding sets the first passcode and where a forgotten one is reset. Main checks the rules
// (length); the two fields only make sure the operator typed what they meant.
import { useState } from 'react';
import { TextField } from './Field';

interface NewPasscodeEntry {
  passcode: string;
  setPasscode: (value: string) => void;
  repeat: string;
  setRepeat: (value: string) => void;
  /** Said under the second field once it is typed and differs. */
  mismatch: string | undefined;
  /** Both typed and the same: the form may be sent. */
  complete: boolean;
}

export function useNewPasscode(): NewPasscodeEntry {
  const [passcode, setPasscode] = useState('');
  const [repeat, setRepeat] = useState('');
  const mismatch =
    repeat !== '' && repeat !== passcode ? 'The two passcodes are not the same.' : undefined;
  const complete = passcode !== '' && repeat !== '' && !mismatch;
  return { passcode, setPasscode, repeat, setRepeat, mismatch, complete };
}

interface NewPasscodeFieldsProps {
  entry: NewPasscodeEntry;
  /** The operation's field name, so main's error about it lands under the first field. */
  path: string;
  /** "Passcode" or "New passcode"; the second field is "… again". */
  label: string;
  error: string | undefined;
}

export function NewPasscodeFields({ entry, path, label, error }: NewPasscodeFieldsProps) {
  return (
    <>
      <TextField
        path={path}
        label={label}
        type="password"
        autoComplete="new-password"
        value={entry.passcode}
        onChange={entry.setPasscode}
        error={error}
        hint="At least 6 characters."
        maxLength={256}
      />
      <TextField
        path="repeatPasscode"
        label={`${label} again`}
        type="password"
        autoComplete="new-password"
        value={entry.repeat}
        onChange={entry.setRepeat}
        error={entry.mismatch}
        maxLength={256}
      />
    </>
  );
}
