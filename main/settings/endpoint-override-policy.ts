// Guards the custom API/token URL overrides. The token request carries the client secret, so
// an override is a place the secret can be sent: only https (plain http only to this machine,
// for a local simulator), and for Production only Paxos' own hosts. A compromised renderer
// that can change settings must not be able to redirect the Production secret elsewhere.
import { AppError } from '../../shared/app-error';
import type { Settings } from '../../shared/settings';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function isPaxosHost(hostname: string): boolean {
  return hostname === 'paxos.com' || hostname.endsWith('.paxos.com');
}

export function checkEndpointOverrides(overrides: Settings['endpointOverrides']): void {
  for (const [environment, urls] of Object.entries(overrides)) {
    for (const [field, value] of Object.entries(urls as Record<string, string | undefined>)) {
      if (value === undefined || value === '') continue;
      const url = new URL(value);
      const secure =
        url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
      const allowedHost = environment !== 'production' || isPaxosHost(url.hostname);
      if (secure && allowedHost && url.username === '' && url.password === '') continue;
      throw new AppError(
        'validation',
        environment === 'production' && !allowedHost
          ? 'Production can only use Paxos addresses (ending in paxos.com).'
          : 'Custom Paxos addresses must use https (plain http is allowed only to this computer).',
        { field: `endpointOverrides.${environment}.${field}` },
      );
    }
  }
}

/**
 * The Paxos hosts of each environment: a custom API or token URL must be one of these (https,
 * default port, no user info). The token request carries that environment's client secret, so
 * Sandbox is held to its own hosts just like Production is.
 */
export const PAXOS_ENDPOINT_HOSTS: Readonly<Record<'sandbox' | 'production', readonly string[]>> = {
  production: ['api.paxos.com', 'oauth.paxos.com'],
  // api-sandbox.paxos.com: the host the orchestration preview spec names.
  sandbox: ['api.sandbox.paxos.com', 'oauth.sandbox.paxos.com', 'api-sandbox.paxos.com'],
};

export interface EndpointPolicy {
  /** Test-only (a runtime option, never a setting): also accept http(s) to this computer. */
  allowLoopback: boolean;
}

/** Why this URL is not allowed for this environment, or undefined when it is. */
export function endpointProblem(
  environment: 'sandbox' | 'production',
  value: string,
  policy: EndpointPolicy,
): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a valid URL';
  }
  if (url.username !== '' || url.password !== '') return 'must not carry a user name or password';
  if (
    policy.allowLoopback &&
    LOOPBACK.has(url.hostname) &&
    (url.protocol === 'http:' || url.protocol === 'https:')
  )
    return undefined;
  if (url.protocol !== 'https:' || url.port !== '') return 'must use https on the standard port';
  if (!PAXOS_ENDPOINT_HOSTS[environment].includes(url.hostname)) {
    return `must be one of the Paxos ${environment === 'production' ? 'Production' : 'Sandbox'} hosts (${PAXOS_ENDPOINT_HOSTS[environment].join(', ')})`;
  }
  return undefined;
}

/** Refuses any override outside its environment's allowlist, naming the field at fault. */
export function checkEndpointAllowlist(
  overrides: Settings['endpointOverrides'],
  policy: EndpointPolicy,
): void {
  for (const environment of ['sandbox', 'production'] as const) {
    for (const field of ['apiUrl', 'tokenUrl'] as const) {
      const value = overrides[environment][field];
      if (value === undefined || value === '') continue;
      const problem = endpointProblem(environment, value, policy);
      if (problem) {
        throw new AppError(
          'validation',
          `The ${field === 'apiUrl' ? 'API' : 'token'} URL ${problem}.`,
          {
            field: `endpointOverrides.${environment}.${field}`,
          },
        );
      }
    }
  }
}
