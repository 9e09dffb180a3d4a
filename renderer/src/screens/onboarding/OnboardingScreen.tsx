// First start: try the app on the built-in simulator, or connect it to Paxos, then choose the
// passcode that unlocks the app. Nothing else is reachable until all of it is done.
import { useState } from 'react';
import { call } from '../../bridge/treasury';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useBridgeAction } from '../../hooks/useBridgeAction';
import { ConnectPaxosForm } from '../../components/credentials/ConnectPaxosForm';
import type { RemoteEnvironment } from '../../components/credentials/EnvironmentChoice';
import { useAppStore } from '../../store/app-store';
import { PasscodeStep } from './PasscodeStep';

export function OnboardingScreen() {
  const [mode, setMode] = useState<'choose' | 'connect' | 'passcode'>('choose');
  const passcodeSet = useAppStore((s) => s.state?.lock.passcodeSet ?? false);
  const start = useBridgeAction(async (environment: 'demo' | RemoteEnvironment) => {
    await call('switchEnvironment', { environment });
    // A passcode chosen earlier (onboarding again after a reset) still unlocks: no new one.
    if (passcodeSet) await call('completeOnboarding');
    else setMode('passcode');
  });

  return (
    <main id="content" className="onboarding" aria-labelledby="screen-title">
      <h1 id="screen-title">Welcome to Treasury Desk</h1>
      <p className="muted">
        Redeem USDC, USDG, PYUSD and USDP to US dollars and wire them to your company’s bank
        accounts through Paxos.
      </p>
      {mode === 'passcode' ? (
        <PasscodeStep onBack={() => setMode('choose')} />
      ) : mode === 'choose' ? (
        <div className="onboarding__choices">
          <section className="card" aria-labelledby="demo-title">
            <h2 id="demo-title">Try it first</h2>
            <p>
              The built-in simulator behaves like the Paxos Sandbox. No credentials needed and no
              real money moves.
            </p>
            <button
              type="button"
              className="button--primary"
              onClick={() => void start.run('demo')}
              disabled={start.pending}
            >
              Explore with the built-in demo
            </button>
          </section>
          <section className="card" aria-labelledby="connect-title">
            <h2 id="connect-title">Use your Paxos account</h2>
            <p>
              Connect with an API client ID and secret from the Paxos Dashboard (Sandbox or
              Production).
            </p>
            <button type="button" onClick={() => setMode('connect')}>
              Connect to Paxos
            </button>
          </section>
        </div>
      ) : (
        <section className="card" aria-labelledby="connect-title">
          <h2 id="connect-title">Connect to Paxos</h2>
          <ConnectPaxosForm
            onSaved={(environment) => start.run(environment).then(() => undefined)}
          />
          <button type="button" className="button--link" onClick={() => setMode('choose')}>
            Back
          </button>
        </section>
      )}
      {start.error ? <ErrorNotice error={start.error} /> : null}
    </main>
  );
}
