// Public surface of the Paxos client for the desk layer.
export {
  createPaxosClient,
  DEFAULT_TIMEOUT_MS,
  type PaxosClient,
  type PaxosClientOptions,
} from './client';
export {
  PAXOS_DEFAULT_ENDPOINTS,
  resolvePaxosEndpoints,
  ENV_API_URL,
  ENV_TOKEN_URL,
} from './environments';
export type { PaxosEndpoints, PaxosEnvironment, ResolvedEndpoints } from './environments';
export { PAXOS_SCOPES, type PaxosScope } from './scopes';
export { CLIENT_ROUTES, type PaxosOperation } from './routes';
export { PaxosError, isPaxosError } from './errors';
export type { RequestEvent, RequestHook } from './hooks';
export type { PaxosCredentials } from './oauth';
export type { Page, PagingOptions } from './pagination';
export type { TimeWindow } from './query';
export { ruleFiatAccountId } from './rule-fields';
export { depositInstructionsMismatch } from './deposit-instructions';
export { DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
export { DEFAULT_COOL_DOWN_MS } from './cool-down';
export { TRANSFER_IDS_PER_CALL } from './transfers';
export type { ListProfilesParams } from './profiles';
export type { ListFiatAccountsParams } from './fiat-accounts';
export type { ListOrchestrationsParams, CreatedOrchestration } from './orchestrations';
export type { ListRulesParams } from './rules';
export type { FetchLike } from './transport';
