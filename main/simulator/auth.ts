// OAuth2 client-credentials token endpoint and bearer-token checks. A credential grants only
// the scopes it has (the answer's `scope` lists them); with `strictScopes` asking for a scope
// the credential lacks fails the whole request with invalid_scope instead, as real OAuth
// servers may. Wrong, unknown or expired tokens get a 401 problem; a missing scope a 403
// problem naming it.
import { randomBytes } from 'node:crypto';
import type { SimClock } from './clock';
import type { SimAnswer } from './http-io';
import { forbidden, unauthorized } from './problems';

export interface CredentialSpec {
  clientId: string;
  clientSecret: string;
  scopes: readonly string[];
  /** JWS request signing turned on (paxos-api.md): a request without Paxos-Signature gets a 401. */
  requiresSignature?: boolean;
}

interface IssuedToken {
  clientId: string;
  scopes: ReadonlySet<string>;
  expiresAtMs: number;
}

export class AuthServer {
  private readonly credentials = new Map<string, CredentialSpec>();
  private readonly tokens = new Map<string, IssuedToken>();

  constructor(
    credentials: readonly CredentialSpec[],
    private tokenTtlSeconds: number,
    private readonly clock: SimClock,
    private strictScopes = false,
  ) {
    for (const c of credentials) this.addCredential(c);
  }

  private signingForAll = false;

  /** true: every credential demands signed requests (as Paxos Support can turn it on). */
  setRequireSignature(on: boolean): void {
    this.signingForAll = on;
  }

  addCredential(spec: CredentialSpec): void {
    this.credentials.set(spec.clientId, { ...spec, scopes: [...spec.scopes] });
  }

  setTokenTtl(seconds: number): void {
    this.tokenTtlSeconds = seconds;
  }

  setStrictScopes(strict: boolean): void {
    this.strictScopes = strict;
  }

  /** Every token issued so far stops working now. */
  expireAll(): void {
    for (const token of this.tokens.values())
      token.expiresAtMs = Math.min(token.expiresAtMs, this.clock.now());
  }

  issue(form: URLSearchParams, authorization: string | undefined): SimAnswer {
    const oauthError = (status: number, error: string, description: string): SimAnswer => ({
      status,
      body: { error, error_description: description },
      headers: { 'cache-control': 'no-store' },
    });
    if (form.get('grant_type') !== 'client_credentials')
      return oauthError(400, 'unsupported_grant_type', 'grant_type must be client_credentials');
    const basic = parseBasic(authorization);
    const clientId = form.get('client_id') ?? basic?.id ?? '';
    const secret = form.get('client_secret') ?? basic?.secret ?? '';
    const credential = this.credentials.get(clientId);
    if (!credential || credential.clientSecret !== secret)
      return oauthError(401, 'invalid_client', 'client authentication failed');
    const requested = (form.get('scope') ?? '').split(/\s+/).filter(Boolean);
    const owned = new Set(credential.scopes);
    const lacking = requested.filter((s) => !owned.has(s));
    if (this.strictScopes && lacking.length > 0) {
      return oauthError(
        400,
        'invalid_scope',
        `the requested scope is invalid, unknown, or malformed: ${lacking.join(' ')}`,
      );
    }
    const granted = requested.length === 0 ? [...owned] : requested.filter((s) => owned.has(s));
    const accessToken = `sim_${randomBytes(24).toString('hex')}`;
    this.tokens.set(accessToken, {
      clientId,
      scopes: new Set(granted),
      expiresAtMs: this.clock.now() + this.tokenTtlSeconds * 1000,
    });
    return {
      status: 200,
      body: {
        access_token: accessToken,
        expires_in: this.tokenTtlSeconds,
        scope: granted.join(' '),
        token_type: 'bearer',
      },
      headers: { 'cache-control': 'no-store' },
    };
  }

  /** Throws a 401/403 problem unless `authorization` carries a live token with `scope`. */
  check(
    authorization: string | undefined,
    scope: string | undefined,
    signature?: string,
  ): { clientId: string } {
    if (!authorization) throw unauthorized('no authorization header set');
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match?.[1]) throw unauthorized('authorization header must be a bearer token');
    const token = this.tokens.get(match[1]);
    if (!token) throw unauthorized('invalid access token');
    if (token.expiresAtMs <= this.clock.now()) throw unauthorized('access token expired');
    // This simulator checks only that a signature is there: it never verifies one.
    const signing = this.signingForAll || this.credentials.get(token.clientId)?.requiresSignature;
    if (signing && !signature)
      throw unauthorized(
        'missing Paxos-Signature header: this credential requires signed requests',
      );
    if (scope && !token.scopes.has(scope)) {
      throw forbidden(`insufficient scopes: this request requires ${scope}`, {
        missing_scopes: [scope],
      });
    }
    return { clientId: token.clientId };
  }
}

function parseBasic(header: string | undefined): { id: string; secret: string } | undefined {
  const m = header ? /^Basic\s+(\S+)$/i.exec(header) : null;
  if (!m?.[1]) return undefined;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const i = decoded.indexOf(':');
  return i < 0
    ? undefined
    : {
        id: decodeURIComponent(decoded.slice(0, i)),
        secret: decodeURIComponent(decoded.slice(i + 1)),
      };
}
