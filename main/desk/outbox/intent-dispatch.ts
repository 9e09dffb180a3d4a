// How each kind of intent is sent to Paxos, and how to find out afterwards whether an attempt
// whose answer was lost went through. Creates carry the intent's ref_id on every attempt.
import { AppError, isAppError } from '../../../shared/app-error';
import { ruleFiatAccountId, type PaxosClient } from '../../paxos';
import type { CacheCollection, PaxosRecord } from '../store/cache/cache-records';
import type { Intent, IntentKind, IntentPayloads } from '../store/intents/intent';
import { answerMismatch, mismatchError } from './answer-check';
import type { RuleFieldMemory } from './rule-field-memory';

/** What Paxos answered: the record to cache, and the id the intent points at from now on. */
export interface Delivered {
  paxosId: string;
  collection?: CacheCollection;
  record?: PaxosRecord;
  /** Orchestrations stay `submitted` until they complete or fail; other intents are done. */
  done: boolean;
}

/** What a send may learn from and remember in this environment. */
export interface DispatchContext {
  ruleFields?: RuleFieldMemory;
}

export interface IntentDispatch {
  send(client: PaxosClient, intent: Intent, context?: DispatchContext): Promise<Delivered>;
  /**
   * After an unclear outcome: the delivered result if Paxos has it, null if a definite search
   * (filtered, then the unfiltered list over a bounded window) found nothing.
   */
  lookup(client: PaxosClient, intent: Intent): Promise<Delivered | null>;
}

/** The payload of an intent known to be of kind K (the table below is keyed by kind). */
function payloadOf<K extends IntentKind>(intent: Intent, kind: K): IntentPayloads[K];
function payloadOf(intent: Intent, kind: IntentKind): IntentPayloads[IntentKind] {
  if (intent.kind !== kind)
    throw new AppError('internal', `A ${intent.kind} intent was dispatched as ${kind}.`, {
      refId: intent.refId,
    });
  return intent.payload;
}

/** Resending these is harmless (PUT, DELETE), so "look up" means "send again". */
const resend = (dispatch: Pick<IntentDispatch, 'send'>) => (client: PaxosClient, intent: Intent) =>
  dispatch.send(client, intent);

const createOrchestration: IntentDispatch = {
  async send(client, intent) {
    const { orchestration } = await client.createOrchestration({
      ...payloadOf(intent, 'create_orchestration'),
      ref_id: intent.refId,
    });
    return {
      paxosId: orchestration.id,
      collection: 'orchestrations',
      record: orchestration,
      done: false,
    };
  },
  async lookup(client, intent) {
    const payload = payloadOf(intent, 'create_orchestration');
    const found = await client.findOrchestrationByRefId(intent.refId, {
      profileId: payload.source.profile.profile_id,
    });
    return found
      ? { paxosId: found.id, collection: 'orchestrations', record: found, done: false }
      : null;
  },
};

/** The client's answer_mismatch for a rule whose answer names no bank account: the name was ignored. */
const namesNoBank = (error: unknown) =>
  isAppError(error) &&
  error.code === 'answer_mismatch' &&
  error.details?.field === 'bank account' &&
  error.details.answered === '(none named)';

const createRule: IntentDispatch = {
  // The bank account goes under the name this environment accepted before (finding 7); a fresh
  // rule naming it confirms the name, an answer naming no bank account switches to the other.
  async send(client, intent, context) {
    const input = payloadOf(intent, 'create_rule');
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
    const payload = payloadOf(intent, 'create_rule');
    const found = await client.findRuleByRefId(intent.refId, payload.profile_id);
    return found ? { paxosId: found.id, collection: 'rules', record: found, done: true } : null;
  },
};

const createFiatAccount: IntentDispatch = {
  async send(client, intent) {
    const { fiatAccount } = await client.createFiatAccount({
      ...payloadOf(intent, 'create_fiat_account'),
      ref_id: intent.refId,
    });
    return { paxosId: fiatAccount.id, collection: 'fiatAccounts', record: fiatAccount, done: true };
  },
  async lookup(client, intent) {
    const hit = await client.findFiatAccountByRefId(intent.refId);
    return hit ? { paxosId: hit.id, collection: 'fiatAccounts', record: hit, done: true } : null;
  },
};

const updateFiatAccountSend = {
  async send(client: PaxosClient, intent: Intent): Promise<Delivered> {
    const { id, changes } = payloadOf(intent, 'update_fiat_account');
    const account = await client.updateFiatAccount(id, changes);
    return { paxosId: account.id, collection: 'fiatAccounts', record: account, done: true };
  },
};

const deleteRuleSend = {
  async send(client: PaxosClient, intent: Intent): Promise<Delivered> {
    const rule = await client.deleteRule(payloadOf(intent, 'delete_rule').id);
    return { paxosId: rule.id, collection: 'rules', record: rule, done: true };
  },
};

const deleteFiatAccountSend = {
  async send(client: PaxosClient, intent: Intent): Promise<Delivered> {
    const { id } = payloadOf(intent, 'delete_fiat_account');
    await client.deleteFiatAccount(id);
    return { paxosId: id, done: true };
  },
};

const unchecked: Readonly<Record<IntentKind, IntentDispatch>> = {
  create_orchestration: createOrchestration,
  create_rule: createRule,
  create_fiat_account: createFiatAccount,
  update_fiat_account: { ...updateFiatAccountSend, lookup: resend(updateFiatAccountSend) },
  delete_rule: { ...deleteRuleSend, lookup: resend(deleteRuleSend) },
  delete_fiat_account: { ...deleteFiatAccountSend, lookup: resend(deleteFiatAccountSend) },
};

/** Every answer that closes an intent, sent or looked up, must be what the intent asked for. */
async function checked(
  client: PaxosClient,
  intent: Intent,
  delivered: Delivered,
): Promise<Delivered> {
  const wrong = answerMismatch(intent, delivered.record, delivered.paxosId);
  if (!wrong) return delivered;
  // A rule wiring elsewhere must not stay live with a deposit address: delete it at once.
  const deleted =
    intent.kind === 'create_rule' ? await client.deleteRuleQuietly(delivered.paxosId) : undefined;
  throw mismatchError(intent, wrong, {
    paxosId: delivered.paxosId,
    ...(deleted === undefined ? {} : { deleted }),
  });
}

export const intentDispatch: Readonly<Record<IntentKind, IntentDispatch>> = Object.fromEntries(
  Object.entries(unchecked).map(([kind, d]) => [
    kind,
    {
      send: async (client: PaxosClient, intent: Intent, context?: DispatchContext) =>
        checked(client, intent, await d.send(client, intent, context)),
      lookup: async (client: PaxosClient, intent: Intent) => {
        const found = await d.lookup(client, intent);
        return found && checked(client, intent, found);
      },
    },
  ]),
) as Record<IntentKind, IntentDispatch>;
