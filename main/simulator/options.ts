// startSimulator options and the fixed, printable demo credentials (not a secret: the
// simulator guards nothing of value).
import { PAXOS_SCOPES } from '../paxos/scopes';
import type { ApprovalSettings } from './approvals';
import type { CredentialSpec } from './auth';
import type { FaultConfig } from './faults';
import type { RateLimitConfig } from './rate-limit';
import type { SimulatorTiming } from './world';

export const DEMO_CLIENT_ID = 'demo-client';
export const DEMO_CLIENT_SECRET = 'demo-secret';

/** Every scope in the Paxos docs' table that the simulator serves. */
export const ALL_SIMULATOR_SCOPES: readonly string[] = [...PAXOS_SCOPES];

export interface SimulatorOptions {
  /** Default 127.0.0.1 (loopback only). */
  host?: string;
  /** Default 0: the OS picks a free port (see the returned url). */
  port?: number;
  /** Demo credential, granted every scope. */
  clientId?: string;
  clientSecret?: string;
  /** More credentials, e.g. one lacking a scope for tests. */
  credentials?: CredentialSpec[];
  /** expires_in of issued tokens (default 3599, like Paxos). */
  tokenTtlSeconds?: number;
  /** Fail token requests asking for scopes the credential lacks (default false: grant the subset). */
  strictScopes?: boolean;
  timing?: Partial<SimulatorTiming>;
  /** Whether new ad-hoc orchestrations / rules wait in PENDING approval (default: none do). */
  approvals?: Partial<ApprovalSettings>;
  rateLimits?: Partial<RateLimitConfig>;
  faults?: FaultConfig;
  /** Persist the state to this JSON file (loaded at start if it exists). */
  stateFile?: string;
  /** Seed the demo profiles, balances and an approved bank account (default true). */
  seedData?: boolean;
  /** Seed for fault draws and generated addresses (default: time-based). */
  seed?: number;
  /** Advance lifecycles in the background in real time (default true; tests may tick instead). */
  autoAdvance?: boolean;
  /** One line per request, for the CLI. Never receives secrets or tokens. */
  log?: (line: string) => void;
}
