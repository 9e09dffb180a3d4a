// The OAuth scopes Treasury Desk may ask for, in one place (the scope table of the Paxos docs).
// A unit test holds this list to exactly the scopes of CLIENT_ROUTES. Which of them a token
// request names is decided per capability (capabilities.ts): never all of them blindly, since
// asking for a scope the credential lacks can make the whole token request fail.
export const PAXOS_SCOPES = [
  'funding:read_profile',
  'transfer:read_fiat_account',
  'transfer:write_fiat_account',
  'orchestration:read_orchestration',
  'orchestration:write_orchestration',
  'orchestration:read_orchestration_rule',
  'orchestration:write_orchestration_rule',
  'transfer:read_transfer',
  'events:read_event',
  'transfer:read_fiat_deposit_instructions',
  'transfer:write_fiat_deposit_instructions',
  'transfer:write_sandbox_fiat_deposit',
  'transfer:write_fiat_withdrawal',
  // Only to read which scopes the credential holds, in its own token request.
  'api_creds:read_credentials',
] as const;

export const CREDENTIAL_SCOPES_SCOPE = 'api_creds:read_credentials';

export type PaxosScope = (typeof PAXOS_SCOPES)[number];

export function missingScopes(required: readonly string[], granted: ReadonlySet<string>): string[] {
  return required.filter((scope) => !granted.has(scope));
}
