// Where each environment's API and token endpoint live. Demo (the built-in simulator) and
// custom environments get their URLs at run time; TREASURY_PAXOS_API_URL and
// TREASURY_PAXOS_TOKEN_URL override everything, for tests and staging.
import { PaxosError } from './errors';

export type PaxosEnvironment = 'production' | 'sandbox' | 'demo' | 'custom';

export interface PaxosEndpoints {
  /** API base including the version, without a trailing slash: https://api.paxos.com/v2 */
  apiUrl: string;
  tokenUrl: string;
}

export interface ResolvedEndpoints extends PaxosEndpoints {
  environment: PaxosEnvironment;
  /** Where the URLs came from, so settings can say "overridden by TREASURY_PAXOS_API_URL". */
  source: 'default' | 'override' | 'env';
}

export const PAXOS_DEFAULT_ENDPOINTS: Readonly<Record<'production' | 'sandbox', PaxosEndpoints>> = {
  production: {
    apiUrl: 'https://api.paxos.com/v2',
    tokenUrl: 'https://oauth.paxos.com/oauth2/token',
  },
  // The orchestration preview spec says api-sandbox.paxos.com; every other page uses this host.
  sandbox: {
    apiUrl: 'https://api.sandbox.paxos.com/v2',
    tokenUrl: 'https://oauth.sandbox.paxos.com/oauth2/token',
  },
};

export const ENV_API_URL = 'TREASURY_PAXOS_API_URL';
export const ENV_TOKEN_URL = 'TREASURY_PAXOS_TOKEN_URL';

export function resolvePaxosEndpoints(
  environment: PaxosEnvironment,
  overrides: Partial<PaxosEndpoints> = {},
  env: Readonly<Record<string, string | undefined>> = {},
): ResolvedEndpoints {
  const defaults =
    environment === 'production' || environment === 'sandbox'
      ? PAXOS_DEFAULT_ENDPOINTS[environment]
      : undefined;
  const envApi = nonEmpty(env[ENV_API_URL]);
  const envToken = nonEmpty(env[ENV_TOKEN_URL]);
  const apiUrl = envApi ?? nonEmpty(overrides.apiUrl) ?? defaults?.apiUrl;
  const tokenUrl = envToken ?? nonEmpty(overrides.tokenUrl) ?? defaults?.tokenUrl;
  if (!apiUrl || !tokenUrl) {
    throw new PaxosError(
      'validation',
      `The ${environment} environment needs both an API URL and a token URL.`,
      {
        field: apiUrl ? 'tokenUrl' : 'apiUrl',
        detail: 'missing URL',
      },
    );
  }
  const source =
    envApi || envToken ? 'env' : overrides.apiUrl || overrides.tokenUrl ? 'override' : 'default';
  return {
    environment,
    apiUrl: checkUrl(apiUrl, 'apiUrl').replace(/\/+$/, ''),
    tokenUrl: checkUrl(tokenUrl, 'tokenUrl'),
    source,
  };
}

/**
 * Only https, except plain http to this machine (the simulator): client secrets and access
 * tokens must never cross a network unencrypted.
 */
function checkUrl(value: string, field: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new PaxosError('validation', `"${value.slice(0, 80)}" is not a valid URL.`, {
      field,
      detail: 'invalid URL',
    });
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new PaxosError(
      'validation',
      `${field} must use https (plain http is only allowed to this computer).`,
      {
        field,
        detail: 'insecure URL',
      },
    );
  }
  return value;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value && value.trim() ? value.trim() : undefined;
}
