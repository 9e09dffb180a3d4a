// Known values of the open enums Paxos sends, for the logic that must branch on them. Only the
// values some code actually reads live here: the response schemas (responses.ts) accept any
// string for these fields, because Paxos adds enum values without notice, so a list here is
// never a check on what may arrive.

/** The rule statuses the API documents: the simulator rejects a `status` filter outside them. */
export const RULE_STATUSES = ['ACTIVE', 'DELETED', 'PENDING', 'REJECTED', 'CANCELLED'] as const;

// Which orchestration and rule statuses end a record, and what each means to the operator, is
// one table: status-meanings.ts.
