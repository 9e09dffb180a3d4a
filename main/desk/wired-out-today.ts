// The USD cash this desk wired out of Paxos today (Create Fiat Withdrawal), for the same daily
// soft limit as redemptions: both are money leaving Paxos. Counted from the outbox: every wire
// out that may still leave (queued, sending, reconciling), and every one that left today
// (submitted or completed, made at Paxos since UTC midnight: the day it left, not the day it was
// queued, so one queued before midnight and sent after counts today); a failed one moved no money. The figure counted is
// the one asked for (`amount` with the fee on top, `total` with it deducted): the fee is not
// known before Paxos answers. Wires out made elsewhere (another desk, the Dashboard) are not
// in this desk's outbox: the sync reads their transfers, but the limit counts only this desk's
// (written down in docs/architecture.md as a known gap).
import { addAmounts, isDecimalString } from '../../shared/money';
import type { Intent, IntentState } from './store/intents/intent';

const COUNTED: readonly IntentState[] = [
  'queued',
  'sending',
  'reconciling',
  'submitted',
  'completed',
  'needs_attention',
];
const MAY_LEAVE: readonly IntentState[] = ['queued', 'sending', 'reconciling', 'needs_attention'];

export function wiredOutFromCashUsd(
  intents: readonly Intent[],
  now: Date,
  exceptRefId?: string,
): string {
  const from = `${now.toISOString().slice(0, 10)}T00:00:00.000Z`;
  let sum = '0';
  for (const i of intents) {
    if (i.kind !== 'create_fiat_withdrawal' || i.refId === exceptRefId) continue;
    if (!COUNTED.includes(i.state)) continue;
    if (!MAY_LEAVE.includes(i.state) && leftBefore(i, from)) continue;
    const asked = i.payload.amount ?? i.payload.total;
    if (asked !== undefined && isDecimalString(asked)) sum = addAmounts(sum, asked);
  }
  return sum;
}

/** Left Paxos before `from`: Paxos's time for it (an intent from before it was kept: queued). */
function leftBefore(intent: Intent, from: string): boolean {
  const left = Date.parse(intent.result?.paxosCreatedAt ?? intent.createdAt);
  return !Number.isNaN(left) && left < Date.parse(from);
}
