// The API credentials of the current environment: whether they are set, where they are kept,
// which client they belong to (last characters of the id only), and replace / forget. The
// secret itself never comes back from main.
import { useState } from 'react';
import { call } from '../../bridge/treasury';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Section } from '../../components/Section';
import { useBridgeAction } from '../../hooks/useBridgeAction';
import { useAppStore } from '../../store/app-store';
import { CapabilityList } from '../../components/credentials/CapabilityList';
import { ConnectPaxosForm } from '../../components/credentials/ConnectPaxosForm';
import type { RemoteEnvironment } from '../../components/credentials/EnvironmentChoice';

const storageWords = {
  keychain: 'system keychain',
  session: 'this session only (memory)',
  none: 'not stored',
  'built-in': 'built-in (Demo)',
} as const;

export function CredentialsSection({
  onSavedFor,
}: {
  onSavedFor: (environment: RemoteEnvironment) => void;
}) {
  const environment = useAppStore((s) => s.state?.environment ?? 'demo');
  const credentials = useAppStore((s) => s.state?.credentials);
  const chosen = useAppStore((s) => s.state?.settings.capabilities);
  const choose = useBridgeAction((capabilities: string[]) =>
    call('updateSettings', { capabilities }),
  );
  const [editing, setEditing] = useState(false);
  const [forgetting, setForgetting] = useState(false);
  const remote = environment === 'demo' ? null : environment;
  const forget = useBridgeAction(() =>
    call('forgetCredentials', { environment: remote ?? 'sandbox' }),
  );
  if (!credentials) return null;

  const saved = (target: RemoteEnvironment) => {
    setEditing(false);
    if (target !== environment) onSavedFor(target);
  };

  return (
    <Section title="Credentials" testId="settings-credentials">
      {remote ? (
        <dl className="facts">
          <dt>Configured</dt>
          <dd data-testid="credentials-configured">{credentials.configured ? 'Yes' : 'No'}</dd>
          <dt>Kept in</dt>
          <dd>{storageWords[credentials.storage]}</dd>
          <dt>Client ID</dt>
          <dd className="mono">
            {credentials.clientIdHint ? `…${credentials.clientIdHint}` : '—'}
          </dd>
        </dl>
      ) : (
        <p className="muted">
          The Demo environment uses the built-in simulator and needs no credentials.
        </p>
      )}
      <CapabilityList
        capabilities={credentials.capabilities ?? []}
        {...(remote && chosen
          ? { chosen, onChoose: (next: string[]) => void choose.run(next), pending: choose.pending }
          : {})}
      />
      {choose.error ? (
        <p className="field-error" role="alert">
          {choose.error.message}
        </p>
      ) : null}
      {!credentials.keychainAvailable && credentials.keychainProblem ? (
        <p className="warning-box">Keychain: {credentials.keychainProblem}</p>
      ) : null}
      <div className="form__actions">
        <button type="button" onClick={() => setEditing((v) => !v)} aria-expanded={editing}>
          {remote
            ? credentials.configured
              ? 'Replace credentials…'
              : 'Add credentials…'
            : 'Connect to Paxos…'}
        </button>
        {remote && credentials.configured ? (
          <button
            type="button"
            className="button--danger-outline"
            onClick={() => setForgetting(true)}
          >
            Forget credentials…
          </button>
        ) : null}
      </div>
      {editing ? (
        <ConnectPaxosForm
          initialEnvironment={remote ?? 'sandbox'}
          {...(remote ? { lockedEnvironment: remote } : {})}
          onSaved={saved}
          onCancel={() => setEditing(false)}
          saveLabel="Save credentials"
        />
      ) : null}
      {forgetting && remote ? (
        <ConfirmDialog
          title={`Forget the ${remote === 'production' ? 'Production' : 'Sandbox'} credentials?`}
          confirmLabel="Forget credentials"
          tone="danger"
          onConfirm={() => void forget.run().then((r) => r && setForgetting(false))}
          onCancel={() => setForgetting(false)}
          pending={forget.pending}
          error={forget.error}
        >
          <p>
            They are removed from this computer. Treasury Desk stops syncing with Paxos {remote},
            and queued requests wait until credentials are added again.
          </p>
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}
