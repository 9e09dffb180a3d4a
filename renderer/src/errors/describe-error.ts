// Turns a bridge failure into words for a treasury operator: what happened, and what to do
// about it. One place for every error code, so every screen says the same thing the same way.
import { BridgeCallError } from '../bridge/treasury';
import { formatAsOf } from '../format/time';
import { formatAmountSafe } from '../format/amount';

export interface ErrorContext {
  /** The operation goes into the outbox when Paxos cannot be reached (creates, deletes). */
  queuesWhenOffline?: boolean;
  /** The error answers a credentials test or save in the form itself, for this environment. */
  credentialsFor?: string;
}

export interface ErrorDescription {
  title: string;
  detail: string;
  advice: string[];
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value ? value : undefined;

export function asBridgeError(error: unknown): BridgeCallError {
  if (error instanceof BridgeCallError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new BridgeCallError({ code: 'internal', message });
}

/** "Available: X. Needed: Y." when main or Paxos said both (insufficient funds, or main's own balance check). */
export function fundsShortfall(details: Record<string, unknown> | undefined): string | undefined {
  const available = text(details?.available);
  const needed = text(details?.needed);
  if (!available || !needed) return undefined;
  const asset = text(details?.asset);
  return `Available: ${formatAmountSafe(available, asset)}. Needed: ${formatAmountSafe(needed, asset)}.`;
}

function insufficientFunds(details: Record<string, unknown>): string[] {
  const shortfall = fundsShortfall(details);
  if (!shortfall)
    return ['Check the available balance on the Overview and enter a smaller amount.'];
  return [shortfall, 'Enter a smaller amount, or wait for incoming funds to settle.'];
}

function missingScopes(details: Record<string, unknown>): string[] {
  const scopes = Array.isArray(details.missingScopes) ? details.missingScopes.map(String) : [];
  return scopes.length > 0
    ? [
        `The API credentials lack these scopes: ${scopes.join(', ')}.`,
        'Add them to the API client in the Paxos Dashboard, then try again.',
      ]
    : [
        'Paxos refused this operation for these credentials. Check the API client’s scopes in the Paxos Dashboard.',
      ];
}

export function describeError(error: unknown, context: ErrorContext = {}): ErrorDescription {
  const e = asBridgeError(error);
  const details = e.details ?? {};
  const offlineAdvice = context.queuesWhenOffline
    ? 'Nothing was sent. It is kept in the queue and will be sent when the connection returns.'
    : 'Nothing was changed. Try again when the connection returns; what you typed is kept.';
  switch (e.code) {
    case 'validation': {
      // Main's own balance check is a validation error too: say how far short it is.
      const shortfall = fundsShortfall(details);
      return {
        title: 'Please check the highlighted fields',
        detail: e.message,
        advice: shortfall
          ? [shortfall, 'Enter a smaller amount, or wait for incoming funds to settle.']
          : ['Correct the field and try again.'],
      };
    }
    case 'network':
    case 'timeout':
      if (context.credentialsFor) {
        return {
          title: `${context.credentialsFor} could not be reached with these credentials`,
          detail: e.message,
          advice: [
            'Nothing was saved. This test is separate from the desk’s own connection shown in the status bar; check the network and try again.',
          ],
        };
      }
      return { title: 'Paxos could not be reached', detail: e.message, advice: [offlineAdvice] };
    case 'unavailable':
      return {
        title: 'Paxos is temporarily unavailable',
        detail: e.message,
        advice: [offlineAdvice],
      };
    case 'rate_limited': {
      const until = text(details.retryAt);
      return {
        title: 'Paxos asked us to slow down',
        detail: e.message,
        advice: [
          until ? `Requests resume at ${formatAsOf(until)}.` : 'Requests resume shortly.',
          offlineAdvice,
        ],
      };
    }
    case 'insufficient_funds':
      return { title: 'Not enough funds', detail: e.message, advice: insufficientFunds(details) };
    case 'unauthorized':
      if (context.credentialsFor) {
        return {
          title: `${context.credentialsFor} rejected this client ID and secret`,
          detail: e.message,
          advice: [
            `Copy both again from the Paxos Dashboard (${context.credentialsFor}, API clients) into the fields above: a secret is shown only once, so create a new one if it is lost.`,
          ],
        };
      }
      return {
        title: 'Paxos rejected the credentials',
        detail: e.message,
        advice: ['Check the client ID and secret in Settings → Credentials, or replace them.'],
      };
    case 'forbidden':
      return { title: 'Not permitted by Paxos', detail: e.message, advice: missingScopes(details) };
    case 'not_configured':
      return {
        title: 'No credentials for this environment',
        detail: e.message,
        advice: ['Add API credentials in Settings, or switch to the Demo environment.'],
      };
    case 'no_keychain':
      return {
        title: 'No keychain available',
        detail: e.message,
        advice: ['Keep the credentials for this session only, or set up the system keychain.'],
      };
    case 'locked':
      return {
        title: 'Treasury Desk is locked',
        detail: e.message,
        advice: ['Unlock the app and try again.'],
      };
    case 'storage':
      return {
        title: 'The local database cannot be written',
        detail: e.message,
        advice: [
          'Nothing is sent until it can be written again: free disk space or fix the folder, then try again.',
        ],
      };
    case 'declined':
      // Main's dialog was confirmed without ticking its box (twice): say that, not "not confirmed".
      if (details.reason === 'box_not_ticked') {
        return {
          title: 'Not sent: the box was not ticked',
          detail: e.message,
          advice: [
            'Above a soft limit, tick “I checked the amount and the destination” in the confirmation before pressing its button.',
          ],
        };
      }
      return {
        title: 'Not confirmed',
        detail: e.message,
        advice: ['Nothing was sent. Check the details and confirm again when they are right.'],
      };
    case 'conflict':
      return {
        title: 'This can no longer be done',
        detail: e.message,
        advice: ['The item changed in the meantime; look at its current state.'],
      };
    case 'already_exists':
      return {
        title: 'Paxos already has this',
        detail: e.message,
        advice: ['It went through earlier: do not submit it again.'],
      };
    case 'not_found':
      return {
        title: 'Not found at Paxos',
        detail: e.message,
        advice: ['It may have been deleted; the list refreshes at the next sync.'],
      };
    default:
      return {
        title: 'Something went wrong',
        detail: e.message,
        advice: ['Nothing was confirmed by Paxos. Check Activity before trying again.'],
      };
  }
}
