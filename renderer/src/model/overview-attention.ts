// What on Overview needs the operator before anything else, in order: redemptions that failed
// or were rejected (the money did not arrive: where is it?), requests that wait for the operator
// (a confirmation, an alert, a refusal without a Paxos record), requests queued and not sent, and
// records in a status no document names that have not moved for a day. Everything else on
// Overview is for reading; this is for acting, so it comes first, each item with its action.
import type { NeedsALook } from '../../../shared/state';
import type { IntentView, OrchestrationView } from '../../../shared/views';
import { isOpenIntent, needsConfirmation } from './intent-states';
import { redemptionTimeline } from './redemption-timeline';

export type AttentionItem =
  | { kind: 'failed' | 'rejected'; id: string; orchestration: OrchestrationView }
  | { kind: 'waits-for-you' | 'queued'; id: string; intent: IntentView }
  | { kind: 'look'; id: string; look: NeedsALook };

const newestFirst = (a: { at?: string }, b: { at?: string }) =>
  (b.at ?? '').localeCompare(a.at ?? '');

/** Sent and confirmed: Paxos's record (in flight, awaiting approval) shows it from now on. */
function shownByRecord(intent: IntentView, syncedIds: readonly string[]): boolean {
  return (
    intent.paxosId !== undefined &&
    syncedIds.includes(intent.paxosId) &&
    ['submitted', 'completed'].includes(intent.state)
  );
}

/** An intent the operator has to act on (confirm, look at an alert or a refusal). */
function waitsForOperator(intent: IntentView): boolean {
  return needsConfirmation(intent) || Boolean(intent.alert) || intent.state === 'failed';
}

export function attentionItems(input: {
  recent: readonly OrchestrationView[];
  intents: readonly IntentView[];
  needsALook: readonly NeedsALook[];
  /** Ids Paxos already reports: a sent request for one of them is shown by the record itself. */
  syncedIds: readonly string[];
}): AttentionItem[] {
  // Read as the timeline reads it: a failed leg is a failure even before the status says so.
  const ended = input.recent
    .map((o) => ({
      o,
      outcome: redemptionTimeline({ orchestration: o }).outcome,
      at: o.updatedAt ?? o.createdAt,
    }))
    .filter(({ outcome }) => outcome === 'failed' || outcome === 'rejected')
    .sort(newestFirst)
    .map(({ o, outcome }): AttentionItem => ({
      kind: outcome === 'rejected' ? 'rejected' : 'failed',
      id: o.id,
      orchestration: o,
    }));
  const open = input.intents.filter((i) => isOpenIntent(i) && !shownByRecord(i, input.syncedIds));
  const waiting = open
    .filter(waitsForOperator)
    .map((intent): AttentionItem => ({ kind: 'waits-for-you', id: intent.id, intent }));
  const queued = open
    .filter((i) => i.state === 'queued' && !waitsForOperator(i))
    .map((intent): AttentionItem => ({ kind: 'queued', id: intent.id, intent }));
  const looks = input.needsALook.map((look): AttentionItem => ({
    kind: 'look',
    id: look.id,
    look,
  }));
  return [...ended, ...waiting, ...queued, ...looks];
}

/** Intents still open that need nobody (sending, checking with Paxos, submitted): in flight. */
export function intentsInFlight(
  intents: readonly IntentView[],
  syncedIds: readonly string[],
): IntentView[] {
  return intents.filter(
    (i) =>
      isOpenIntent(i) &&
      !waitsForOperator(i) &&
      i.state !== 'queued' &&
      !shownByRecord(i, syncedIds),
  );
}
