// Which field name carries a rule's bank destination on the wire.
//
// The 2025 orchestration preview named it `destination.fiat.bank_account_id` in the Create
// Orchestration Rule request but `fiat_account_id` in the rule it returned, so an earlier
// version remembered per environment which name Paxos accepted. The 2026 document (the one this
// client is tested against) names it `fiat_account_id` in both, so that is the only name sent.
// A server that ignored it could still create a rule without our bank destination: createRule
// checks that the returned rule names the fiat account we sent, deletes it at once if not, and
// fails loudly (ruleDestinationMismatch in rules.ts).
import type { CreateRuleInput } from '../../shared/paxos/requests';
import type { OrchestrationRule } from '../../shared/paxos/responses';

/** The Create Orchestration Rule body as sent on the wire: the input as it is. */
export function ruleRequestBody(input: CreateRuleInput): Record<string, unknown> {
  return { ...input };
}

/**
 * The bank destination of a rule as Paxos returned it. Rules created while the 2025 name was
 * current may still come back naming it so: reading it is harmless, sending it is over.
 */
export function ruleFiatAccountId(rule: OrchestrationRule): string | undefined {
  const fiat = rule.destination?.fiat;
  return fiat?.fiat_account_id ?? fiat?.bank_account_id;
}
