// Every path the simulator serves, with the scope the Paxos docs require for it and the
// OpenAPI operation it implements. Simulator-only routes live under /v2/simulator/ (real Paxos
// has no such prefix) and need no token.
import { approvalControlRoutes } from './approval-routes';
import { mintControlRoutes } from './handlers/mint';
import type { SimulatorControl } from './control';
import type { FaultConfig } from './faults';
import * as fiat from './handlers/fiat-accounts';
import * as orch from './handlers/orchestrations';
import * as profiles from './handlers/profiles';
import * as rules from './handlers/rules';
import * as te from './handlers/transfers-events';
import { isObj } from './body';
import { moneyInRoutes } from './money-in-routes';
import { badRequest } from './problems';
import type { Route } from './router';
import type { Json } from './types';

export const API_PREFIX = '/v2';
export const SIMULATOR_PREFIX = '/v2/simulator';
export const TOKEN_PATH = '/oauth2/token';

const api = (
  method: Route['method'],
  path: string,
  scope: string,
  operationId: string,
  handler: Route['handler'],
  mutates = method !== 'GET',
): Route => ({
  method,
  pattern: `${API_PREFIX}${path}`,
  kind: 'api',
  scope,
  operationId,
  rateClass: 'api',
  mutates,
  handler,
});

export const PAXOS_ROUTES: readonly Route[] = [
  api('GET', '/profiles', 'funding:read_profile', 'ListProfiles', profiles.listProfiles),
  api('GET', '/profiles/{profile_id}', 'funding:read_profile', 'GetProfile', profiles.getProfile),
  api(
    'GET',
    '/profiles/{profile_id}/balances',
    'funding:read_profile',
    'ListProfileBalances',
    profiles.listBalances,
  ),
  api(
    'GET',
    '/profiles/{profile_id}/balances/{asset}',
    'funding:read_profile',
    'GetProfileBalance',
    profiles.getBalance,
  ),
  api(
    'POST',
    '/sandbox/profiles/{profile_id}/deposit',
    'funding:read_profile',
    'CreateSandboxDeposit',
    profiles.sandboxDeposit,
  ),
  api(
    'GET',
    '/transfer/fiat-accounts',
    'transfer:read_fiat_account',
    'ListFiatAccounts',
    fiat.listFiatAccounts,
  ),
  api(
    'POST',
    '/transfer/fiat-accounts',
    'transfer:write_fiat_account',
    'CreateFiatAccount',
    fiat.createFiatAccount,
  ),
  api(
    'GET',
    '/transfer/fiat-accounts/{id}',
    'transfer:read_fiat_account',
    'GetFiatAccount',
    fiat.getFiatAccount,
  ),
  api(
    'PUT',
    '/transfer/fiat-accounts/{id}',
    'transfer:write_fiat_account',
    'UpdateFiatAccount',
    fiat.updateFiatAccount,
  ),
  api(
    'DELETE',
    '/transfer/fiat-accounts/{id}',
    'transfer:write_fiat_account',
    'DeleteFiatAccount',
    fiat.deleteFiatAccount,
  ),
  api(
    'GET',
    '/orchestration/orchestrations',
    'orchestration:read_orchestration',
    'ListOrchestrations',
    orch.listOrchestrations,
  ),
  api(
    'POST',
    '/orchestration/orchestrations',
    'orchestration:write_orchestration',
    'CreateOrchestration',
    orch.createOrchestration,
  ),
  api(
    'GET',
    '/orchestration/orchestrations/{id}',
    'orchestration:read_orchestration',
    'GetOrchestration',
    orch.getOrchestration,
  ),
  api(
    'GET',
    '/orchestration/rules',
    'orchestration:read_orchestration_rule',
    'ListOrchestrationRules',
    rules.listRules,
  ),
  api(
    'POST',
    '/orchestration/rules',
    'orchestration:write_orchestration_rule',
    'CreateOrchestrationRule',
    rules.createRule,
  ),
  api(
    'DELETE',
    '/orchestration/rules/{id}',
    'orchestration:write_orchestration_rule',
    'DeleteOrchestrationRule',
    rules.deleteRule,
  ),
  api('GET', '/transfer/transfers', 'transfer:read_transfer', 'ListTransfers', te.listTransfers),
  api('GET', '/transfer/transfers/{id}', 'transfer:read_transfer', 'GetTransfer', te.getTransfer),
  api('GET', '/events', 'events:read_event', 'ListEvents', te.listEvents),
  api('GET', '/events/{id}', 'events:read_event', 'GetEvent', te.getEvent),
  ...moneyInRoutes((method, path, scope, operationId, handler) =>
    api(method, path, scope, operationId, handler),
  ),
];

export function tokenRoute(handler: Route['handler']): Route {
  return { method: 'POST', pattern: TOKEN_PATH, kind: 'token', rateClass: 'token', handler };
}

export function controlRoutes(control: SimulatorControl): Route[] {
  const ok = (body: Json = { ok: true }) => ({ status: 200, body });
  const obj = (body: unknown) => (isObj(body) ? body : {});
  const route = (method: Route['method'], path: string, handler: Route['handler']): Route => ({
    method,
    pattern: `${SIMULATOR_PREFIX}${path}`,
    kind: 'control',
    mutates: method !== 'GET',
    handler,
  });
  // Why `as unknown as Json` below: the snapshot and the deposit are plain JSON data typed as
  // interfaces (no index signature); the simulator (a test double) sends them as they are.
  return [
    route('GET', '/state', () => ok(control.snapshot() as unknown as Json)),
    route('GET', '/counts', () => ok(control.counts())),
    route('GET', '/faults', () => ok(control.getFaults() as Json)),
    route(
      'POST',
      '/faults',
      (_w, req) => (
        control.setFaults(obj(req.body) as FaultConfig),
        ok(control.getFaults() as Json)
      ),
    ),
    route('DELETE', '/faults', () => (control.clearFaults(), ok())),
    route('POST', '/deposits', (_w, req) =>
      ok(control.injectDeposit(obj(req.body) as never) as unknown as Json),
    ),
    route('POST', '/clock/advance', (_w, req) => {
      const ms = obj(req.body).ms;
      if (typeof ms !== 'number' || ms < 0)
        throw badRequest('ms must be a non-negative number', 'ms');
      control.tick(ms);
      return ok({ now: control.now().toISOString() });
    }),
    route('POST', '/settle', () => (control.settle(), ok({ now: control.now().toISOString() }))),
    route('POST', '/tokens/expire', () => (control.expireTokens(), ok())),
    route('POST', '/timing', (_w, req) => (control.setTiming(obj(req.body)), ok())),
    route('POST', '/fail-next-orchestrations', (_w, req) => {
      const b = obj(req.body);
      control.failNextOrchestrations(
        typeof b.count === 'number' ? b.count : 1,
        typeof b.reason === 'string' ? b.reason : undefined,
      );
      return ok();
    }),
    route('POST', '/balances', (_w, req) => {
      const b = obj(req.body);
      control.setBalance(
        String(b.profile_id ?? ''),
        String(b.asset ?? ''),
        String(b.available ?? ''),
      );
      return ok();
    }),
    route('POST', '/rate-limits/reset', () => (control.resetRateLimits(), ok())),
    ...approvalControlRoutes(control, route),
    ...mintControlRoutes(route),
  ];
}
