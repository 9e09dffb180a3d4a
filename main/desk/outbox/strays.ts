// A cancelled or abandoned request can still turn up at Paxos (a send whose answer was lost, a
// lookup that lagged). After each sync the cache is searched for their ref_ids: one found
// raises an alert to the operator, and the intent follows the record from then on.
//
// What is searched is proportional to what changed, not to the history: once at start every
// such request (nothing is missed across a restart), then each cycle only (a) the ref_ids the
// cache was handed since the last check and (b) requests that became cancelled or abandoned
// since then (their record may already have been cached); a cycle that handed more ref_ids than
// are kept searches for every such request, as at start. A request found neither way has no
// record in the cache, so searching for it again would find nothing.
//
// Wires out (Create Fiat Withdrawal) are not a cache collection: their transfers are read by the
// money-in sync's one List Transfers a cycle (WIRE_WITHDRAWAL beside WIRE_DEPOSIT), which hands
// them here (`handWireOuts`); each one whose ref_id is a cancelled or abandoned wire out's is
// that request landing later. One that landed before it was given up is found by the abandon's
// own lookup (operator-decisions.ts); one that lands after, or while the app is closed, is read
// by the next cycle (its transfer is newer than what the sync read last).
import type { Transfer } from '../../../shared/paxos/responses';
import { settleWireOuts } from '../incoming/outgoing-wires';
import { endsAfterAcceptance, type Intent } from '../store/intents/intent';
import { routeFor } from '../paths/registry';
import type { Delivered } from '../paths/money-path';
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
  /** WIRE_WITHDRAWALs the sync read and no check has looked at yet, by ref_id. */
  private readonly wireOuts = new Map<string, Transfer>();

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
    // At start, and after a cycle handed more ref_ids than are kept (a first sync of a long
    // history: handed-ref-ids.ts), every such request is searched for.
    if (!this.startChecked || handed.everything) {
      this.startChecked = true;
      for (const intent of intents.list({ states: STRAY_STATES })) found.set(intent.id, intent);
    }
    for (const [kind, collection] of Object.entries(strayCollections)) {
      for (const refId of handed.refIds.get(collection) ?? []) {
        const intent = intents.findByRefId(refId);
        if (intent?.kind === kind && isStray(intent)) found.set(intent.id, intent);
      }
    }
    for (const refId of this.wireOuts.keys()) {
      const intent = intents.findByRefId(refId);
      if (intent?.kind === 'create_fiat_withdrawal' && isStray(intent))
        found.set(intent.id, intent);
    }
    return [...found.values()]
      .map((i) => intents.get(i.id))
      .filter((i): i is Intent => i !== undefined && isStray(i));
  }

  /** The wires out the money-in sync read this cycle (kept until a check has run over them). */
  handWireOuts(transfers: readonly Transfer[]): void {
    for (const t of transfers)
      if (t.ref_id && t.type.toUpperCase() === 'WIRE_WITHDRAWAL') this.wireOuts.set(t.ref_id, t);
  }

  /** The transfer read under a wire out's ref_id, if the sync handed one. */
  wireOut(refId: string): Transfer | undefined {
    return this.wireOuts.get(refId);
  }

  /** A check ran over every handed wire out: none needs looking at again. */
  wireOutsChecked(): void {
    this.wireOuts.clear();
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
      if (await followIfFound(options, intent, watch)) found += 1;
    } catch (error) {
      watch.again(candidates.slice(index));
      throw error;
    }
  }
  watch.wireOutsChecked();
  return found;
}

/** The record Paxos holds under the intent's ref_id, as far as this cycle's reads show it. */
async function recordUnder(
  options: OutboxOptions,
  intent: Intent,
  watch: StrayWatch,
): Promise<Delivered | undefined> {
  const done = !endsAfterAcceptance(intent.kind);
  if (intent.kind === 'create_fiat_withdrawal') {
    const transfer = watch.wireOut(intent.refId);
    return transfer && { paxosId: transfer.id, record: transfer, done };
  }
  const collection = strayCollections[intent.kind as keyof typeof strayCollections];
  if (!collection) return undefined;
  const hit = (await options.cache.query(collection, { refId: intent.refId }, { limit: 1 }))
    .items[0];
  return hit && { paxosId: String(hit.record.id), collection, record: hit.record, done };
}

async function followIfFound(
  options: OutboxOptions,
  intent: Intent,
  watch: StrayWatch,
): Promise<boolean> {
  const hit = await recordUnder(options, intent, watch);
  if (!hit) return false;
  const { paxosId } = hit;
  // A record under our ref_id that is not what was asked is never followed as this request.
  const wrong = routeFor(intent.kind).mismatch(intent, hit);
  if (wrong) {
    options.onAlert?.({
      ...intent,
      alert: `Paxos holds ${paxosId} under the reference of ${intent.state} request ${intent.refId}, but its ${wrong.field} is ${wrong.answered} where ${wrong.asked} was asked: it is not followed. Resolve it with Paxos.`,
    });
    return false;
  }
  const alert = `${intent.state === 'cancelled' ? 'Cancelled' : 'Abandoned'} request ${intent.refId} was found at Paxos as ${paxosId}; Treasury Desk now follows it.`;
  const updated = await options.intents.followStray(intent.id, intent.state, paxosId, alert);
  // An orchestration and a wire out have a life after Paxos accepts them; an account or a rule
  // is done. A wire out already ended is closed now: its transfer may never change again.
  if (hit.done) await options.intents.markCompleted(intent.id);
  // Told before anything else can fail: the intent no longer looks stray, so a check that
  // stopped after this point would never raise its alert.
  options.onAlert?.(updated);
  const transfer =
    intent.kind === 'create_fiat_withdrawal' ? watch.wireOut(intent.refId) : undefined;
  if (transfer) await settleWireOuts(options.intents, [transfer], () => options.onChange?.());
  options.onChange?.();
  return true;
}
