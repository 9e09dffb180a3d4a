// A token for the enabled capabilities' scopes, degrading instead of failing. If Paxos refuses
// the request over scopes (invalid_scope), the capabilities needing the refused scopes are turned
// off and the token is asked for again without them; if the answer grants fewer scopes than
// asked, the capabilities needing the missing ones are turned off. Only when no capability is
// left does the request fail. Token requests stay spaced (Paxos allows one per second).
import type { Capability } from './capabilities';
import { scopesOf } from './capabilities';
import type { CapabilityAccess } from './capability-access';
import { isPaxosError, type PaxosError } from './errors';
import { missingScopesError } from './problem';
import type { AccessToken } from './oauth';

export interface ScopedTokenDeps {
  access: CapabilityAccess;
  request: (scopes: readonly string[]) => Promise<AccessToken>;
  sleep: (ms: number) => Promise<void>;
  spacingMs: number;
  /** Called whenever a capability was turned off. */
  onChange?: () => void;
}

const refusedWhy = (missing: string[]) =>
  `Paxos refused the sign-in asking for ${missing.join(', ')}: this API credential lacks it. Enable it in the Paxos Dashboard (Admin > API Management).`;
const ungrantedWhy = (missing: string[]) =>
  `Paxos did not grant ${missing.join(', ')} to this API credential.`;

export async function fetchScopedToken(deps: ScopedTokenDeps): Promise<AccessToken> {
  const { access } = deps;
  // Each round turns at least one capability off, so this ends.
  for (;;) {
    const scopes = access.scopes();
    if (scopes.length === 0) throw noneLeft(access);
    let token: AccessToken;
    try {
      token = await deps.request(scopes);
    } catch (error) {
      const refused = refusedScopes(error);
      if (!refused) throw error;
      await deps.sleep(deps.spacingMs);
      // Paxos may name the scopes it refused, or (no name found) blame all that were asked for.
      if (refused.length < scopes.length || access.enabled().length === 1)
        access.refuse(refused, refusedWhy);
      else if (!(await probeEach(deps))) throw error;
      deps.onChange?.();
      continue;
    }
    const ungranted = scopes.filter((s) => !token.scopes.has(s));
    if (ungranted.length > 0) {
      access.refuse(ungranted, ungrantedWhy);
      deps.onChange?.();
    }
    return token;
  }
}

/** Asks for each capability's scopes alone; turns off those refused. False if none was. */
async function probeEach(deps: ScopedTokenDeps): Promise<boolean> {
  let turnedOff = false;
  for (const capability of deps.access.enabled()) {
    const scopes = scopesOf([capability as Capability]);
    try {
      await deps.request(scopes);
    } catch (error) {
      if (!refusedScopes(error)) throw error;
      deps.access.turnOff(capability, refusedWhy(scopes), scopes);
      turnedOff = true;
    }
    await deps.sleep(deps.spacingMs);
  }
  return turnedOff;
}

/** The scopes of an invalid_scope refusal (oauth.ts names them in details.missingScopes). */
function refusedScopes(error: unknown): string[] | undefined {
  if (!isPaxosError(error) || error.code !== 'forbidden') return undefined;
  const named = error.details?.missingScopes;
  return Array.isArray(named) && named.length > 0 ? named.map(String) : undefined;
}

/** Nothing left to ask for: the scopes found missing, named as for a refused call. */
function noneLeft(access: CapabilityAccess): PaxosError {
  return missingScopesError(access.missingScopes());
}
