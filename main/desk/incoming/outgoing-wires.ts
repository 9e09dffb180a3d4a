// Following wires out (Create Fiat Withdrawal) to their end: the money-in sync's one List
// Transfers a cycle asks for WIRE_WITHDRAWAL beside WIRE_DEPOSIT (no request of its own), and
// every WIRE_WITHDRAWAL it reads that a submitted wire-out intent points at closes it once Paxos
// calls it terminal: COMPLETED completes it, FAILED (or any terminal failure) fails it with
// Paxos's reason. Until then it stays `submitted`: nothing is shown as done before Paxos says so.
// A transfer that no intent of this desk points at is left alone (another desk's wire).
import {
  isTerminalOrchestration,
  orchestrationStatusMeaning,
} from '../../../shared/paxos/status-meanings';
import { compareAmounts, isDecimalString } from '../../../shared/money';
import type { Transfer } from '../../../shared/paxos/responses';
import type { IntentError, IntentPayloads } from '../store/intents/intent';
import type { IntentStore } from '../store/intents/intent-store';

export type WireOutIntents = Pick<IntentStore, 'list' | 'markCompleted' | 'markFailed'>;

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
    if (meaning.outcome === 'succeeded')
      await intents.markCompleted(intent.id, figureMismatch(intent.payload, transfer), {
        paxosId: transfer.id,
        settled: settledFigures(transfer),
      });
    else
      await intents.markFailed(intent.id, {
        code: 'failed',
        message: `Paxos reports the wire out ${transfer.status}${reasonOf(transfer)}.`,
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

/**
 * The figure the operator fixed must be the one Paxos settled: `amount` (fee on top: what the
 * bank receives) or `total` (fee deducted: what the profile is debited). The answer to the POST
 * was checked too, but a completed transfer is what moved the money; a difference completes the
 * intent with an exception the operator is shown, never as all well.
 */
function figureMismatch(
  asked: IntentPayloads['create_fiat_withdrawal'],
  t: Transfer,
): IntentError | undefined {
  const [field, want] =
    asked.amount !== undefined
      ? (['amount', asked.amount] as const)
      : (['total', asked.total] as const);
  const got = t[field];
  if (
    want !== undefined &&
    got !== undefined &&
    isDecimalString(got) &&
    compareAmounts(got, want) === 0
  )
    return undefined;
  const words = field === 'amount' ? 'to the bank' : 'debited';
  return {
    code: 'settled_other_amount',
    message: `Paxos completed the wire out with ${got ?? 'no figure'} USD ${words}, not the ${want ?? '?'} USD confirmed. Check it with Paxos.`,
    asked: `${field} ${want ?? '?'} USD`,
    answered: `${field} ${got ?? 'missing'}`,
  };
}

function reasonOf(t: Transfer): string {
  const detail = t.secondary_status?.detail ?? t.secondary_status?.name;
  return detail ? `: ${detail}` : '';
}
