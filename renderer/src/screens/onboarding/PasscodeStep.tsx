// The last onboarding step: the passcode that unlocks Treasury Desk after it locks. Main keeps
// only a scrypt hash of it, in the system keychain.
import { useState, type FormEvent } from 'react';
import { call } from '../../bridge/treasury';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/Field';
import { fieldErrorsOf } from '../../errors/field-errors';
import { useBridgeAction } from '../../hooks/useBridgeAction';

async function chooseAndFinish(passcode: string): Promise<void> {
  await call('setPasscode', { passcode });
  await call('completeOnboarding');
}

export function PasscodeStep() {
  const [passcode, setPasscode] = useState('');
  const [repeat, setRepeat] = useState('');
  const save = useBridgeAction(chooseAndFinish);
  const errors = fieldErrorsOf(save.error);
  const mismatch =
    repeat !== '' && repeat !== passcode ? 'The two passcodes are not the same.' : undefined;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!mismatch) void save.run(passcode);
  };

  return (
    <section className="card" aria-labelledby="passcode-title">
      <h2 id="passcode-title">Choose a passcode</h2>
      <p>
        Treasury Desk locks itself when you step away. This passcode unlocks it. If you forget it,
        your Paxos credentials reset it.
      </p>
      <form aria-label="Choose a passcode" onSubmit={onSubmit} className="form">
        <TextField
          path="passcode"
          label="Passcode"
          type="password"
          autoComplete="new-password"
          value={passcode}
          onChange={setPasscode}
          error={errors.passcode}
          hint="At least 6 characters."
          maxLength={256}
        />
        <TextField
          path="repeatPasscode"
          label="Passcode again"
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={setRepeat}
          error={mismatch}
          maxLength={256}
        />
        <div className="form__actions">
          <button
            type="submit"
            className="button--primary"
            disabled={save.pending || passcode === '' || repeat === '' || !!mismatch}
          >
            {save.pending ? 'Saving…' : 'Save passcode and start'}
          </button>
        </div>
        {save.error && !errors.passcode ? <ErrorNotice error={save.error} /> : null}
      </form>
    </section>
  );
}
