// The Paxos routes the desk calls: one row per client operation, with the OAuth scope the Paxos
// docs require for it. The API modules send only through these rows (the executor takes method,
// path and scope from here), so this table is the client's whole reach: the contract test checks
// every row against the OpenAPI documents, and PAXOS_SCOPES (scopes.ts) must be its scopes.
// Grow it when the desk needs a new call, not before.
import { segment } from './query';
import type { PaxosScope } from './scopes';

interface ClientRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Relative to the API base; `{name}` segments are filled (and encoded) from the call's params. */
  path: string;
  scope: PaxosScope;
}

export const CLIENT_ROUTES = {
  listProfiles: { method: 'GET', path: '/profiles', scope: 'funding:read_profile' },
  listBalances: {
    method: 'GET',
    path: '/profiles/{profile_id}/balances',
    scope: 'funding:read_profile',
  },
  listFiatAccounts: {
    method: 'GET',
    path: '/transfer/fiat-accounts',
    scope: 'transfer:read_fiat_account',
  },
  getFiatAccount: {
    method: 'GET',
    path: '/transfer/fiat-accounts/{id}',
    scope: 'transfer:read_fiat_account',
  },
  createFiatAccount: {
    method: 'POST',
    path: '/transfer/fiat-accounts',
    scope: 'transfer:write_fiat_account',
  },
  updateFiatAccount: {
    method: 'PUT',
    path: '/transfer/fiat-accounts/{id}',
    scope: 'transfer:write_fiat_account',
  },
  deleteFiatAccount: {
    method: 'DELETE',
    path: '/transfer/fiat-accounts/{id}',
    scope: 'transfer:write_fiat_account',
  },
  listOrchestrations: {
    method: 'GET',
    path: '/orchestration/orchestrations',
    scope: 'orchestration:read_orchestration',
  },
  createOrchestration: {
    method: 'POST',
    path: '/orchestration/orchestrations',
    scope: 'orchestration:write_orchestration',
  },
  listRules: {
    method: 'GET',
    path: '/orchestration/rules',
    scope: 'orchestration:read_orchestration_rule',
  },
  createRule: {
    method: 'POST',
    path: '/orchestration/rules',
    scope: 'orchestration:write_orchestration_rule',
  },
  deleteRule: {
    method: 'DELETE',
    path: '/orchestration/rules/{id}',
    scope: 'orchestration:write_orchestration_rule',
  },
  getTransfer: {
    method: 'GET',
    path: '/transfer/transfers/{id}',
    scope: 'transfer:read_transfer',
  },
  // Incoming wires (type WIRE_DEPOSIT), read as one list updated since the last look.
  listTransfers: {
    method: 'GET',
    path: '/transfer/transfers',
    scope: 'transfer:read_transfer',
  },
  // Money out: a plain USD wire from a profile's cash (fiat-withdrawals.ts).
  createFiatWithdrawal: {
    method: 'POST',
    path: '/transfer/fiat-withdrawals',
    scope: 'transfer:write_fiat_withdrawal',
  },
  listDepositInstructions: {
    method: 'GET',
    path: '/transfer/fiat-deposit-instructions',
    scope: 'transfer:read_fiat_deposit_instructions',
  },
  createDepositInstructions: {
    method: 'POST',
    path: '/transfer/fiat-deposit-instructions',
    scope: 'transfer:write_fiat_deposit_instructions',
  },
  // Sandbox (and the Demo simulator) only: a simulated incoming wire quoting a memo_id.
  createSandboxFiatDeposit: {
    method: 'POST',
    path: '/sandbox/fiat-deposits',
    scope: 'transfer:write_sandbox_fiat_deposit',
  },
  listEvents: { method: 'GET', path: '/events', scope: 'events:read_event' },
  // Which scopes the credential holds (client_scopes), to ask for no others (credential-scopes.ts).
  listApiCredentials: {
    method: 'GET',
    path: '/api-creds/credentials',
    scope: 'api_creds:read_credentials',
  },
} as const satisfies Record<string, ClientRoute>;

export type PaxosOperation = keyof typeof CLIENT_ROUTES;

/** The `{name}` segments of a route's path. */
type ParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}`
  ? Name | ParamNames<Rest>
  : never;

/** What a call must give to fill its route's path: nothing for a path without `{name}`. */
export type PathParams<O extends PaxosOperation> = [
  ParamNames<(typeof CLIENT_ROUTES)[O]['path']>,
] extends [never]
  ? { params?: undefined }
  : { params: Record<ParamNames<(typeof CLIENT_ROUTES)[O]['path']>, string> };

/** The route's path with each `{name}` replaced by its param, refused if empty, URL-encoded. */
export function routePath(template: string, params: Readonly<Record<string, string>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => segment(params[name] ?? '', name));
}
