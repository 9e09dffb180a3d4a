// An auto-redeem rule at Paxos: created under the intent's ref_id, found again by ref_id within
// its profile, its answer checked for the destination it wires to (a rule that wires elsewhere is
// deleted at once); deleted by id, the answer naming the rule that was asked.
import { isAppError } from '../../../../shared/app-error';
import type { OrchestrationRule } from '../../../../shared/paxos/responses';
import { ruleFiatAccountId } from '../../../paxos';
import { ruleDestinationMismatch } from '../../../paxos/rules';
import { noRecord, sameTarget } from '../answer-mismatch';
import { resendToLookUp } from '../intent-route';
import type { IntentRoute } from '../money-path';

/** The client's answer_mismatch for a rule whose answer names no bank account: the name was ignored. */
const namesNoBank = (error: unknown) =>
  isAppError(error) &&
  error.code === 'answer_mismatch' &&
  error.details?.field === 'bank account' &&
  error.details.answered === '(none named)';

export const createRuleRoute: IntentRoute<'create_rule'> = {
  kind: 'create_rule',
  // The bank account goes under the name this environment accepted before (finding 7); a fresh
  // rule naming it confirms the name, an answer naming no bank account switches to the other.
  async send(client, intent, context) {
    const input = intent.payload;
    const memory = context?.ruleFields;
    const bankField = memory?.preferred();
    try {
      const { rule, alreadyExisted } = await client.createRule(
        { ...input, ref_id: intent.refId },
        bankField ? { bankField } : {},
      );
      const wanted =
        'fiat' in input.destination ? input.destination.fiat.fiat_account_id : undefined;
      if (memory && bankField && !alreadyExisted && wanted && ruleFiatAccountId(rule) === wanted)
        memory.accepted(bankField);
      return { paxosId: rule.id, collection: 'rules', record: rule, done: true };
    } catch (error) {
      if (memory && bankField && namesNoBank(error)) memory.ignored(bankField);
      throw error;
    }
  },
  async lookup(client, intent) {
    const found = await client.findRuleByRefId(intent.refId, intent.payload.profile_id);
    return found ? { paxosId: found.id, collection: 'rules', record: found, done: true } : null;
  },
  checkAnswer(intent, { record }) {
    const asked = { ...intent.payload, ref_id: intent.refId };
    const r = record as OrchestrationRule | undefined;
    if (!r) return noRecord(asked.ref_id);
    return ruleDestinationMismatch(asked, r);
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
