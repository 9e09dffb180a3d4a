// The simulator's control API (programmatic; the same operations are exposed over HTTP under
// /v2/simulator/…, a prefix real Paxos does not have).
import { decideApproval, type ApprovalDecision } from './approval-lifecycle';
import type { ApprovalSettings } from './approvals';
import type { AuthServer, CredentialSpec } from './auth';
import type { RegisteredSigningKey } from './signature-check';
import type { FaultConfig, Faults } from './faults';
import { injectDeposit, type DepositInput } from './handlers/deposits';
import { runDue, settle } from './lifecycle';
import { deprecateInstructions } from './handlers/deposit-instructions';
import { failNextIncomingWires } from './incoming-wires';
import { failNextOutgoingWires, returnOutgoingWire } from './outgoing-wires';
import { badRequest, notFound } from './problems';
import type { RateLimitConfig, RateLimiter } from './rate-limit';
import { findProfile } from './store';
import type { JsonObject } from './types';
import { checkAmount } from '../../shared/money';
import type { SimulatorTiming, World } from './world';

export interface SimSnapshot {
  now: string;
  profiles: { id: string; nickname: string; type: string; balances: Record<string, string> }[];
  fiatAccounts: (JsonObject & { deleted: boolean })[];
  orchestrations: JsonObject[];
  rules: JsonObject[];
  transfers: JsonObject[];
  events: JsonObject[];
}

export interface SimulatorControl {
  setFaults(partial: FaultConfig): void;
  clearFaults(): void;
  getFaults(): FaultConfig;
  setTiming(partial: Partial<SimulatorTiming>): void;
  setRateLimits(partial: Partial<RateLimitConfig>): void;
  /** Approval switch for records created from now on (those already PENDING keep theirs). */
  setApprovals(partial: Partial<ApprovalSettings>): void;
  getApprovals(): ApprovalSettings;
  /** Approves or rejects one PENDING orchestration or rule now; returns the record. */
  decideApproval(decision: ApprovalDecision): JsonObject;
  /** Forgets request history and lifts any 429 cool-down. */
  resetRateLimits(): void;
  /** expires_in of tokens issued from now on. */
  setTokenTtl(seconds: number): void;
  /** Every token issued so far stops working (the next API call gets a 401). */
  expireTokens(): void;
  addCredential(spec: CredentialSpec): void;
  /**
   * true: JWS signing turned on for one credential (or all, without a client id): a request
   * without a Paxos-Signature that verifies against a key registered on it gets a 401.
   */
  requireSignedRequests(on: boolean, clientId?: string): void;
  /** Registers a public key (PEM) under a key id on a credential, as the Dashboard does. */
  registerSigningKey(clientId: string, key: RegisteredSigningKey): void;
  /** true: asking for a scope the credential lacks fails the token request (invalid_scope). */
  setStrictScopes(strict: boolean): void;
  /** Moves simulator time forward by `ms` and applies the transitions now due. */
  tick(ms?: number): void;
  /** Completes every pending transition at once (fast-forwarding the clock). */
  settle(): void;
  now(): Date;
  injectDeposit(input: DepositInput): { transfer: JsonObject; orchestration: JsonObject | null };
  /** The next `count` incoming wires (sandbox fiat deposits) are FAILED (returned). */
  failNextIncomingWires(count?: number, reason?: string): void;
  /** The next `count` fiat withdrawals (outgoing wires) are FAILED, their USD given back. */
  failNextOutgoingWires(count?: number, reason?: string): void;
  /** The bank sends a completed outgoing wire back: a WIRE_DEPOSIT from the same account. */
  returnOutgoingWire(transferId: string): JsonObject;
  /** true: List Transfers ignores its ref_ids filter (a server that does not know it). */
  ignoreTransferRefIds(ignore: boolean): void;
  /** Instructions become DEPRECATED (Paxos retires them; they are never changed otherwise). */
  deprecateDepositInstructions(id: string): void;
  /** The next `count` orchestrations created (ad-hoc or by a rule) will fail at the wire step. */
  failNextOrchestrations(count?: number, reason?: string): void;
  setBalance(profileId: string, asset: string, available: string): void;
  /** Requests received per route, keyed like "POST /v2/orchestration/orchestrations". */
  counts(): Record<string, number>;
  resetCounts(): void;
  snapshot(): SimSnapshot;
}

