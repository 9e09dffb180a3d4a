// Paxos API credentials: their shape, how they are checked, and how they are stored (one JSON
// secret per environment, so the id and the secret can never get out of step).
import { AppError } from '../../shared/app-error';
import { environmentLabels, type EnvironmentKind } from '../../shared/environment';
import { decodeSigningKey, type SigningStatus, type StoredSigningKey } from './signing-key';

export interface PaxosCredentials {
  clientId: string;
  clientSecret: string;
  /** The credential's request-signing key, kept in the same keychain item (signing-key.ts). */
  signing?: StoredSigningKey;
}

export interface CredentialsStatus {
  configured: boolean;
  storage: 'keychain' | 'session' | 'none';
  /** Last 4 characters of the client id, to recognise which key is set. Never the secret. */
  clientIdHint?: string;
  /** Whether saving to the OS keychain is possible right now. */
  keychainAvailable: boolean;
  /** Request signing of this credential: the public half only. */
  signing?: SigningStatus;
}

/** Does a real token request with the scopes the app needs; rejects if Paxos says no. */
export type VerifyCredentials = (credentials: PaxosCredentials) => Promise<void>;

export function keychainAccount(environment: EnvironmentKind): string {
  return `paxos:${environment}`;
}

export function environmentName(environment: EnvironmentKind): string {
  return environmentLabels[environment].split(' (')[0] ?? environment;
}

export function clientIdHint(clientId: string): string {
  return clientId.slice(-4);
}

/** Control characters (newlines, tabs, NUL, DEL): never part of a real id or secret. */
const hasControl = (value: string) =>
  [...value].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f);

/**
 * Trims what was pasted and checks it. Error details name the field only: never the value.
 */
export function normalizeCredentials(input: unknown): PaxosCredentials {
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const clientId = typeof raw.clientId === 'string' ? raw.clientId.trim() : '';
  const clientSecret = typeof raw.clientSecret === 'string' ? raw.clientSecret.trim() : '';
  const fail = (field: string, message: string) => new AppError('validation', message, { field });
  if (clientId === '' || clientId.length > 200 || /\s/.test(clientId) || hasControl(clientId)) {
    throw fail(
      'clientId',
      'Enter the client ID exactly as shown in the Paxos Dashboard (API Management).',
    );
  }
  if (clientSecret === '' || clientSecret.length > 500 || hasControl(clientSecret)) {
    throw fail(
      'clientSecret',
      'Enter the client secret exactly as shown when the Paxos API credentials were created.',
    );
  }
  return { clientId, clientSecret };
}

export function encodeStoredCredentials(credentials: PaxosCredentials): string {
  return JSON.stringify({
    v: 1,
    clientId: credentials.clientId,
    clientSecret: credentials.clientSecret,
    ...(credentials.signing ? { signing: credentials.signing } : {}),
  });
}

/** undefined when the stored item is not ours or is damaged. */
export function decodeStoredCredentials(stored: string): PaxosCredentials | undefined {
  try {
    const parsed = JSON.parse(stored) as {
      v?: unknown;
      clientId?: unknown;
      clientSecret?: unknown;
      signing?: unknown;
    };
    const signing = decodeSigningKey(parsed.signing);
    // A signing part that cannot be read makes the whole item unreadable: never unsigned instead.
    if (parsed.signing !== undefined && !signing) return undefined;
    if (
      parsed.v === 1 &&
      typeof parsed.clientId === 'string' &&
      typeof parsed.clientSecret === 'string'
    ) {
      return {
        clientId: parsed.clientId,
        clientSecret: parsed.clientSecret,
        ...(signing ? { signing } : {}),
      };
    }
  } catch {
    // fall through
  }
  return undefined;
}
