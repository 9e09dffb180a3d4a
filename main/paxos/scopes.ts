// The OAuth scopes Treasury Desk asks for, in one place (the scope table of the Paxos docs).
// Only scopes of routes the client calls (routes.ts) are requested: asking for a scope the
// credential lacks can make the whole token request fail. A unit test holds this list to
// exactly the scopes of CLIENT_ROUTES.
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
] as const;

export type PaxosScope = (typeof PAXOS_SCOPES)[number];

export function missingScopes(required: readonly string[], granted: ReadonlySet<string>): string[] {
  return required.filter((scope) => !granted.has(scope));
}
