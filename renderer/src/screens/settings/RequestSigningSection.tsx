// Request signing of the current credential (Paxos's JWS signing, all or nothing per
// credential). Main makes (or imports) the key and keeps the private half; this page only ever
// sees the public key, its fingerprint and the key ID, shows the public key to register in the
// Paxos Dashboard, and asks main to turn signing on or off, which main confirms in its own
// dialog. Nothing here decides: a compromised page can ask, main still asks the operator.
import { useState } from 'react';
import type { SigningStatus } from '../../../../shared/state';
import { call } from '../../bridge/treasury';
import { CopyButton } from '../../components/CopyButton';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field, fieldA11y, fieldId } from '../../components/Field';
import { Section } from '../../components/Section';
import { useBridgeAction } from '../../hooks/useBridgeAction';

type Remote = 'sandbox' | 'production';
type Algorithm = 'EdDSA' | 'ES256';

const algorithmWords: Record<Algorithm, string> = {
  EdDSA: 'Ed25519 (EdDSA)',
  ES256: 'P-256 (ES256)',
};

const stateWords: Record<SigningStatus['state'], string> = {
  off: 'Off: requests are sent unsigned',
  key_ready: 'Key ready: register it in the Paxos Dashboard, then turn signing on',
  on: 'On: every request of this credential is signed',
};

export function RequestSigningSection({
  environment,
  signing,
}: {
  environment: Remote;
  signing: SigningStatus;
}) {
  const [algorithm, setAlgorithm] = useState<Algorithm>('EdDSA');
  const [importing, setImporting] = useState(false);
  const [pem, setPem] = useState('');
  const [keyId, setKeyId] = useState('');
  const make = useBridgeAction((privateKeyPem?: string) =>
    call('createSigningKey', {
      environment,
      algorithm,
      ...(privateKeyPem === undefined ? {} : { privateKeyPem }),
    }),
  );
  const turnOn = useBridgeAction(() => call('turnOnRequestSigning', { environment, keyId }));
  const turnOff = useBridgeAction(() => call('turnOffRequestSigning', { environment }));
  const error = make.error ?? turnOn.error ?? turnOff.error;
  const algorithmId = fieldId('signing.algorithm');
  const pemId = fieldId('signing.privateKeyPem');
  const keyIdId = fieldId('signing.keyId');

  return (
    <Section title="Request signing" testId="settings-request-signing">
      <p className="muted">
        With request signing, Paxos accepts a request only if it carries a signature made with a key
        you registered, so a leaked client secret alone cannot move money. Paxos Support turns it on
        per credential; once on, every request must be signed.
      </p>
      <dl className="facts">
        <dt>Status</dt>
        <dd data-testid="signing-state">{stateWords[signing.state]}</dd>
        {signing.algorithm ? (
          <>
            <dt>Algorithm</dt>
            <dd>{algorithmWords[signing.algorithm]}</dd>
          </>
        ) : null}
        {signing.fingerprint ? (
          <>
            <dt>Fingerprint</dt>
            <dd className="mono">{signing.fingerprint}</dd>
          </>
        ) : null}
        {signing.keyId ? (
          <>
            <dt>Key ID</dt>
            <dd className="mono">{signing.keyId}</dd>
          </>
        ) : null}
      </dl>
      {signing.publicKeyPem ? (
        <div>
          <p id="signing-public-key-label">
            Public key — in the Paxos Dashboard open <strong>Admin → API</strong>, edit this
            credential, switch on <strong>Request Signing</strong> and add it:
          </p>
          <pre className="mono" aria-labelledby="signing-public-key-label" tabIndex={0}>
            {signing.publicKeyPem}
          </pre>
          <div className="form__actions">
            <CopyButton text={signing.publicKeyPem} what="public key" />
          </div>
        </div>
      ) : null}

      {signing.state === 'off' ? (
        <div className="form">
          <Field id={algorithmId} label="Algorithm">
            <select
              {...fieldA11y(algorithmId)}
              value={algorithm}
              onChange={(e) => setAlgorithm(e.target.value === 'ES256' ? 'ES256' : 'EdDSA')}
            >
              <option value="EdDSA">{algorithmWords.EdDSA}</option>
              <option value="ES256">{algorithmWords.ES256}</option>
            </select>
          </Field>
          <div className="form__actions">
            <button type="button" onClick={() => void make.run()} disabled={make.pending}>
              Make a key pair
            </button>
            <button type="button" onClick={() => setImporting((v) => !v)} aria-expanded={importing}>
              Import a private key…
            </button>
          </div>
          {importing ? (
            <>
              <Field
                id={pemId}
                label="Private key (PEM)"
                hint="Unencrypted Ed25519 or P-256. It is kept in the system keychain and never shown again."
              >
                <textarea
                  {...fieldA11y(pemId, undefined, 'hint')}
                  rows={6}
                  spellCheck={false}
                  autoComplete="off"
                  value={pem}
                  onChange={(e) => setPem(e.target.value)}
                />
              </Field>
              <button
                type="button"
                disabled={make.pending || pem.trim() === ''}
                onClick={() =>
                  void make.run(pem).then((result) => {
                    if (!result) return;
                    setPem(''); // the private key is main's now: not kept in the page
                    setImporting(false);
                  })
                }
              >
                Import key
              </button>
            </>
          ) : null}
        </div>
      ) : null}

      {signing.state === 'key_ready' ? (
        <div className="form">
          <Field
            id={keyIdId}
            label="Key ID from the Paxos Dashboard"
            hint="Shown next to the public key once Paxos has it."
          >
            <input
              {...fieldA11y(keyIdId, undefined, 'hint')}
              className="mono"
              autoComplete="off"
              spellCheck={false}
              value={keyId}
              onChange={(e) => setKeyId(e.target.value)}
            />
          </Field>
          <div className="form__actions">
            <button
              type="button"
              disabled={turnOn.pending || keyId.trim() === ''}
              onClick={() => void turnOn.run()}
            >
              Turn signing on…
            </button>
            <button
              type="button"
              className="button--danger-outline"
              disabled={turnOff.pending}
              onClick={() => void turnOff.run()}
            >
              Discard this key…
            </button>
          </div>
        </div>
      ) : null}

      {signing.state === 'on' ? (
        <div className="form__actions">
          <button
            type="button"
            className="button--danger-outline"
            disabled={turnOff.pending}
            onClick={() => void turnOff.run()}
          >
            Turn signing off…
          </button>
        </div>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
    </Section>
  );
}
