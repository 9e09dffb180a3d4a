// The built-in Paxos simulator: public surface.
export { startSimulator, type RunningSimulator } from './server';
export { DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, type SimulatorOptions } from './options';
export type { SimulatorControl, SimSnapshot } from './control';
export type { FaultConfig, FaultRule, FaultMatch } from './faults';
export type { RateLimitConfig } from './rate-limit';
export type { SimulatorTiming } from './world';
export type { CredentialSpec } from './auth';
export type { DepositInput } from './handlers/deposits';
export { REJECTED_ACCOUNT_SUFFIX } from './handlers/fiat-accounts';
export { FAIL_MEMO_MARKER, SIMULATED_FAIL_REASON } from './records';
export { SEED_IDS } from './seed';
export { PAXOS_ROUTES, SIMULATOR_PREFIX, TOKEN_PATH } from './routes';
