// Confirmations of turning a credential's request signing on and off. Both change what every
// request of the credential carries: on, Paxos refuses all of them if the key ID or public key
// registered in the Dashboard is not this one; off, the credential loses the protection signing
// gives if its secret leaks (and Paxos refuses every request if it still demands signing). So
// main asks, worded from the vault's own record, never from what the page sent.
import type { EnvironmentKind } from '../../shared/environment';
import type { CredentialsStatus } from '../../shared/state';
import type { ConfirmationRequest } from './confirmation';
import { environmentFact, environmentShortNames } from './environment-names';
import { cleanText } from './operator-text';

type Remote = 'sandbox' | 'production';

function keyFacts(credentials: CredentialsStatus): [string, string][] {
  const signing = credentials.signing;
  return [
    ['Client ID', `ending ${cleanText(credentials.clientIdHint ?? '—')}`],
    ['Algorithm', signing?.algorithm ?? '—'],
    ['Public key fingerprint', signing?.fingerprint ?? '—'],
  ];
}

export function signingOnConfirmation(
  current: EnvironmentKind,
  environment: Remote,
  credentials: CredentialsStatus,
  keyId: string,
): ConfirmationRequest {
  return {
    action: 'signing.on',
    environment: current,
    message: `Sign every ${environmentShortNames[environment]} request with this key?`,
    facts: [
      environmentFact(environment),
      ...keyFacts(credentials),
      ['Key ID', cleanText(keyId)],
      [
        'After',
        'Every request of this credential is signed. If the Paxos Dashboard does not hold this public key under this key ID, Paxos refuses every request (none is sent twice).',
      ],
    ],
    confirmLabel: 'Turn signing on',
  };
}

export function signingOffConfirmation(
  current: EnvironmentKind,
  environment: Remote,
  credentials: CredentialsStatus,
): ConfirmationRequest {
  const wasOn = credentials.signing?.state === 'on';
  return {
    action: 'signing.off',
    environment: current,
    message: `Turn request signing off for ${environmentShortNames[environment]}?`,
    facts: [
      environmentFact(environment),
      ...keyFacts(credentials),
      ...(credentials.signing?.keyId
        ? ([['Key ID', cleanText(credentials.signing.keyId)]] as [string, string][])
        : []),
      [
        'After',
        wasOn
          ? 'The private key is deleted and requests go out unsigned: a leaked secret alone could then act at Paxos. If Paxos still demands signing for this credential, it refuses every request.'
          : 'The private key, never used yet, is deleted.',
      ],
    ],
    confirmLabel: 'Turn signing off',
  };
}
