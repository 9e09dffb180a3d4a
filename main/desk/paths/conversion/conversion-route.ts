// A conversion at Paxos: created under the intent's ref_id (always sent), found again by ref_id
// within its source profile after a lost answer (never a blind resend: the outbox looks first),
// every answer checked against the request (conversion-answer.ts), and on completion the
// credited amount checked against the confirmed one (conversion-credit.ts).
import { conversionMismatch } from './conversion-answer';
import { checkCredited } from './conversion-credit';
import { precheckConversion } from './conversion-precheck';
import type { IntentRoute } from '../money-path';
import { isPaxosError, PaxosError } from '../../../paxos';

export const conversionRoute: IntentRoute<'create_conversion'> = {
  kind: 'create_conversion',
  async send(client, intent) {
    const { orchestration } = await client
      .createOrchestration({ ...intent.payload, ref_id: intent.refId })
      .catch((error: unknown) => {
        throw pairRefused(error, intent.payload.source_asset, intent.payload.destination_asset);
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

/**
 * Paxos answers a pair the entity may not use (an entitlement) with a 400: the operator reads
 * which pair, in main's words, then Paxos's own; it stays a refusal (the intent fails, nothing
 * is resent). Any other error passes unchanged.
 */
function pairRefused(error: unknown, from: string, to: string): unknown {
  if (!isPaxosError(error) || error.status !== 400) return error;
  return new PaxosError(
    error.code,
    `Paxos refused converting ${from} → ${to}: this pair may not be enabled for your account (an entitlement Paxos sets). Paxos said: ${error.message}`,
    { ...error.details, pair: `${from}>${to}` },
    { status: error.status, ...(error.problemType ? { problemType: error.problemType } : {}) },
  );
}
