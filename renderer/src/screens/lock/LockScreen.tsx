// Covers the whole window while the app is locked: no balances, accounts or amounts are in the
// page at all (the screens are unmounted and main sends only what this screen needs; drafts
// wait in memory), only the way back in: the passcode, the OS's own check where main offers
// one, or, for a forgotten passcode, the Paxos credentials saved on this computer.
import { useEffect, useState, type FormEvent } from 'react';
import { call } from '../../bridge/treasury';
import { ErrorNotice } from '../../components/ErrorNotice';
import { fieldId, TextField } from '../../components/Field';
import { fieldErrorsOf } from '../../errors/field-errors';
import { useBridgeAction } from '../../hooks/useBridgeAction';
import { useAppStore } from '../../store/app-store';
import { ResetPasscodeForm } from './ResetPasscodeForm';

export function LockScreen() {
  const lock = useAppStore((s) => s.state?.lock);
  const [passcode, setPasscode] = useState('');
  const [resetting, setResetting] = useState(false);
  const unlock = useBridgeAction((input: { passcode: string } | { osAuthentication: true }) =>
    call('unlock', input),
  );
  const needsReset = resetting || lock?.passcodeSet === false;
  // The one thing to do here is type the passcode: the field has focus when the screen appears,
  // and again after a wrong one (the button was disabled while main checked, dropping focus).
  const focusPasscode = () => document.getElementById(fieldId('passcode'))?.focus();
  useEffect(() => {
    if (!needsReset) focusPasscode();
  }, [needsReset]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void unlock.run({ passcode }).then(() => {
      setPasscode('');
      focusPasscode();
    });
  };

  return (
    <main id="content" className="lock-screen" aria-labelledby="lock-title">
      <div className="lock-screen__panel">
        <h1 id="lock-title">Treasury Desk is locked</h1>
        <p className="muted">
          The app locked itself after a period without activity, or on request. Nothing you typed
          was lost.
        </p>
        {needsReset ? (
          <ResetPasscodeForm
            noPasscode={lock?.passcodeSet === false}
            onCancel={lock?.passcodeSet ? () => setResetting(false) : undefined}
          />
        ) : (
          <form aria-label="Unlock" onSubmit={onSubmit} className="lock-screen__form">
            {lock?.osAuthentication ? (
              <button
                type="button"
                className="button--primary"
                onClick={() => void unlock.run({ osAuthentication: true })}
                disabled={unlock.pending}
              >
                Unlock with {lock.osAuthentication}
              </button>
            ) : null}
            <TextField
              path="passcode"
              label="Passcode"
              type="password"
              autoComplete="current-password"
              value={passcode}
              onChange={setPasscode}
              error={fieldErrorsOf(unlock.error).passcode}
              maxLength={256}
            />
            <button
              type="submit"
              className={lock?.osAuthentication ? '' : 'button--primary'}
              disabled={unlock.pending || passcode === ''}
            >
              {unlock.pending ? 'Unlocking…' : 'Unlock'}
            </button>
            {unlock.error && !fieldErrorsOf(unlock.error).passcode ? (
              <ErrorNotice error={unlock.error} />
            ) : null}
            {lock?.retryAt ? (
              <p className="muted" role="status">
                Too many wrong attempts: try again after{' '}
                {new Date(lock.retryAt).toLocaleTimeString()}.
              </p>
            ) : null}
            <button type="button" className="button--link" onClick={() => setResetting(true)}>
              Forgot the passcode?
            </button>
          </form>
        )}
      </div>
    </main>
  );
}
