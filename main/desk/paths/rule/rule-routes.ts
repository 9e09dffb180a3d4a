// An auto-redeem rule at Paxos: created under the intent's ref_id, found again by ref_id within
// its profile, its answer checked for the destination it wires to (a rule that wires elsewhere is
// deleted at once); deleted by id, the answer naming the rule that was asked.
import type { OrchestrationRule } from '../../../../shared/paxos/responses';
import { ruleDestinationMismatch } from '../../../paxos/rules';
import { noRecord, sameTarget } from '../answer-mismatch';
import { resendToLookUp } from '../intent-route';
import type { IntentRoute } from '../money-path';
import { convertHoldMismatch } from './convert-hold-answer';

export const createRuleRoute: IntentRoute<'create_rule'> = {
  kind: 'create_rule',
  // The bank account goes as `fiat_account_id` (the 2026 name); an answer naming no bank
  // account, or another, is refused by the client as a mismatch and the rule deleted at once.
  async send(client, intent) {
    const { rule } = await client.createRule({ ...intent.payload, ref_id: intent.refId });
    return { paxosId: rule.id, collection: 'rules', record: rule, done: true };
  },
  async lookup(client, intent) {
    const found = await client.findRuleByRefId(intent.refId, intent.payload.profile_id);
    return found ? { paxosId: found.id, collection: 'rules', record: found, done: true } : null;
  },
  checkAnswer(intent, { record }) {
    const asked = { ...intent.payload, ref_id: intent.refId };
    const r = record as OrchestrationRule | undefined;
    if (!r) return noRecord(asked.ref_id);
    return ruleDestinationMismatch(asked, r) ?? convertHoldMismatch(asked, r);
  },
  // A rule wiring elsewhere must not stay live with a deposit address: delete it at once.
  undoWrongAnswer: (client, delivered) => client.deleteRuleQuietly(delivered.paxosId),
};

const sendDeleteRule: IntentRoute<'delete_rule'>['send'] = async (client, intent) => {
  const rule = await client.deleteRule(intent.payload.id);
  return { paxosId: rule.id, collection: 'rules', record: rule, done: true };
};

export const deleteRuleRoute: IntentRoute<'delete_rule'> = {
  kind: 'delete_rule',
  send: sendDeleteRule,
  lookup: resendToLookUp(sendDeleteRule),
  checkAnswer: (intent, delivered) => sameTarget(intent.payload.id, delivered),
};
