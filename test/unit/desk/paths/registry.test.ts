// The money path registry (main/desk/paths/registry.ts): every intent kind has exactly one path,
// and the outbox sends and looks up each kind through that path's route, whose answer check is
// as strict as before: an answer that is not what the intent asked for is never taken as done,
// whether it comes from the send or from a lookup by ref_id after an unclear outcome.
import { describe, expect, it, vi } from 'vitest';
import { Outbox } from '../../../../main/desk/outbox/outbox';
import { moneyPaths, pathActions, pathOf, routeFor } from '../../../../main/desk/paths/registry';
import { CacheStore } from '../../../../main/desk/store/cache/cache-store';
import { intentKinds, type IntentKind } from '../../../../main/desk/store/intents/intent';
import { IntentStore } from '../../../../main/desk/store/intents/intent-store';
import type { PaxosClient } from '../../../../main/paxos';
import type { IntentPayloads } from '../../../../shared/intent-payloads';
import { usWireAccount } from '../../../support/wire-account';
import { closeAfterTest, useTempDirs } from '../store/temp-dir';

const tempDir = useTempDirs('money-paths-');

describe('the money path registry', () => {
  it('has exactly one path for every intent kind', () => {
    for (const kind of intentKinds) {
      expect(routeFor(kind).kind).toBe(kind);
      expect(moneyPaths).toContain(pathOf(kind));
    }
    const routed = moneyPaths.flatMap((path) => path.routes.map((route) => route.kind));
    expect([...routed].sort()).toEqual([...intentKinds].sort());
  });

  it('names the decisions main confirms, path by path', () => {
    expect(pathActions).toEqual([
      'redemption.create',
      'conversion.create',
      'rule.create',
      'rule.delete',
      'fiat_account.create',
      'fiat_account.update',
      'fiat_account.delete',
      'fiat_withdrawal.create',
    ]);
  });

  it('refuses an intent of another kind before reading its payload', async () => {
    const client: Partial<PaxosClient> = {};
    const intent = {
      id: 'i-1',
      refId: 'ref-1',
      state: 'queued' as const,
      createdAt: 't',
      updatedAt: 't',
      attempts: 0,
      kind: 'delete_rule' as const,
      payload: { id: 'rule-1' },
    };
    await expect(
      routeFor('create_orchestration').send(client as PaxosClient, intent),
    ).rejects.toMatchObject({ code: 'internal' });
  });
});

/** Per intent kind: what is asked, and a client whose answers (sent and looked up) differ from it. */
interface WrongAnswers<K extends IntentKind> {
  payload: IntentPayloads[K];
  client: Partial<PaxosClient>;
  /** The field the refusal names when the answer comes from the send. */
  field: string;
}

const redemption: WrongAnswers<'create_orchestration'> = {
  payload: {
    source_asset: 'USDC',
    destination_asset: 'USD',
    source_amount: '250.00',
    source: { profile: { profile_id: 'p-1' } },
    destination: { fiat: { bank_account_id: 'fa-1' } },
  },
  // Same ref_id, another amount: the route checks more than the reference.
  client: {
    createOrchestration: async (body) => ({
      orchestration: { ...body, id: 'o-1', status: 'PROCESSING', source_amount: '2500.00' },
      alreadyExisted: false,
    }),
    findOrchestrationByRefId: async (refId) => ({
      id: 'o-1',
      ref_id: refId,
      status: 'PROCESSING',
      source_asset: 'USDC',
      destination_asset: 'USD',
      source_amount: '250.00',
      source: { profile: { profile_id: 'p-2' } },
    }),
  },
  field: 'amount',
};

const deleteRuleQuietly = vi.fn(async () => true);
const rule: WrongAnswers<'create_rule'> = {
  payload: {
    profile_id: 'p-1',
    source_asset: 'USDC',
    destination_asset: 'USD',
    source: { crypto: { network: 'ETHEREUM' } },
    destination: { fiat: { fiat_account_id: 'fa-1' } },
  },
  // A rule that wires to another bank account.
  client: {
    createRule: async (body) => ({
      rule: {
        ...body,
        id: 'r-1',
        status: 'ACTIVE',
        destination: { fiat: { fiat_account_id: 'fa-9' } },
      },
      alreadyExisted: false,
    }),
    findRuleByRefId: async (refId) => ({
      id: 'r-1',
      ref_id: refId,
      status: 'ACTIVE',
      destination: { fiat: { fiat_account_id: 'fa-9' } },
    }),
    deleteRuleQuietly,
  },
  field: 'bank account',
};

