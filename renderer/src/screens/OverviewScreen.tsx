import { useAppStore } from '../store/app-store';

export function OverviewScreen() {
  const info = useAppStore((s) => s.info);
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">Overview</h1>
      {info ? (
        <dl className="facts" aria-label="About this app">
          <dt>Application</dt>
          <dd data-testid="app-name">{info.name}</dd>
          <dt>Version</dt>
          <dd data-testid="app-version">{info.version}</dd>
          <dt>Environment</dt>
          <dd data-testid="app-environment">{info.environmentLabel}</dd>
        </dl>
      ) : (
        <p className="muted">Loading…</p>
      )}
    </section>
  );
}
