// What the desk can do with Paxos, each with the OAuth scopes it needs. The desk asks for the
// scopes of the capabilities it can use and no more: a token request naming a scope the
// credential lacks can fail as a whole, and one missing scope must not take the rest down.
// Adding a capability (deposit instructions, fiat withdrawals, sandbox deposits …) is one row.
import type { PaxosScope } from './scopes';

export const CAPABILITIES = {
  redeem: {
    label: 'Redemptions',
    scopes: [
      'orchestration:read_orchestration',
      'orchestration:write_orchestration',
      'funding:read_profile',
      'transfer:read_fiat_account',
    ],
  },
  rules: {
    label: 'Auto-redeem rules',
    scopes: ['orchestration:read_orchestration_rule', 'orchestration:write_orchestration_rule'],
  },
  bankAccounts: {
    label: 'Bank accounts',
    scopes: ['transfer:read_fiat_account', 'transfer:write_fiat_account'],
  },
  activity: { label: 'Activity', scopes: ['transfer:read_transfer', 'events:read_event'] },
  // Money in: Paxos's wire instructions and memo for a profile. Incoming wires themselves are
  // transfers, read with Activity's transfer:read_transfer.
  receiveWires: {
    label: 'Receive wires',
    scopes: ['transfer:read_fiat_deposit_instructions', 'transfer:write_fiat_deposit_instructions'],
  },
  // Money out from USD cash: Create Fiat Withdrawal. Its transfers are read with Activity's scope.
  wireOut: { label: 'Wire out USD', scopes: ['transfer:write_fiat_withdrawal'] },
  // Sandbox only (production has no such route, and its credentials no such scope): never asked
  // for in Production (SANDBOX_ONLY below); a sandbox credential without it loses only this.
  sandboxWires: {
    label: 'Simulated incoming wires',
    scopes: ['transfer:write_sandbox_fiat_deposit'],
  },
} as const satisfies Record<string, { label: string; scopes: readonly PaxosScope[] }>;

/** Capabilities that exist only outside Production. */
export const SANDBOX_ONLY: readonly string[] = ['sandboxWires'];

export type Capability = keyof typeof CAPABILITIES;

export const ALL_CAPABILITIES = Object.keys(CAPABILITIES) as Capability[];

export function isCapability(name: string): name is Capability {
  return Object.hasOwn(CAPABILITIES, name);
}

/** The scopes these capabilities need, each once, in table order. */
export function scopesOf(capabilities: readonly Capability[]): PaxosScope[] {
  return [...new Set(capabilities.flatMap((c) => CAPABILITIES[c].scopes))];
}

/** A capability is usable when every scope it needs is granted. */
export function lacking(capability: Capability, granted: ReadonlySet<string>): PaxosScope[] {
  return CAPABILITIES[capability].scopes.filter((s) => !granted.has(s));
}

/** Where the state says which capabilities work: on, or off with the reason. */
export interface CapabilityStatus {
  name: Capability;
  label: string;
  on: boolean;
  reason?: string;
}
