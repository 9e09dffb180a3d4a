// The result of "Test connection": which scopes Paxos granted, and which ones the desk needs but
// did not get, named one by one so the operator can ask for exactly those.
export interface ScopeCheck {
  grantedScopes: string[];
  missingScopes: string[];
}

export function ScopeReport({ result }: { result: ScopeCheck }) {
  const ok = result.missingScopes.length === 0;
  return (
    <div className={ok ? 'success-box' : 'warning-box'} role="status" data-testid="scope-report">
      <p>
        <strong>
          {ok
            ? 'Connection works. All required scopes are granted.'
            : 'Connection works, but some scopes are missing.'}
        </strong>
      </p>
      {!ok ? (
        <>
          <p>
            Missing scopes (the features that need them will fail until they are added in the Paxos
            Dashboard):
          </p>
          <ul aria-label="Missing scopes">
            {result.missingScopes.map((scope) => (
              <li key={scope}>
                <code>{scope}</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <details>
        <summary>Granted scopes ({result.grantedScopes.length})</summary>
        <ul aria-label="Granted scopes">
          {result.grantedScopes.map((scope) => (
            <li key={scope}>
              <code>{scope}</code>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
