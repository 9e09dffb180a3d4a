// Which field name carries a rule's bank destination on the wire.
//
// The 2025 orchestration preview spec names it `destination.fiat.bank_account_id` in the Create
// Orchestration Rule *request*, but `destination.fiat.fiat_account_id` in the rule object it
// returns; the newer (2026) API reference and redeem guide send `fiat_account_id`. We send
// `fiat_account_id`: it is what the current documentation and every response use, and it is the
// name Paxos uses for a fiat account everywhere outside ad-hoc orchestrations. Because a server
// that ignored the field could create a rule without our bank destination, createRule checks
// that the returned rule names the fiat account we sent, and fails loudly if it does not.
import type { CreateRuleInput, OrchestrationRule } from '../../shared/paxos-schemas';

export const RULE_FIAT_ACCOUNT_FIELD = 'fiat_account_id' as const;

/** The Create Orchestration Rule body as sent on the wire. */
export function ruleRequestBody(input: CreateRuleInput): Record<string, unknown> {
  const { destination, ...rest } = input;
  if (!('fiat' in destination)) return { ...rest, destination };
  const { fiat_account_id: fiatAccountId, ...fiat } = destination.fiat;
  return { ...rest, destination: { fiat: { [RULE_FIAT_ACCOUNT_FIELD]: fiatAccountId, ...fiat } } };
}

/** The bank destination of a rule as Paxos returned it, whichever name it used. */
export function ruleFiatAccountId(rule: OrchestrationRule): string | undefined {
  const fiat = rule.destination?.fiat;
  return fiat?.fiat_account_id ?? fiat?.bank_account_id;
}
