// One OAuth2 client-credentials token request (form-encoded, as the OAuth 2 standard and the
// Paxos docs' "any off-the-shelf client" advice imply). The secret lives only in this call's
// memory; it is never put into an error, a detail or a hook event.
import { AppError } from '../../shared/app-error';
import { parseRetryAfter } from './backoff';
import type { CoolDown } from './cool-down';
import { badResponse, PaxosError, rateLimitedError } from './errors';
import type { RequestHook } from './hooks';
import type { Redactor } from './redact';
import { loadSigningKey, type RequestSigningKey, type SigningKeyMaterial } from './request-signing';
import { parseJsonBody, sendOnce, type FetchLike } from './transport';

export interface PaxosCredentials {
  clientId: string;
  clientSecret: string;
  /** Present when request signing is on for this credential: every API request is signed. */
  signing?: SigningKeyMaterial;
}

export interface AccessToken {
  accessToken: string;
  obtainedAtMs: number;
  expiresAtMs: number;
  /** When to fetch a new one: 5 min before expiry, or at half-life for short-lived tokens. */
  refreshAtMs: number;
  scopes: ReadonlySet<string>;
  /**
   * The credential's signing key, read in the same keychain read as its secret: a token and the
   * key its requests must be signed with can never come from two different credentials.
   */
  signingKey?: RequestSigningKey;
}

export interface TokenRequestDeps {
  fetch: FetchLike;
  tokenUrl: string;
  getCredentials: () => Promise<PaxosCredentials>;
  scopes: readonly string[];
  now: () => number;
  timeoutMs: number;
  coolDown: CoolDown;
  coolDownMs: number;
  redactor: Redactor;
  onRequest?: RequestHook;
}

export async function requestToken(deps: TokenRequestDeps): Promise<AccessToken> {
  deps.coolDown.check();
  const credentials = await readCredentials(deps.getCredentials);
  deps.redactor.remember(credentials.clientSecret);
  const signingKey = readSigningKey(credentials);
  const path = new URL(deps.tokenUrl).pathname;
  const label = { method: 'POST', path };
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: credentials.clientId,
    client_secret: credentials.clientSecret,
    scope: deps.scopes.join(' '),
  });
  const started = deps.now();
  let status = 0;
  try {
    const answer = await sendOnce(
      deps.fetch,
      {
        url: deps.tokenUrl,
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
        },
        body: form.toString(),
      },
      deps.timeoutMs,
      label,
    );
    status = answer.status;
    const parsed = parseJsonBody(answer.text);
    const body =
      parsed.ok && typeof parsed.value === 'object' && parsed.value !== null
        ? (parsed.value as Record<string, unknown>)
        : {};
    if (typeof body.access_token === 'string') deps.redactor.remember(body.access_token);
    if (status === 200)
      return {
        ...readToken(body, parsed.ok, deps, started),
        ...(signingKey ? { signingKey } : {}),
      };
    if (status === 429) {
      const wait =
        parseRetryAfter(answer.headers.get('retry-after'), deps.now()) ?? deps.coolDownMs;
      deps.coolDown.enterFor(wait);
      throw rateLimitedError(new Date(deps.now() + wait));
    }
    if (status >= 500) {
      throw new PaxosError(
        'unavailable',
        `The Paxos sign-in service is temporarily unavailable (HTTP ${status}).`,
        { status },
        { status, retryable: true },
      );
    }
    throw tokenRefused(status, body, deps.redactor, deps.scopes);
  } finally {
    deps.onRequest?.({
      kind: 'token',
      method: 'POST',
      path,
      status,
      durationMs: deps.now() - started,
    });
  }
}

async function readCredentials(get: () => Promise<PaxosCredentials>): Promise<PaxosCredentials> {
  let credentials: PaxosCredentials | undefined;
  try {
    credentials = await get();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new PaxosError('not_configured', 'The Paxos API credentials could not be read.', {});
  }
  if (!credentials?.clientId?.trim() || !credentials.clientSecret?.trim()) {
    throw new PaxosError(
      'not_configured',
      'No Paxos API credentials are set up for this environment.',
      {},
    );
  }
  return credentials;
}

/** All or nothing: a credential with signing on whose key cannot be loaded sends nothing. */
function readSigningKey(credentials: PaxosCredentials): RequestSigningKey | undefined {
  if (!credentials.signing) return undefined;
  try {
    return loadSigningKey(credentials.signing);
  } catch {
    throw new PaxosError(
      'not_configured',
      'The request-signing key of this credential could not be read, so nothing is sent. Turn signing off and on again in Settings with a new key.',
      {},
    );
  }
}

function readToken(
  body: Record<string, unknown>,
  isJson: boolean,
  deps: TokenRequestDeps,
  started: number,
): AccessToken {
  if (!isJson) throw badResponse('token', 'not JSON', 200);
  const token = body.access_token;
  if (typeof token !== 'string' || token === '') throw badResponse('token', 'no access_token', 200);
  const expiresIn =
    typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 3600;
  const lifetimeMs = expiresIn * 1000;
  const marginMs = lifetimeMs > 10 * 60_000 ? 5 * 60_000 : lifetimeMs / 2;
  // OAuth 2: a response without `scope` grants exactly what was asked for.
  const granted =
    typeof body.scope === 'string' ? body.scope.split(/\s+/).filter(Boolean) : deps.scopes;
  return {
    accessToken: token,
    obtainedAtMs: started,
    expiresAtMs: started + lifetimeMs,
    refreshAtMs: started + lifetimeMs - marginMs,
    scopes: new Set(granted),
  };
}

function tokenRefused(
  status: number,
  body: Record<string, unknown>,
  redactor: Redactor,
  requested: readonly string[],
): PaxosError {
  const code = typeof body.error === 'string' ? redactor.apply(body.error) : undefined;
  const description =
    typeof body.error_description === 'string' ? redactor.apply(body.error_description) : undefined;
  const detail = description ?? code ?? `HTTP ${status}`;
  if (code === 'invalid_scope') {
    // Whole words only: orchestration:write_orchestration is not named by …_rule.
    const words = new Set((description ?? '').split(/[\s,;'"[\]()]+/));
    const named = requested.filter((scope) => words.has(scope));
    return new PaxosError(
      'forbidden',
      `Paxos refused the permissions (scopes) Treasury Desk needs${named.length ? `: ${named.join(', ')}` : ''}. Enable them for this API credential in the Paxos Dashboard.`,
      { missingScopes: named.length ? named : [...requested], detail },
      { status },
    );
  }
  if (status === 400 || status === 401 || status === 403) {
    return new PaxosError(
      'unauthorized',
      `Paxos rejected the API client ID or secret (${detail}).`,
      { detail, ...(code ? { error: code } : {}) },
      { status },
    );
  }
  return badResponse('token', `unexpected HTTP ${status}`, status);
}
