import { useEffect } from 'react';
import { Shell } from './app/Shell';
import { useAppStore } from './store/app-store';

export function App() {
  const { state, info, loadError, connect } = useAppStore();

  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    let cancelled = false;
    void connect().then((off) => {
      // StrictMode mounts twice: drop the subscription of an effect already cleaned up.
      if (cancelled) off();
      else unsubscribe = off;
    });
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
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
  return <Shell state={state} info={info} />;
}
