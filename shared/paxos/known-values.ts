// Known values of the open enums Paxos sends, for the logic that must branch on them. Only the
// values some code actually reads live here: the response schemas (responses.ts) accept any
// string for these fields, because Paxos adds enum values without notice, so a list here is
// never a check on what may arrive.

/** The rule statuses the API documents: the simulator rejects a `status` filter outside them. */
export const RULE_STATUSES = ['ACTIVE', 'DELETED', 'PENDING', 'REJECTED', 'CANCELLED'] as const;

/**
 * The orchestration statuses after which nothing more happens. Anything else (PROCESSING,
 * PENDING_APPROVAL, which appears only in an unreleased docs preview, or a value Paxos adds
 * later) is treated as still in flight.
 */
const TERMINAL_ORCHESTRATION_STATUSES = ['COMPLETED', 'FAILED'] as const;

export function isTerminalOrchestrationStatus(status: string): boolean {
  return (TERMINAL_ORCHESTRATION_STATUSES as readonly string[]).includes(status);
}
