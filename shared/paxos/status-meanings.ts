// What each status Paxos documents means to the operator, in one table (2026-07 document):
// the words the desk shows, whether the record can still change, and how it counts (in flight,
// done, failed). Enums are open: a status no document names is shown as Paxos wrote it, kept in
// flight (it may still move), and flagged for a look once it has not moved for a while.

/** How a status counts: what Activity files it under and whether totals include it. */
export const STATUS_OUTCOMES = [
  'awaiting_approval',
  'in_progress',
  'succeeded',
  'failed',
  'rejected',
  'unknown',
] as const;
export type StatusOutcome = (typeof STATUS_OUTCOMES)[number];

export interface StatusMeaning {
  /** The operator's words for it. */
  label: string;
  /** The record can no longer change: leave the in-flight set and the fast poll. */
  terminal: boolean;
  outcome: StatusOutcome;
}

/** Orchestrations: PENDING → PROCESSING → COMPLETED | FAILED; PENDING → REJECTED. */
export const ORCHESTRATION_STATUS_MEANINGS = {
  PENDING: { label: 'Awaiting approval at Paxos', terminal: false, outcome: 'awaiting_approval' },
  PROCESSING: { label: 'Processing', terminal: false, outcome: 'in_progress' },
  COMPLETED: { label: 'Completed', terminal: true, outcome: 'succeeded' },
  FAILED: { label: 'Failed', terminal: true, outcome: 'failed' },
  REJECTED: { label: 'Rejected by Paxos', terminal: true, outcome: 'rejected' },
} as const satisfies Record<string, StatusMeaning>;

/** Rules: PENDING → ACTIVE | REJECTED; ACTIVE → DELETED. Only an ACTIVE rule converts deposits. */
export const RULE_STATUS_MEANINGS = {
  PENDING: {
    label: 'Awaiting approval at Paxos: do not send funds yet',
    terminal: false,
    outcome: 'awaiting_approval',
  },
  ACTIVE: { label: 'Active', terminal: false, outcome: 'succeeded' },
  REJECTED: {
    label: 'Rejected by Paxos: deposits are not converted',
    terminal: true,
    outcome: 'rejected',
  },
  DELETED: {
    label: 'Deleted: deposits stay in the profile',
    terminal: true,
    outcome: 'failed',
  },
} as const satisfies Record<string, StatusMeaning>;

export type KnownOrchestrationStatus = keyof typeof ORCHESTRATION_STATUS_MEANINGS;
export type KnownRuleStatus = keyof typeof RULE_STATUS_MEANINGS;

function meaningIn(table: Record<string, StatusMeaning>, status: string): StatusMeaning {
  return Object.hasOwn(table, status)
    ? table[status]!
    : { label: status || 'Unknown status', terminal: false, outcome: 'unknown' };
}

export function orchestrationStatusMeaning(status: string): StatusMeaning {
  return meaningIn(ORCHESTRATION_STATUS_MEANINGS, status);
}

export function ruleStatusMeaning(status: string): StatusMeaning {
  return meaningIn(RULE_STATUS_MEANINGS, status);
}

export function isTerminalOrchestration(status: string): boolean {
  return orchestrationStatusMeaning(status).terminal;
}

/** A rule's deposit address may be shown as usable (QR code, copy) only while it is ACTIVE. */
export function ruleTakesDeposits(status: string): boolean {
  return status === 'ACTIVE';
}

/** An unknown status that has not moved for this long is flagged for a look. */
export const UNKNOWN_STATUS_LOOK_AFTER_MS = 24 * 60 * 60_000;
