// The last onboarding step: the passcode that unlocks Treasury Desk after it locks. Main keeps
// only a scrypt hash of it, in the system keychain.
import type { FormEvent } from 'react';
import { call } from '../../bridge/treasury';
import { ErrorNotice } from '../../components/ErrorNotice';
import { NewPasscodeFields, useNewPasscode } from '../../components/NewPasscodeFields';
import { fieldErrorsOf } from '../../errors/field-errors';
import { useBridgeAction } from '../../hooks/useBridgeAction';

async function chooseAndFinish(passcode: string): Promise<void> {
  await call('setPasscode', { passcode });
  await call('completeOnboarding');
}

export function PasscodeStep() {
  const entry = useNewPasscode();
  const save = useBridgeAction(chooseAndFinish);
  const errors = fieldErrorsOf(save.error);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (entry.complete) void save.run(entry.passcode);
  };

  return (
    <section className="card" aria-labelledby="passcode-title">
      <h2 id="passcode-title">Choose a passcode</h2>
      <p>
        Treasury Desk locks itself when you step away. This passcode unlocks it. If you forget it,
        your Paxos credentials reset it.
      </p>
      <form aria-label="Choose a passcode" onSubmit={onSubmit} className="form">
        <NewPasscodeFields entry={entry} path="passcode" label="Passcode" error={errors.passcode} />
        <div className="form__actions">
          <button
            type="submit"
            className="button--primary"
            disabled={save.pending || !entry.complete}
          >
            {save.pending ? 'Saving…' : 'Save passcode and start'}
          </button>
        </div>
        {save.error && !errors.passcode ? <ErrorNotice error={save.error} /> : null}
      </form>
    </section>
  );
}
