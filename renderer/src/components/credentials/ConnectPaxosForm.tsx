// Enter, test and save Paxos API credentials. Saving is possible only after a successful test
// of exactly these values. The secret lives in this component's state only: it is never put in
// a draft, never shown again, and cleared as soon as it is saved.
import { useState, type FormEvent } from 'react';
import type { OperationInput } from '../../../../shared/contract';
import { CredentialsInput } from '../../../../shared/operation-inputs';
import { call } from '../../bridge/treasury';
import { ErrorNotice } from '../ErrorNotice';
import { TextField } from '../Field';
import { fieldErrorsFromIssues, fieldErrorsOf, type FieldErrors } from '../../errors/field-errors';
import { useBridgeAction } from '../../hooks/useBridgeAction';
import { useAppStore } from '../../store/app-store';
import { EnvironmentChoice, type RemoteEnvironment } from './EnvironmentChoice';
import { ScopeReport, type ScopeCheck } from './ScopeReport';
import { SessionOnlyOptIn } from './SessionOnlyOptIn';

interface ConnectPaxosFormProps {
  initialEnvironment?: RemoteEnvironment;
  /** Called after the credentials are stored; the caller switches environment if it should. */
  onSaved: (environment: RemoteEnvironment) => Promise<void> | void;
  saveLabel?: string;
  /** Inside an environment: only its credentials can be replaced here, no environment choice. */
  lockedEnvironment?: RemoteEnvironment;
  /** Shows a Cancel button (Settings); onboarding has its own Back. */
  onCancel?: () => void;
}

const environmentNames: Record<RemoteEnvironment, string> = {
  sandbox: 'Paxos Sandbox',
  production: 'Paxos Production',
};

export function ConnectPaxosForm({
  initialEnvironment = 'sandbox',
  onSaved,
  saveLabel = 'Save and connect',
  lockedEnvironment,
  onCancel,
}: ConnectPaxosFormProps) {
  const credentials = useAppStore((s) => s.state?.credentials);
  const [chosen, setEnvironment] = useState<RemoteEnvironment>(
    lockedEnvironment ?? initialEnvironment,
  );
  const environment = lockedEnvironment ?? chosen;
  const errorContext = { credentialsFor: environmentNames[environment] };
  const [clientId, setClientId] = useState('');
  const [clientSecret, setClientSecret] = useState('');
  const [sessionOnly, setSessionOnly] = useState(false);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [tested, setTested] = useState<{ key: string; result: ScopeCheck } | null>(null);
  const test = useBridgeAction((i: OperationInput<'testCredentials'>) =>
    call('testCredentials', i),
  );
  const save = useBridgeAction((i: OperationInput<'saveCredentials'>) =>
    call('saveCredentials', i),
  );

  const keychainAvailable = credentials?.keychainAvailable ?? true;
  const key = `${environment}\n${clientId}\n${clientSecret}`;
  const testPassed = tested?.key === key;
  const input = { environment, clientId, clientSecret };
  const errors = { ...fieldErrorsOf(test.error ?? save.error), ...clientErrors };

  const checkInput = (): boolean => {
    const parsed = CredentialsInput.safeParse(input);
    setClientErrors(parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues));
    return parsed.success;
  };

  const onTest = async () => {
    if (!checkInput()) return;
    const result = await test.run(input);
    if (result) setTested({ key, result });
  };

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    if (!testPassed || !checkInput()) return;
    const status = await save.run({
      ...input,
      storage: keychainAvailable ? 'keychain' : 'session',
    });
    if (!status) return;
    setClientSecret('');
    setTested(null);
    await onSaved(environment);
  };

  return (
    <form className="form" onSubmit={(e) => void onSave(e)} aria-label="Connect to Paxos">
      {lockedEnvironment ? (
        <p data-testid="credentials-environment">
          Credentials for <strong>{environmentNames[lockedEnvironment]}</strong>. To use another
          environment, switch to it first.
        </p>
      ) : (
        <EnvironmentChoice value={environment} onChange={setEnvironment} />
      )}
      <TextField
        path="clientId"
        label="Client ID"
        value={clientId}
        onChange={setClientId}
        error={errors.clientId}
      />
      <TextField
        path="clientSecret"
        label="Client secret"
        type="password"
        autoComplete="new-password"
        value={clientSecret}
        onChange={setClientSecret}
        error={errors.clientSecret}
        hint="Shown once in the Paxos Dashboard when the API client is created. Stored in the system keychain, never displayed again."
      />
      <div className="form__actions">
        <button type="button" onClick={() => void onTest()} disabled={test.pending}>
          {test.pending ? 'Testing…' : 'Test connection'}
        </button>
      </div>
      {test.error ? <ErrorNotice error={test.error} context={errorContext} /> : null}
      {testPassed && tested ? <ScopeReport result={tested.result} /> : null}
      {testPassed && !keychainAvailable ? (
        <SessionOnlyOptIn
          problem={credentials?.keychainProblem}
          checked={sessionOnly}
          onChange={setSessionOnly}
        />
      ) : null}
      {save.error ? <ErrorNotice error={save.error} context={errorContext} /> : null}
      <div className="form__actions">
        <button
          type="submit"
          className="button--primary"
          disabled={!testPassed || save.pending || (!keychainAvailable && !sessionOnly)}
        >
          {save.pending ? 'Saving…' : saveLabel}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
        {!testPassed ? <span className="muted">Test the connection first.</span> : null}
      </div>
    </form>
  );
}
