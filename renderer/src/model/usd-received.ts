// "USD received" as the operator reads it: what Paxos reports once the redemption completed,
// formatted to the cent (a wire moves whole cents); a reported amount with sub-cent digits is
// said to be so, never shown as money received. A redemption that failed or was rejected
// received nothing, and says what happened instead of "not yet".
import type { OrchestrationView } from '../../../shared/views';
import { formatAmount } from '../../../shared/money';
import { splitAtCent } from '../../../shared/wire';

export interface UsdReceivedWords {
  /** The cell: "$10.50", "None — the wire failed", "not yet …". */
  text: string;
  /** A sentence under it, when there is more to say (sub-cent digits, where the funds are). */
  note?: string;
  tone: 'ok' | 'bad' | 'muted';
}

/** "$10.50" from what Paxos reports; the reported digits beyond the cent are said apart. */
export function usdToTheCent(reported: string): { text: string; note?: string } | undefined {
  const split = splitAtCent(reported);
  if (!split) return undefined;
  const text = `$${formatAmount(split.cents)}`;
  if (!split.beyond) return { text };
  return {
    text,
    note: `Paxos reports $${formatAmount(reported)}, which is not whole cents: a wire moves whole cents, and Paxos does not say what happens to the $${split.beyond}. Your bank statement shows what arrived.`,
  };
}

export function usdReceivedWords(
  o: Pick<OrchestrationView, 'outcome' | 'status' | 'usdReceived'>,
): UsdReceivedWords {
  const status = o.status.toUpperCase();
  if (status === 'REJECTED' || o.outcome === 'rejected')
    return { text: 'None — rejected by Paxos before anything was wired', tone: 'bad' };
  if (status === 'FAILED' || o.outcome === 'failed')
    return { text: 'None — the redemption failed (see where the funds are)', tone: 'bad' };
  if (o.usdReceived) {
    const shown = usdToTheCent(o.usdReceived);
    if (shown) return { ...shown, tone: 'ok' };
    return { text: o.usdReceived, tone: 'ok' };
  }
  return { text: 'not yet — only once Paxos reports it completed', tone: 'muted' };
}
