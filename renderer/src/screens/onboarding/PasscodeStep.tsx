// The last onboarding step: the passcode that unlocks Treasury Desk after it locks. Main keeps
// only a scrypt hash of it, in the system keychain. Back returns to the first choice (Demo or
// Paxos), which can be made again; nothing is finished until the passcode is saved.
import { useRef, type FormEvent } from 'react';
import { call } from '../../bridge/treasury';
import { ErrorNotice } from '../../components/ErrorNotice';
import { focusFirstError } from '../../components/focus-first-error';
import { NewPasscodeFields, useNewPasscode } from '../../components/NewPasscodeFields';
import { fieldErrorsOf } from '../../errors/field-errors';
import { useBridgeAction } from '../../hooks/useBridgeAction';

async function chooseAndFinish(passcode: string): Promise<void> {
  await call('setPasscode', { passcode });
  await call('completeOnboarding');
}

export function PasscodeStep({ onBack }: { onBack: () => void }) {
  const entry = useNewPasscode();
  const save = useBridgeAction(chooseAndFinish);
  const errors = fieldErrorsOf(save.error);
  const form = useRef<HTMLFormElement>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (entry.attempt()) void save.run(entry.passcode);
    else focusFirstError(form.current);
  };

  return (
    <section className="card" aria-labelledby="passcode-title">
      <h2 id="passcode-title">Choose a passcode</h2>
      <p>
        Treasury Desk locks itself when you step away. This passcode unlocks it. If you forget it,
        your Paxos credentials reset it.
      </p>
      <form
        aria-label="Choose a passcode"
        onSubmit={onSubmit}
        className="form"
        noValidate
        ref={form}
      >
        <NewPasscodeFields entry={entry} path="passcode" label="Passcode" error={errors.passcode} />
        <div className="form__actions">
          <button type="button" onClick={onBack} disabled={save.pending}>
            Back
          </button>
          <button type="submit" className="button--primary" disabled={save.pending}>
            {save.pending ? 'Saving…' : 'Save passcode and start'}
          </button>
        </div>
        {save.error && !errors.passcode ? <ErrorNotice error={save.error} /> : null}
      </form>
    </section>
  );
}
