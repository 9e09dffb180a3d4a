// The OAuth scopes Treasury Desk asks for, in one place, and which one each call needs
// (the scope table of the Paxos docs). Only scopes of endpoints the client actually calls are
// requested: asking for a scope the credential lacks can make the whole token request fail.
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

export const SCOPE_FOR = {
  listProfiles: 'funding:read_profile',
  getProfile: 'funding:read_profile',
  listBalances: 'funding:read_profile',
  getBalance: 'funding:read_profile',
  sandboxDeposit: 'funding:read_profile',
  createFiatAccount: 'transfer:write_fiat_account',
  updateFiatAccount: 'transfer:write_fiat_account',
  deleteFiatAccount: 'transfer:write_fiat_account',
  getFiatAccount: 'transfer:read_fiat_account',
  listFiatAccounts: 'transfer:read_fiat_account',
  createOrchestration: 'orchestration:write_orchestration',
  getOrchestration: 'orchestration:read_orchestration',
  listOrchestrations: 'orchestration:read_orchestration',
  createRule: 'orchestration:write_orchestration_rule',
  deleteRule: 'orchestration:write_orchestration_rule',
  listRules: 'orchestration:read_orchestration_rule',
  getTransfer: 'transfer:read_transfer',
  listTransfers: 'transfer:read_transfer',
  listEvents: 'events:read_event',
  getEvent: 'events:read_event',
} as const satisfies Record<string, PaxosScope>;

export type PaxosOperation = keyof typeof SCOPE_FOR;

export function missingScopes(required: readonly string[], granted: ReadonlySet<string>): string[] {
  return required.filter((scope) => !granted.has(scope));
}
