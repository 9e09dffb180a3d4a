// Choosing a passcode: typed twice, the second must match before anything is sent. Used where
// onboarding sets the first passcode and where a forgotten one is reset. Main checks the rules
// (length); the page says them too, in place, so the button is never a silent no: it stays
// enabled, and pressing it with a passcode too short, missing or not repeated says which.
import { useState } from 'react';
import { MIN_NEW_PASSCODE_LENGTH } from '../../../shared/operation-inputs';
import { TextField } from './Field';

interface NewPasscodeEntry {
  passcode: string;
  setPasscode: (value: string) => void;
  repeat: string;
  setRepeat: (value: string) => void;
  /** Said under the first field: too short (once the second is typed, or after a press), or missing. */
  problem: string | undefined;
  /** Said under the second field once it is typed and differs, or after a press while empty. */
  mismatch: string | undefined;
  /** Long enough, typed twice the same: the form may be sent. */
  complete: boolean;
  /** The button was pressed: show every problem now. True when the form may be sent. */
  attempt: () => boolean;
}

export function useNewPasscode(): NewPasscodeEntry {
  const [passcode, setPasscode] = useState('');
  const [repeat, setRepeat] = useState('');
  const [attempted, setAttempted] = useState(false);
  const length = [...passcode].length;
  const short = length < MIN_NEW_PASSCODE_LENGTH;
  let problem: string | undefined;
  if (length === 0 && attempted) {
    problem = `Choose a passcode of at least ${MIN_NEW_PASSCODE_LENGTH} characters.`;
  } else if (length > 0 && short && (attempted || repeat !== '')) {
    problem = `Too short: a passcode needs at least ${MIN_NEW_PASSCODE_LENGTH} characters (this one has ${length}).`;
  }
  let mismatch: string | undefined;
  if (repeat !== '' && repeat !== passcode) mismatch = 'The two passcodes are not the same.';
  else if (repeat === '' && attempted && length > 0) mismatch = 'Type the passcode again.';
  const complete = !short && repeat === passcode;
  return {
    passcode,
    setPasscode,
    repeat,
    setRepeat,
    problem,
    mismatch,
    complete,
    attempt: () => {
      setAttempted(true);
      return complete;
    },
  };
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
        error={entry.problem ?? error}
        hint={`At least ${MIN_NEW_PASSCODE_LENGTH} characters.`}
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
