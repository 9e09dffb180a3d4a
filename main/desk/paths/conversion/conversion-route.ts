// A conversion at Paxos: created under the intent's ref_id (always sent), found again by ref_id
// within its source profile after a lost answer (never a blind resend: the outbox looks first),
// every answer checked against the request (conversion-answer.ts), and on completion the
// credited amount checked against the confirmed one (conversion-credit.ts).
import { conversionMismatch } from './conversion-answer';
import { checkCredited } from './conversion-credit';
import { precheckConversion } from './conversion-precheck';
import type { IntentRoute } from '../money-path';

export const conversionRoute: IntentRoute<'create_conversion'> = {
  kind: 'create_conversion',
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
  checkAnswer: conversionMismatch,
  precheck: precheckConversion,
  checkCompletion: checkCredited,
};
