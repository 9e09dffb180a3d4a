// Confirmations of switching environment and of forgetting credentials: both change which
// money the desk works with (or whether it can reach it), so main asks, not the page.
import { environmentLabels, type EnvironmentKind } from '../../shared/environment';
import type { CredentialsStatus } from '../../shared/state';
import type { ConfirmationRequest } from './confirmation';
import { environmentFact, environmentShortNames } from './environment-names';
import { cleanText } from './operator-text';

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

/**
 * Saving credentials over ones already saved: the desk would act as another Paxos client from
 * now on, so main asks, naming both client IDs by their last 4.
 */
export function replaceCredentialsConfirmation(
  current: EnvironmentKind,
  environment: 'sandbox' | 'production',
  before: CredentialsStatus,
  newClientIdHint: string,
): ConfirmationRequest {
  return {
    action: 'credentials.replace',
    environment: current,
    message: `Replace the ${environmentShortNames[environment]} credentials?`,
    facts: [
      environmentFact(environment),
      ['Client ID now', `ending ${cleanText(before.clientIdHint ?? '—')}`],
      ['Client ID after', `ending ${cleanText(newClientIdHint)}`],
      ['After', 'Treasury Desk acts at Paxos as the new client from now on'],
    ],
    confirmLabel: 'Replace credentials',
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
