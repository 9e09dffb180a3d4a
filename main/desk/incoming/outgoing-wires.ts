// Following wires out (Create Fiat Withdrawal) to their end: the money-in sync's one List
// Transfers a cycle asks for WIRE_WITHDRAWAL beside WIRE_DEPOSIT (no request of its own), and
// every WIRE_WITHDRAWAL it reads that a submitted wire-out intent points at closes it once Paxos
// calls it terminal: COMPLETED completes it, FAILED (or any terminal failure) fails it with
// Paxos's reason. Until then it stays `submitted`: nothing is shown as done before Paxos says so.
// A transfer that no intent of this desk points at is left alone (another desk's wire). The
// closing transfer is checked like the first answer (the path's own check: ref_id, profile, bank
// account, asset, direction, amount or total as asked): one that wired otherwise than asked
// still ends the request, since Paxos says the wire is done, but with an alert and the
// difference as its last error, never as done as asked.
import {
  isTerminalOrchestration,
  orchestrationStatusMeaning,
} from '../../../shared/paxos/status-meanings';
import type { Transfer } from '../../../shared/paxos/responses';
import type { IntentStore } from '../store/intents/intent-store';
import type { Intent } from '../store/intents/intent';
import { routeFor } from '../paths/registry';

export type WireOutIntents = Pick<IntentStore, 'list' | 'markCompleted' | 'markFailed'>;

/**
 * When the oldest wire out still followed (submitted) was queued: its transfer was made after
 * it, so the money-in read starting there (less its overlap) is sure to hold it.
 */
export function oldestFollowedWireOut(intents: Pick<IntentStore, 'list'>): string | undefined {
  let oldest: string | undefined;
  for (const intent of intents.list({ states: ['submitted'] }))
    if (intent.kind === 'create_fiat_withdrawal' && (!oldest || intent.createdAt < oldest))
      oldest = intent.createdAt;
  return oldest;
}

/** Closes the submitted wires out whose transfers ended; resolves how many it closed. */
export async function settleWireOuts(
  intents: WireOutIntents,
  transfers: readonly Transfer[],
  onChange: () => void,
): Promise<number> {
  if (transfers.length === 0) return 0;
  const ended = new Map<string, Transfer>();
  for (const t of transfers) {
    const status = t.status.toUpperCase();
    if (t.type.toUpperCase() === 'WIRE_WITHDRAWAL' && isTerminalOrchestration(status))
      ended.set(t.id, t);
  }
  let closed = 0;
  for (const intent of intents.list({ states: ['submitted'] })) {
    if (intent.kind !== 'create_fiat_withdrawal') continue;
    const transfer = intent.result?.paxosId ? ended.get(intent.result.paxosId) : undefined;
    // The transfer's ref_id must be this intent's: an id alone is not trusted to close it.
    if (!transfer || transfer.ref_id !== intent.refId) continue;
    const meaning = orchestrationStatusMeaning(transfer.status.toUpperCase());
    const wrong = closingMismatch(intent, transfer);
    if (meaning.outcome === 'succeeded')
      // The figures Paxos stated are kept beside what it made (paxosCreatedAt counts the day).
      await intents.markCompleted(intent.id, wrong, {
        ...intent.result,
        paxosId: transfer.id,
        settled: settledFigures(transfer),
      });
    else
      await intents.markFailed(intent.id, {
        code: 'failed',
        message: `Paxos reports the wire out ${transfer.status}${reasonOf(transfer)}.${wrong ? ` ${wrong.message}` : ''}`,
      });
    closed += 1;
  }
  if (closed > 0) onChange();
  return closed;
}

/** What Paxos stated about the wire once it ended: to the bank, its fee, debited. */
function settledFigures(t: Transfer) {
  return {
    ...(t.amount ? { amount: t.amount } : {}),
    ...(t.fee ? { fee: t.fee } : {}),
    ...(t.total ? { total: t.total } : {}),
  };
}

function reasonOf(t: Transfer): string {
  const detail = t.secondary_status?.detail ?? t.secondary_status?.name;
  return detail ? `: ${detail}` : '';
}

/** How the transfer that ends the wire out differs from what was asked, as its last error. */
function closingMismatch(intent: Intent, transfer: Transfer) {
  const wrong = routeFor(intent.kind).mismatch(intent, {
    paxosId: transfer.id,
    record: transfer,
    done: false,
  });
  if (!wrong) return undefined;
  return {
    code: 'answer_mismatch',
    message: `Paxos reports the wire out ${transfer.status} with ${wrong.answered}, but ${wrong.asked} was confirmed. Look at it with Paxos.`,
    asked: wrong.asked,
    answered: wrong.answered,
  };
}
