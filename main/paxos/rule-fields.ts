// Which field name carries a rule's bank destination on the wire.
//
// The 2025 orchestration preview spec names it `destination.fiat.bank_account_id` in the Create
// Orchestration Rule *request*, but `destination.fiat.fiat_account_id` in the rule object it
// returns; the newer (2026) API reference and redeem guide send `fiat_account_id`. We send
// `fiat_account_id`: it is what the current documentation and every response use, and it is the
// name Paxos uses for a fiat account everywhere outside ad-hoc orchestrations. Because a server
// that ignored the field could create a rule without our bank destination, createRule checks
// that the returned rule names the fiat account we sent, and fails loudly if it does not.
//
// The docs leave the name open, so the client does not guess twice: the outbox remembers per
// environment which name Paxos accepted (main/desk/paths/rule/rule-field-memory.ts) and sends that
// one first; an answer naming no bank account switches it to the other name for the next rule.
import type { CreateRuleInput } from '../../shared/paxos/requests';
import type { OrchestrationRule } from '../../shared/paxos/responses';

export const RULE_BANK_FIELDS = ['fiat_account_id', 'bank_account_id'] as const;
export type RuleBankField = (typeof RULE_BANK_FIELDS)[number];

/** The name sent when nothing is known yet about this environment. */
export const RULE_FIAT_ACCOUNT_FIELD: RuleBankField = 'fiat_account_id';

export const otherRuleBankField = (field: RuleBankField): RuleBankField =>
  field === 'fiat_account_id' ? 'bank_account_id' : 'fiat_account_id';

/** The Create Orchestration Rule body as sent on the wire, naming the bank account by `field`. */
export function ruleRequestBody(
  input: CreateRuleInput,
  field: RuleBankField = RULE_FIAT_ACCOUNT_FIELD,
): Record<string, unknown> {
  const { destination, ...rest } = input;
  if (!('fiat' in destination)) return { ...rest, destination };
  const { fiat_account_id: fiatAccountId, ...fiat } = destination.fiat;
  return { ...rest, destination: { fiat: { [field]: fiatAccountId, ...fiat } } };
}

/** The bank destination of a rule as Paxos returned it, whichever name it used. */
export function ruleFiatAccountId(rule: OrchestrationRule): string | undefined {
  const fiat = rule.destination?.fiat;
  return fiat?.fiat_account_id ?? fiat?.bank_account_id;
}