const bankAccount: WrongAnswers<'create_fiat_account'> = {
  payload: usWireAccount('Acme Treasury Inc', '74600021314512'),
  // Paxos' account under our ref_id ends in other digits.
  client: {
    createFiatAccount: async (body) => ({
      fiatAccount: {
        id: 'fa-2',
        ref_id: body.ref_id,
        status: 'PENDING',
        fiat_network_instructions: { wire: { account_number: 'XXXX9999' } },
      },
      alreadyExisted: false,
    }),
    findFiatAccountByRefId: async (refId) => ({
      id: 'fa-2',
      ref_id: refId,
      status: 'PENDING',
      fiat_network_instructions: { wire: { account_number: 'XXXX9999' } },
    }),
  },
  field: 'bank account',
};

const update: WrongAnswers<'update_fiat_account'> = {
  payload: { id: 'fa-1', changes: { fiat_account_owner: { institution_details: { name: 'X' } } } },
  client: { updateFiatAccount: async () => ({ id: 'fa-7', status: 'PENDING' }) },
  field: 'id',
};

const deleteRule: WrongAnswers<'delete_rule'> = {
  payload: { id: 'r-1' },
  client: { deleteRule: async () => ({ id: 'r-7', status: 'DELETED' }) },
  field: 'id',
};

const cases = [
  ['create_orchestration', redemption],
  ['create_rule', rule],
  ['create_fiat_account', bankAccount],
  ['update_fiat_account', update],
  ['delete_rule', deleteRule],
] as const;

async function outboxWith(client: Partial<PaxosClient>) {
  const dir = await tempDir();
  const intents = closeAfterTest(await IntentStore.open(dir));
  const cache = closeAfterTest(await CacheStore.open(dir));
  const full = { coolDownUntil: () => null, ...client };
  const outbox = new Outbox({
    intents,
    cache,
    getClient: () => full as PaxosClient,
    now: () => new Date(),
    expiryMinutes: () => 60,
  });
  return { outbox, intents };
}

describe('the outbox uses each path’s answer check', () => {
  it.each(cases)('a %s answered wrongly when sent is not taken as done', async (kind, wrong) => {
    const { outbox, intents } = await outboxWith(wrong.client);
    const intent = await outbox.enqueue(kind, wrong.payload);
    await outbox.flush();
    expect(intents.get(intent.id)).toMatchObject({
      state: 'needs_attention',
      attentionReason: 'answer_mismatch',
      lastError: { code: 'answer_mismatch' },
    });
    expect(intents.get(intent.id)?.lastError?.message).toContain(`whose ${wrong.field} is`);
  });

  it.each(cases)(
    'a %s answered wrongly when looked up is not taken as done',
    async (kind, wrong) => {
      const { outbox, intents } = await outboxWith(wrong.client);
      const intent = await outbox.enqueue(kind, wrong.payload);
      // As after a crash mid-send: the outcome is unclear, so the outbox looks it up first.
      await intents.update(intent.id, { state: 'sending' });
      await intents.update(intent.id, { state: 'reconciling' });
      await outbox.flush();
      expect(intents.get(intent.id)).toMatchObject({
        state: 'needs_attention',
        lastError: { code: 'answer_mismatch' },
      });
    },
  );

  it('deletes at once a rule that Paxos wired elsewhere', async () => {
    deleteRuleQuietly.mockClear();
    const { outbox } = await outboxWith(rule.client);
    await outbox.enqueue('create_rule', rule.payload);
    await outbox.flush();
    expect(deleteRuleQuietly).toHaveBeenCalledWith('r-1');
  });

  it('a bank account delete answers for the very account it named', async () => {
    const deleteFiatAccount = vi.fn(async () => undefined);
    const { outbox, intents } = await outboxWith({ deleteFiatAccount });
    const intent = await outbox.enqueue('delete_fiat_account', { id: 'fa-1' });
    await outbox.flush();
    expect(deleteFiatAccount).toHaveBeenCalledWith('fa-1');
    expect(intents.get(intent.id)).toMatchObject({
      state: 'completed',
      result: { paxosId: 'fa-1' },
    });
  });
});
