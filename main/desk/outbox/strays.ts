// A cancelled or abandoned request can still turn up at Paxos (a send whose answer was lost, a
// lookup that lagged). After each sync the refreshed cache is searched for their ref_ids: one
// found raises an alert to the operator, and the intent follows the record from then on.
import type { OutboxOptions } from './outbox-options';

/** Kinds whose record can turn up at Paxos under the intent's ref_id. */
const strayCollections = {
  create_orchestration: 'orchestrations',
  create_rule: 'rules',
  create_fiat_account: 'fiatAccounts',
} as const;

/** Returns how many strays were found (each alerted and followed). */
export async function noticeStrays(options: OutboxOptions): Promise<number> {
  let found = 0;
  for (const intent of options.intents.list({ states: ['cancelled', 'abandoned'] })) {
    const collection = strayCollections[intent.kind as keyof typeof strayCollections];
    if (!collection) continue;
    const hit = (await options.cache.query(collection, { refId: intent.refId }, { limit: 1 }))
      .items[0];
    if (!hit) continue;
    const paxosId = String(hit.record.id);
    const alert = `${intent.state === 'cancelled' ? 'Cancelled' : 'Abandoned'} request ${intent.refId} was found at Paxos as ${paxosId}; Treasury Desk now follows it.`;
    const updated = await options.intents.followStray(intent.id, intent.state, paxosId, alert);
    // Only an orchestration has a life after Paxos accepts it; an account or a rule is done.
    if (intent.kind !== 'create_orchestration') await options.intents.markCompleted(intent.id);
    options.onAlert?.(updated);
    options.onChange?.();
    found += 1;
  }
  return found;
}
