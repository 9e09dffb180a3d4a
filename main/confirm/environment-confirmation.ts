// Confirmations of switching environment and of forgetting credentials: both change which
// money the desk works with (or whether it can reach it), so main asks, not the page.
import { environmentLabels, type EnvironmentKind } from '../../shared/environment';
import type { CredentialsStatus } from '../../shared/state';
import type { ConfirmationRequest } from './confirmation';
import { environmentFact, environmentShortNames } from './environment-names';

export function switchEnvironmentConfirmation(
  from: EnvironmentKind,
  to: EnvironmentKind,
  credentials: CredentialsStatus,
): ConfirmationRequest {
  const facts: [string, string][] = [
    ['From', environmentLabels[from]],
    ['To', environmentLabels[to]],
  ];
  if (to !== 'demo') {
    facts.push([
      'Credentials',
      credentials.configured
        ? `client ID ending ${credentials.clientIdHint ?? '—'}`
        : 'none yet: nothing can be sent until you connect',
    ]);
  }
  if (to === 'production') facts.push(['Note', 'Production moves real money']);
  return {
    action: 'environment.switch',
    environment: from,
    message: `Switch Treasury Desk to ${environmentShortNames[to]}?`,
    facts,
    confirmLabel: `Switch to ${environmentShortNames[to]}`,
  };
}

export function forgetCredentialsConfirmation(
  current: EnvironmentKind,
  environment: 'sandbox' | 'production',
  credentials: CredentialsStatus,
): ConfirmationRequest {
  return {
    action: 'credentials.forget',
    environment: current,
    message: `Forget the ${environmentShortNames[environment]} credentials?`,
    facts: [
      environmentFact(environment),
      [
        'Client ID',
        credentials.configured ? `ending ${credentials.clientIdHint ?? '—'}` : 'none saved',
      ],
      ['After', 'Nothing can be sent to Paxos there until you connect again'],
    ],
    confirmLabel: 'Forget credentials',
  };
}
