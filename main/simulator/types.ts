// The simulator's state: Paxos-shaped JSON records (exactly what the API returns) plus, beside
// each, the private bookkeeping the lifecycle needs (review time, next step, funds to return).
// Everything is plain JSON so that `stateFile` can persist it.

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface SimProfile {
  data: {
    id: string;
    nickname: string;
    type: 'DEFAULT' | 'NORMAL';
    description: string;
    account_id: string;
    created_at: string;
  };
  /** asset → available amount (decimal string). `trading` is always "0" here. */
  balances: Record<string, string>;
}

export interface SimFiatAccount {
  data: JsonObject & { id: string; status: string; created_at: string };
  deleted: boolean;
  /** Simulator clock ms at which the pending review ends, or null when reviewed. */
  reviewAt: number | null;
  outcome: 'APPROVED' | 'REJECTED';
}

export interface SimOrchestration {
  data: JsonObject & { id: string; ref_id: string; status: string; created_at: string };
  /** 0 created, 1 source leg processing, 2 wire sent, 3 finished. */
  step: number;
  nextAt: number | null;
  /** Set when this orchestration is meant to fail at the wire step. */
  failReason: string | null;
  /** What to give back to which profile if it fails. */
  refund: { profileId: string; asset: string; amount: string };
  /** Credit on success for profile destinations. */
  credit: { profileId: string; asset: string; amount: string } | null;
  /** Set while PENDING approval (2026: PENDING → PROCESSING | REJECTED). */
  approval?: PendingApproval | null;
}

export interface SimRule {
  data: JsonObject & {
    id: string;
    ref_id: string;
    status: string;
    profile_id: string;
    created_at: string;
  };
  /** Set while PENDING approval (2026: PENDING → ACTIVE | REJECTED). */
  approval?: PendingApproval | null;
}

export interface SimTransfer {
  data: JsonObject & { id: string; status: string; created_at: string; profile_id: string };
}

export interface SimEvent {
  data: JsonObject & { id: string; type: string; created_at: string };
}

export interface SimState {
  version: 1;
  customerId: string;
  profiles: SimProfile[];
  fiatAccounts: SimFiatAccount[];
  orchestrations: SimOrchestration[];
  rules: SimRule[];
  transfers: SimTransfer[];
  events: SimEvent[];
  /** Money in (absent in a state file written before it): incoming-wires.ts. */
  depositInstructions?: SimDepositInstructions[];
  incomingWires?: SimIncomingWire[];
  /** Money out (fiat withdrawals): outgoing-wires.ts. */
  outgoingWires?: SimIncomingWire[];
}

export interface SimDepositInstructions {
  /** Set when a Convert & Hold rule made these instructions: a wire quoting them is converted. */
  ruleId?: string;
  data: JsonObject & {
    id: string;
    profile_id: string;
    status: string;
    memo_id: string;
    created_at: string;
  };
}

/** Bookkeeping beside a WIRE_DEPOSIT transfer until it ends. */
export interface SimIncomingWire {
  transferId: string;
  /** Simulator clock ms at which the wire is credited (or fails); null once ended. */
  dueAt: number | null;
  failReason: string | null;
}

// Approval bookkeeping beside a PENDING record (approvals.ts decides; the records carry it).
export type ApprovalOutcome = 'APPROVE' | 'REJECT';

/** Bookkeeping beside a PENDING record (plain JSON, persisted with the state). */
export interface PendingApproval {
  /** Simulator clock ms at which it is decided; null = waits for a decision via the control. */
  decideAt: number | null;
  outcome: ApprovalOutcome;
  reason?: string;
}
