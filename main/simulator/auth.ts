// OAuth2 client-credentials token endpoint and bearer-token checks. A credential grants only
// the scopes it has (the answer's `scope` lists them); with `strictScopes` asking for a scope
// the credential lacks fails the whole request with invalid_scope instead, as real OAuth
// servers may. Wrong, unknown or expired tokens get a 401 problem; a missing scope a 403
// problem naming it.
import { randomBytes } from 'node:crypto';
import type { SimClock } from './clock';
import type { SimAnswer } from './http-io';
import { forbidden, unauthorized } from './problems';
import {
  signatureProblem,
  type ReceivedRequest,
  type RegisteredSigningKey,
} from './signature-check';

export interface CredentialSpec {
  clientId: string;
  clientSecret: string;
  scopes: readonly string[];
  /** JWS request signing turned on (paxos-api.md): an unsigned or badly signed request gets a 401. */
  requiresSignature?: boolean;
  /** Public keys registered on the credential (Dashboard → API credentials → Request Signing). */
  signingKeys?: readonly RegisteredSigningKey[];
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

  /**
   * true: signed requests are demanded (as Paxos Support can turn it on) of one credential, or of
   * every credential when no client id is given.
   */
  setRequireSignature(on: boolean, clientId?: string): void {
    if (clientId === undefined) this.signingForAll = on;
    else this.spec(clientId).requiresSignature = on;
  }

  /** Registers a public key on a credential, as the Dashboard's Request Signing does. */
  registerSigningKey(clientId: string, key: RegisteredSigningKey): void {
    const spec = this.spec(clientId);
    spec.signingKeys = [...(spec.signingKeys ?? []).filter((k) => k.keyId !== key.keyId), key];
  }

  addCredential(spec: CredentialSpec): void {
    this.credentials.set(spec.clientId, { ...spec, scopes: [...spec.scopes] });
  }

  private spec(clientId: string): CredentialSpec {
    const spec = this.credentials.get(clientId);
    if (!spec) throw new Error(`no simulator credential ${clientId}`);
    return spec;
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
    signature: string | undefined,
    request: ReceivedRequest,
  ): { clientId: string } {
    if (!authorization) throw unauthorized('no authorization header set');
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match?.[1]) throw unauthorized('authorization header must be a bearer token');
    const token = this.tokens.get(match[1]);
    if (!token) throw unauthorized('invalid access token');
    if (token.expiresAtMs <= this.clock.now()) throw unauthorized('access token expired');
    const credential = this.credentials.get(token.clientId);
    if (this.signingForAll || credential?.requiresSignature) {
      // Signatures are dated by the desk's wall clock, never the simulator's fast-forwarded one.
      const problem = signatureProblem(
        signature,
        credential?.signingKeys ?? [],
        request,
        Date.now(),
      );
      if (problem) throw unauthorized(problem);
    }
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
