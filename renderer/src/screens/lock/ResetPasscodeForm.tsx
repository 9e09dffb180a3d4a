// Forgot the passcode: the Paxos client ID and secret saved on this computer prove who is
// asking, and a new passcode is chosen. Main checks them against the keychain, never Paxos.
// With no Paxos credentials saved (Demo only), main needs nothing but the new passcode.
import { useRef, useState, type FormEvent } from 'react';
import { call } from '../../bridge/treasury';
import { ErrorNotice } from '../../components/ErrorNotice';
import { focusFirstError } from '../../components/focus-first-error';
import { TextField } from '../../components/Field';
import { NewPasscodeFields, useNewPasscode } from '../../components/NewPasscodeFields';
import { fieldErrorsOf } from '../../errors/field-errors';
import { useBridgeAction } from '../../hooks/useBridgeAction';

interface ResetPasscodeFormProps {
  noPasscode: boolean;
  onCancel: (() => void) | undefined;
}

export function ResetPasscodeForm({ noPasscode, onCancel }: ResetPasscodeFormProps) {
  const [environment, setEnvironment] = useState<'sandbox' | 'production'>('production');
  const [clientId, setClientId] = useState('');
  const [clientSecret, setClientSecret] = useState('');
  const entry = useNewPasscode();
  const reset = useBridgeAction(() =>
    call('resetPasscode', {
      newPasscode: entry.passcode,
      ...(clientId || clientSecret ? { credentials: { environment, clientId, clientSecret } } : {}),
    }),
  );
  const errors = fieldErrorsOf(reset.error);
  const form = useRef<HTMLFormElement>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (entry.attempt()) void reset.run();
    else focusFirstError(form.current);
  };

  return (
    <form
      aria-label="Reset the passcode"
      onSubmit={onSubmit}
      className="lock-screen__form"
      noValidate
      ref={form}
    >
      <p>
        {noPasscode ? 'No passcode is set on this computer. ' : ''}
        Enter the Paxos API client ID and secret saved in Treasury Desk, and choose a new passcode.
        If no Paxos credentials are saved here (Demo only), leave them empty.
      </p>
      <div className="field">
        <label htmlFor="f-reset-environment">Credentials for</label>
        <select
          id="f-reset-environment"
          value={environment}
          onChange={(e) => setEnvironment(e.target.value as 'sandbox' | 'production')}
        >
          <option value="production">Paxos Production</option>
          <option value="sandbox">Paxos Sandbox</option>
        </select>
      </div>
      <TextField
        path="credentials.clientId"
        label="Client ID"
        value={clientId}
        onChange={setClientId}
        error={errors['credentials.clientId']}
        maxLength={200}
        optional
      />
      <TextField
        path="clientSecret"
        label="Client secret"
        type="password"
        value={clientSecret}
        onChange={setClientSecret}
        error={errors.clientSecret}
        maxLength={500}
        optional
      />
      <NewPasscodeFields
        entry={entry}
        path="newPasscode"
        label="New passcode"
        error={errors.newPasscode}
      />
      <button type="submit" className="button--primary" disabled={reset.pending}>
        {reset.pending ? 'Checking…' : 'Reset passcode and unlock'}
      </button>
      {reset.error && !errors.clientSecret && !errors.newPasscode ? (
        <ErrorNotice error={reset.error} />
      ) : null}
      {onCancel ? (
        <button type="button" className="button--link" onClick={onCancel}>
          Back to the passcode
        </button>
      ) : null}
    </form>
  );
}
