// Bank (fiat) accounts at Paxos: created under the intent's ref_id and found again by it, the
// answer checked against the account asked for; updated and deleted by id, the answer naming
// the account that was asked. Not money moving, but where money can go.
import type { FiatAccount } from '../../../../shared/paxos/responses';
import { fiatAccountMismatch } from '../../../paxos/fiat-accounts';
import { noRecord, sameTarget } from '../answer-mismatch';
import { resendToLookUp } from '../intent-route';
import type { IntentRoute } from '../money-path';

export const createBankAccountRoute: IntentRoute<'create_fiat_account'> = {
  kind: 'create_fiat_account',
  async send(client, intent) {
    const { fiatAccount } = await client.createFiatAccount({
      ...intent.payload,
      ref_id: intent.refId,
    });
    return { paxosId: fiatAccount.id, collection: 'fiatAccounts', record: fiatAccount, done: true };
  },
  async lookup(client, intent) {
    const hit = await client.findFiatAccountByRefId(intent.refId);
    return hit ? { paxosId: hit.id, collection: 'fiatAccounts', record: hit, done: true } : null;
  },
  checkAnswer(intent, { record }) {
    const asked = { ...intent.payload, ref_id: intent.refId };
    const a = record as FiatAccount | undefined;
    if (!a) return noRecord(asked.ref_id);
    const reason = fiatAccountMismatch(asked, a);
    return reason
      ? { field: 'bank account', asked: `ref_id ${asked.ref_id}`, answered: reason }
      : undefined;
  },
};

const sendUpdate: IntentRoute<'update_fiat_account'>['send'] = async (client, intent) => {
  const { id, changes } = intent.payload;
  const account = await client.updateFiatAccount(id, changes);
  return { paxosId: account.id, collection: 'fiatAccounts', record: account, done: true };
};

export const updateBankAccountRoute: IntentRoute<'update_fiat_account'> = {
  kind: 'update_fiat_account',
  send: sendUpdate,
  lookup: resendToLookUp(sendUpdate),
  checkAnswer: (intent, delivered) => sameTarget(intent.payload.id, delivered),
};

const sendDelete: IntentRoute<'delete_fiat_account'>['send'] = async (client, intent) => {
  const { id } = intent.payload;
  await client.deleteFiatAccount(id);
  return { paxosId: id, done: true };
};

export const deleteBankAccountRoute: IntentRoute<'delete_fiat_account'> = {
  kind: 'delete_fiat_account',
  send: sendDelete,
  lookup: resendToLookUp(sendDelete),
  checkAnswer: (intent, delivered) => sameTarget(intent.payload.id, delivered),
};
