// createPaxosClient: wires environment, credentials provider, token cache, cool-down and retry
// policy into one object with a typed method per Paxos call the desk needs (and no more: every
// route it sends to is a row of CLIENT_ROUTES, routes.ts).
import { DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
import { CoolDown, DEFAULT_COOL_DOWN_MS } from './cool-down';
import { resolvePaxosEndpoints, type PaxosEndpoints, type PaxosEnvironment } from './environments';
import { eventsApi } from './events';
import { fiatAccountsApi } from './fiat-accounts';
import type { RequestHook } from './hooks';
import { requestToken, type PaxosCredentials } from './oauth';
import { orchestrationsApi } from './orchestrations';
import { missingScopesError } from './problem';
import { profilesApi } from './profiles';
import { createExecutor } from './request-executor';
import { Redactor } from './redact';
import { rulesApi } from './rules';
import { ALL_CAPABILITIES, SANDBOX_ONLY, isCapability, type Capability } from './capabilities';
import { CapabilityAccess } from './capability-access';
import { reportedScopes } from './credential-scopes';
import { CLIENT_ROUTES, type PaxosOperation } from './routes';
import { fetchScopedToken } from './scoped-token';
import { CREDENTIAL_SCOPES_SCOPE, missingScopes } from './scopes';
import { TokenCache } from './token-cache';
import { transfersApi } from './transfers';
import { fiatWithdrawalsApi } from './fiat-withdrawals';
import { depositInstructionsApi } from './deposit-instructions';
import type { FetchLike } from './transport';

export interface PaxosClientOptions {
  environment: PaxosEnvironment;
  /** Required for demo and custom; optional overrides otherwise. */
  endpoints?: Partial<PaxosEndpoints>;
  /** Where TREASURY_PAXOS_API_URL / TREASURY_PAXOS_TOKEN_URL are read (default process.env). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Asked each time a token is needed; the client keeps the credentials nowhere. */
  getCredentials: () => Promise<PaxosCredentials>;
  /** Capabilities the operator enabled (default all); unknown names are ignored. */
  capabilities?: readonly string[];
  /** Ask Paxos which scopes the credential holds (api_creds:read_credentials) first (default false). */
  discoverScopes?: boolean;
  /** Called when a capability was turned off (the state shows which and why). */
  onCapabilities?: () => void;
  fetch?: FetchLike;
  now?: () => number;
  /** A clock that never goes back (default performance.now): cool-downs are measured on it. */
  monotonicNow?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** [0, 1), for backoff jitter. */
  random?: () => number;
  /** Per HTTP attempt, body included (default 15 s). */
  timeoutMs?: number;
  backoff?: Partial<BackoffPolicy>;
  /** Cool-down after a 429 without Retry-After (default 5 min, the documented IP throttle). */
  coolDownMs?: number;
  /** Minimum spacing of token requests (default 1 s, the token endpoint's limit). */
  tokenMinIntervalMs?: number;
  /** Called once per HTTP attempt, token requests included. */
  onRequest?: RequestHook;
  userAgent?: string;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

export function createPaxosClient(options: PaxosClientOptions) {
  const endpoints = resolvePaxosEndpoints(
    options.environment,
    options.endpoints,
    options.env ?? process.env,
  );
  const now = options.now ?? Date.now;
  const sleep =
    options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  const access = new CapabilityAccess(
    (options.capabilities ?? ALL_CAPABILITIES).filter((c): c is Capability => isCapability(c)),
  );
  // Production has no sandbox routes: their scopes are never asked for there.
  if (options.environment === 'production')
    for (const c of SANDBOX_ONLY)
      if (isCapability(c)) access.turnOff(c, 'Only in Sandbox and Demo.');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const coolDownMs = options.coolDownMs ?? DEFAULT_COOL_DOWN_MS;
  // A test that fakes `now` drives cool-downs with it too, unless it gives a monotonic clock.
  const monotonic = options.monotonicNow ?? (options.now ? options.now : () => performance.now());
  const coolDown = new CoolDown({ monotonic, wall: now });
  const redactor = new Redactor();
  const tokenMinIntervalMs = options.tokenMinIntervalMs ?? 1000;
  const requestFor = (scopes: readonly string[]) =>
    requestToken({
      fetch: fetchImpl,
      tokenUrl: endpoints.tokenUrl,
      getCredentials: options.getCredentials,
      scopes,
      now,
      timeoutMs,
      coolDown,
      coolDownMs,
      redactor,
      ...(options.onRequest ? { onRequest: options.onRequest } : {}),
    });
  const executorDeps = {
    apiUrl: endpoints.apiUrl,
    fetch: fetchImpl,
    now,
    sleep,
    random: options.random ?? Math.random,
    coolDown,
    coolDownMs,
    backoff: { ...DEFAULT_BACKOFF, ...options.backoff },
    timeoutMs,
    userAgent: options.userAgent ?? 'TreasuryDesk',
    redactor,
    ...(options.onRequest ? { onRequest: options.onRequest } : {}),
  };
  let discovery: Promise<void> | undefined = options.discoverScopes ? undefined : Promise.resolve();
  /** Once per client: what Paxos says the credential holds narrows what is asked for. */
  async function discover(): Promise<void> {
    const lookUp = createExecutor({
      ...executorDeps,
      backoff: { ...executorDeps.backoff, maxAttempts: 1 },
      tokens: new TokenCache({
        now,
        sleep,
        minIntervalMs: tokenMinIntervalMs,
        fetchToken: () => requestFor([CREDENTIAL_SCOPES_SCOPE]),
      }),
    });
    try {
      const { clientId } = await options.getCredentials();
      const held = await reportedScopes(lookUp, clientId);
      if (held)
        access.refuse(
          access.scopes().filter((s) => !held.has(s)),
          (missing) => `Paxos reports this API credential lacks ${missing.join(', ')}.`,
        );
    } catch {
      // No api_creds:read_credentials (or no answer): the operator's choice stands.
    }
    await sleep(tokenMinIntervalMs);
  }
  const tokens = new TokenCache({
    now,
    sleep,
    minIntervalMs: tokenMinIntervalMs,
    fetchToken: async () => {
      await (discovery ??= discover());
      return fetchScopedToken({
        access,
        request: requestFor,
        sleep,
        spacingMs: tokenMinIntervalMs,
        ...(options.onCapabilities ? { onChange: options.onCapabilities } : {}),
      });
    },
  });
  const execute = createExecutor({ ...executorDeps, tokens });

  return {
    /** End of the current 429 cool-down, or null. Nothing is sent before then. */
    coolDownUntil: (): Date | null => coolDown.until(),
    /** The operator's "retry now": lifts the cool-down for the next request (a new 429 starts another). */
    retryNow: (): void => coolDown.clear(),
    /**
     * Gets a token; throws `forbidden` with `details.missingScopes` when the credential allows
     * none of the capabilities. For "test connection" and saving credentials in settings.
     */
    async verifyAccess(): Promise<{ grantedScopes: string[]; expiresAt: string }> {
      // Degraded is usable (Settings says what is off); only a credential allowing none of
      // the capabilities is refused, naming what it lacks.
      const token = await tokens.get();
      const missing = missingScopes(access.scopes(), token.scopes);
      if (missing.length > 0) throw missingScopesError(missing);
      if (access.enabled().length === 0) throw missingScopesError(access.missingScopes());
      return {
        grantedScopes: [...token.scopes],
        expiresAt: new Date(token.expiresAtMs).toISOString(),
      };
    },
    /** Each capability: on, or off and why (known once a token was fetched). */
    capabilities: () => access.report(),
    /** Whether a capability is on; settled by the first token request. */
    async allows(capability: Capability): Promise<boolean> {
      await tokens.get().catch(() => undefined);
      return access.isOn(capability);
    },
    /** Whether the current token carries the scope of `operation` (fetching one if needed). */
    async canCall(operation: PaxosOperation): Promise<boolean> {
      const token = await tokens.get();
      return token.scopes.has(CLIENT_ROUTES[operation].scope);
    },
    ...profilesApi(execute),
    ...fiatAccountsApi(execute),
    ...orchestrationsApi(execute),
    ...rulesApi(execute),
    ...transfersApi(execute),
    ...depositInstructionsApi(execute),
    ...fiatWithdrawalsApi(execute),
    ...eventsApi(execute),
  };
}

export type PaxosClient = ReturnType<typeof createPaxosClient>;
