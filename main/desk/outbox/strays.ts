// A cancelled or abandoned request can still turn up at Paxos (a send whose answer was lost, a
// lookup that lagged). After each sync the cache is searched for their ref_ids: one found
// raises an alert to the operator, and the intent follows the record from then on.
//
// What is searched is proportional to what changed, not to the history: once at start every
// such request (nothing is missed across a restart), then each cycle only (a) the ref_ids the
// cache was handed since the last check and (b) requests that became cancelled or abandoned
// since then (their record may already have been cached). A request found neither way has no
// record in the cache, so searching for it again would find nothing.
import { createsOrchestration, type Intent } from '../store/intents/intent';
import { routeFor } from '../paths/registry';
import type { OutboxOptions } from './outbox-options';

/** Kinds whose record can turn up at Paxos under the intent's ref_id. */
const strayCollections = {
  create_orchestration: 'orchestrations',
  create_conversion: 'orchestrations',
  create_rule: 'rules',
  create_fiat_account: 'fiatAccounts',
} as const;

const STRAY_STATES = ['cancelled', 'abandoned'] as const;
const isStray = (intent: Intent) => (STRAY_STATES as readonly string[]).includes(intent.state);

/** Which requests to search for this cycle; one per outbox. */
export class StrayWatch {
  private startChecked = false;
  private readonly newlyStray = new Map<string, Intent>();

  constructor(private readonly options: Pick<OutboxOptions, 'intents' | 'cache'>) {
    options.intents.watch((intent) => {
      if (isStray(intent)) this.newlyStray.set(intent.id, intent);
      else this.newlyStray.delete(intent.id);
    });
  }

  /** The requests to search for now (each still cancelled or abandoned, each once). */
  candidates(): Intent[] {
    const { intents, cache } = this.options;
    const handed = cache.handed.take();
    const found = new Map<string, Intent>(this.newlyStray);
    this.newlyStray.clear();
    if (!this.startChecked) {
      this.startChecked = true;
      for (const intent of intents.list({ states: STRAY_STATES })) found.set(intent.id, intent);
    }
    for (const [kind, collection] of Object.entries(strayCollections)) {
      for (const refId of handed.get(collection) ?? []) {
        const intent = intents.findByRefId(refId);
        if (intent?.kind === kind && isStray(intent)) found.set(intent.id, intent);
      }
    }
    return [...found.values()]
      .map((i) => intents.get(i.id))
      .filter((i): i is Intent => i !== undefined && isStray(i));
  }

  /** Searched for again next cycle (this one stopped before reaching them). */
  again(unchecked: readonly Intent[]): void {
    for (const intent of unchecked) this.newlyStray.set(intent.id, intent);
  }
}

/** Returns how many strays were found (each alerted and followed). */
export async function noticeStrays(options: OutboxOptions, watch: StrayWatch): Promise<number> {
  const candidates = watch.candidates();
  let found = 0;
  for (const [index, intent] of candidates.entries()) {
    try {
      if (await followIfFound(options, intent)) found += 1;
    } catch (error) {
      watch.again(candidates.slice(index));
      throw error;
    }
  }
  return found;
}

async function followIfFound(options: OutboxOptions, intent: Intent): Promise<boolean> {
  const collection = strayCollections[intent.kind as keyof typeof strayCollections];
  if (!collection) return false;
  const hit = (await options.cache.query(collection, { refId: intent.refId }, { limit: 1 }))
    .items[0];
  if (!hit) return false;
  const paxosId = String(hit.record.id);
  // A record under our ref_id that is not what was asked is never followed as this request.
  const wrong = routeFor(intent.kind).mismatch(intent, {
    paxosId,
    collection,
    record: hit.record,
    done: !createsOrchestration(intent.kind),
  });
  if (wrong) {
    options.onAlert?.({
      ...intent,
      alert: `Paxos holds ${paxosId} under the reference of ${intent.state} request ${intent.refId}, but its ${wrong.field} is ${wrong.answered} where ${wrong.asked} was asked: it is not followed. Resolve it with Paxos.`,
    });
    return false;
  }
  const alert = `${intent.state === 'cancelled' ? 'Cancelled' : 'Abandoned'} request ${intent.refId} was found at Paxos as ${paxosId}; Treasury Desk now follows it.`;
  const updated = await options.intents.followStray(intent.id, intent.state, paxosId, alert);
  // Only an orchestration has a life after Paxos accepts it; an account or a rule is done.
  if (!createsOrchestration(intent.kind)) await options.intents.markCompleted(intent.id);
  options.onAlert?.(updated);
  options.onChange?.();
  return true;
}
