import { useEffect } from 'react';
import { ConnectionIndicator } from './components/ConnectionIndicator';
import { EnvironmentBanner } from './components/EnvironmentBanner';
import { NavBar } from './components/NavBar';
import { ScreenOutlet } from './screens/ScreenOutlet';
import { useAppStore } from './store/app-store';

export function App() {
  const { state, info, loadError, connect } = useAppStore();

  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    void connect().then((off) => (unsubscribe = off));
    return () => unsubscribe?.();
  }, [connect]);

  if (loadError) {
    return (
      <main className="fatal" role="alert">
        <h1>Treasury Desk could not start</h1>
        <p>{loadError}</p>
      </main>
    );
  }
  if (!state) return <main className="loading">Starting Treasury Desk…</main>;

  return (
    <div className={`shell shell--${state.environment}`}>
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <EnvironmentBanner environment={state.environment} />
      <div className="shell__body">
        <NavBar />
        <main id="content" className="shell__content" tabIndex={-1}>
          <ScreenOutlet />
        </main>
      </div>
      <footer className="statusbar">
        <ConnectionIndicator connection={state.connection} />
        <span className="statusbar__spacer" />
        {info ? <span className="muted">{`${info.name} ${info.version}`}</span> : null}
      </footer>
    </div>
  );
}
