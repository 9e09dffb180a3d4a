// A redemption at Paxos: a Create Orchestration under the intent's ref_id, found again by ref_id
// within its profile, and its answer checked field by field (ref_id, profile, asset, amount,
// bank account) before it is taken as submitted.
import type { CreateOrchestrationInput } from '../../../../shared/paxos/requests';
import type { Orchestration } from '../../../../shared/paxos/responses';
import { orchestrationMismatch } from '../../../paxos/orchestrations';
import { noRecord } from '../answer-mismatch';
import type { IntentRoute } from '../money-path';
import { precheckRedemption } from './redemption-precheck';

export const redemptionRoute: IntentRoute<'create_orchestration'> = {
  kind: 'create_orchestration',
  async send(client, intent) {
    const { orchestration } = await client.createOrchestration({
      ...intent.payload,
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
    const found = await client.findOrchestrationByRefId(intent.refId, {
      profileId: intent.payload.source.profile.profile_id,
    });
    return found
      ? { paxosId: found.id, collection: 'orchestrations', record: found, done: false }
      : null;
  },
  checkAnswer(intent, { record }) {
    const asked = { ...intent.payload, ref_id: intent.refId };
    const o = record as Orchestration | undefined;
    if (!o) return noRecord(asked.ref_id);
    if (o.ref_id !== asked.ref_id)
      return { field: 'ref_id', asked: asked.ref_id, answered: o.ref_id ?? '(none)' };
    const reason = orchestrationMismatch(asked, o);
    return reason
      ? {
          field: reason.split(' ').slice(0, -1).join(' '),
          asked: describeOrchestration(asked),
          answered: reason,
        }
      : undefined;
  },
  precheck: precheckRedemption,
};

function describeOrchestration(body: CreateOrchestrationInput): string {
  const bank =
    'fiat' in body.destination ? ` to bank account ${body.destination.fiat.bank_account_id}` : '';
  return `${body.source_amount} ${body.source_asset} from profile ${body.source.profile.profile_id}${bank}`;
}