export interface ControlDeps {
  world: World;
  faults: Faults;
  limiter: RateLimiter;
  auth: AuthServer;
  counts: Map<string, number>;
}

export function createControl({
  world,
  faults,
  limiter,
  auth,
  counts,
}: ControlDeps): SimulatorControl {
  return {
    setFaults: (partial) => faults.set(partial),
    clearFaults: () => faults.clear(),
    getFaults: () => faults.get(),
    setTiming(partial) {
      for (const key of ['fiatApprovalMs', 'orchestrationStepMs', 'wireDepositMs'] as const) {
        const value = partial[key];
        if (typeof value === 'number' && value >= 0) world.timing[key] = value;
      }
    },
    setRateLimits: (partial) => limiter.configure(partial),
    setApprovals(partial) {
      world.approvals = { ...world.approvals, ...partial };
    },
    getApprovals: () => structuredClone(world.approvals),
    decideApproval: (decision) => decideApproval(world, decision),
    resetRateLimits: () => limiter.reset(),
    setTokenTtl: (seconds) => auth.setTokenTtl(seconds),
    expireTokens: () => auth.expireAll(),
    addCredential: (spec) => auth.addCredential(spec),
    setStrictScopes: (strict) => auth.setStrictScopes(strict),
    requireSignedRequests: (on, clientId) => auth.setRequireSignature(on, clientId),
    registerSigningKey: (clientId, key) => auth.registerSigningKey(clientId, key),
    tick(ms = 0) {
      world.clock.advance(ms);
      runDue(world);
    },
    settle: () => settle(world),
    now: () => new Date(world.clock.now()),
    injectDeposit: (input) => injectDeposit(world, input),
    failNextIncomingWires: (count = 1, reason = 'returned to the sender (simulated)') =>
      failNextIncomingWires(world, count, reason),
    failNextOutgoingWires: (count = 1, reason = 'rejected by the beneficiary bank (simulated)') =>
      failNextOutgoingWires(world, count, reason),
    returnOutgoingWire: (id) => returnOutgoingWire(world, id).data,
    ignoreTransferRefIds(ignore) {
      world.ignoreTransferRefIds = ignore;
    },
    deprecateDepositInstructions: (id) => deprecateInstructions(world, id),
    failNextOrchestrations(
      count = 1,
      reason = 'wire rejected by the beneficiary bank (simulated)',
    ) {
      for (let i = 0; i < count; i += 1) world.pendingFailures.push(reason);
    },
    setBalance(profileId, asset, available) {
      const profile = findProfile(world.state, profileId);
      if (!profile) throw notFound(`no profile found for id: ${profileId}`);
      if (available !== '0' && !checkAmount(available).ok)
        throw badRequest(`invalid amount '${available}'`, 'available');
      profile.balances[asset] = available;
      world.touch();
    },
    counts: () => Object.fromEntries(counts),
    resetCounts: () => counts.clear(),
    snapshot: () => snapshot(world),
  };
}

function snapshot(world: World): SimSnapshot {
  const s = world.state;
  return structuredClone({
    now: new Date(world.clock.now()).toISOString(),
    profiles: s.profiles.map((p) => ({
      id: p.data.id,
      nickname: p.data.nickname,
      type: p.data.type,
      balances: p.balances,
    })),
    fiatAccounts: s.fiatAccounts.map((a) => ({ ...a.data, deleted: a.deleted })),
    orchestrations: s.orchestrations.map((o) => o.data),
    rules: s.rules.map((r) => r.data),
    transfers: s.transfers.map((t) => t.data),
    events: s.events.map((e) => e.data),
  });
}
