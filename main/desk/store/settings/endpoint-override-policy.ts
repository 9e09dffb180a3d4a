// Guards the custom API/token URL overrides. The token request carries the client secret, so
// an override is a place the secret can be sent: only https (plain http only to this machine,
// for a local simulator), and for Production only Paxos' own hosts. A compromised renderer
// that can change settings must not be able to redirect the Production secret elsewhere.
import { AppError } from '../../../../shared/app-error';
import type { Settings } from '../../../../shared/settings';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function isPaxosHost(hostname: string): boolean {
  return hostname === 'paxos.com' || hostname.endsWith('.paxos.com');
}

export function checkEndpointOverrides(overrides: Settings['endpointOverrides']): void {
  for (const [environment, urls] of Object.entries(overrides)) {
    for (const [field, value] of Object.entries(urls as Record<string, string | undefined>)) {
      if (value === undefined || value === '') continue;
      const url = new URL(value);
      const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
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
