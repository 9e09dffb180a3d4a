// A returned wire: the bank of a wire out could not credit it (closed account, wrong name) and
// sends it back. At Paxos that is just a later WIRE_DEPOSIT, with nothing saying "return"; left
// unflagged it reads as new money in, and the wire out as delivered. So an incoming wire that
// could be the return of one of this desk's completed wires out says so, naming it.
//
// The matching rule, and why:
// - Same bank account: the deposit's `fiat_account_id` is the wire out's. Paxos links a deposit
//   to the bank account it came from; a Transfer carries no routing number or account digits, so
//   "same routing + last 4" cannot be read from it, and a deposit Paxos did not link to an
//   account is not flagged (a guess on the amount alone would flag every customer payment).
// - Amount at most the wire out's: a bank returns what it received, less its own charges, never
//   more. The bound is what Paxos said reached the bank (the settled `amount`), else the figure
//   asked (fee on top: the amount; fee deducted: the total debited, an upper bound).
// - Within RETURN_WINDOW_BUSINESS_DAYS Fed business days after the wire out ended: returns come
//   back within days; two weeks catches a slow one while a regular payment from the same account
//   a month later is not called a return. A false flag costs the operator a look; a missed one a
//   reconciliation error — so the rule is generous in amount and bounded in time.
// - Only a deposit made after the wire out; the most recent wire out that fits is named.
import { compareAmounts, formatAmount, isDecimalString } from '../../../shared/money';
import type { Transfer } from '../../../shared/paxos/responses';
import type { Intent } from '../store/intents/intent';
import { addBusinessDays } from '../wires/fed-calendar';
import { newYorkDayAndHour } from '../wires/wire-arrival';

export const RETURN_WINDOW_BUSINESS_DAYS = 10;

/** A completed wire out of this desk, as the rule needs it. */
export interface WireOutSent {
  refId: string;
  fiatAccountId: string;
  /** At most this can come back (USD). */
  ceiling: string;
  /** When it was made (ISO) and when it was seen completed (ISO). */
  createdAt: string;
  completedAt: string;
}

/** This desk's completed wires out, from its outbox. */
export function completedWiresOut(intents: readonly Intent[]): WireOutSent[] {
  const sent: WireOutSent[] = [];
  for (const i of intents) {
    if (i.kind !== 'create_fiat_withdrawal' || i.state !== 'completed') continue;
    const ceiling = i.result?.settled?.amount ?? i.payload.amount ?? i.payload.total;
    if (ceiling === undefined || !isDecimalString(ceiling)) continue;
    sent.push({
      refId: i.refId,
      fiatAccountId: i.payload.fiat_account_id,
      ceiling,
      createdAt: i.createdAt,
      completedAt: i.updatedAt,
    });
  }
  return sent;
}

const dayOf = (iso: string) => newYorkDayAndHour(new Date(iso)).day;

/** The wire out this deposit may be the return of, or undefined. */
export function possibleReturnOf(
  wire: Transfer,
  sent: readonly WireOutSent[],
): WireOutSent | undefined {
  if (wire.type.toUpperCase() !== 'WIRE_DEPOSIT' || !wire.fiat_account_id) return undefined;
  const amount = wire.amount;
  const at = wire.created_at;
  if (!amount || !isDecimalString(amount) || !at || Number.isNaN(Date.parse(at))) return undefined;
  const fits = sent.filter(
    (s) =>
      s.fiatAccountId === wire.fiat_account_id &&
      compareAmounts(amount, s.ceiling) <= 0 &&
      Date.parse(at) >= Date.parse(s.createdAt) &&
      dayOf(at) <= addBusinessDays(dayOf(s.completedAt), RETURN_WINDOW_BUSINESS_DAYS),
  );
  return fits.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}

/** "Possible return of wire out <ref> (1,000.00 USD, 2026-12-07)". */
export function possibleReturnText(sent: WireOutSent): string {
  return `Possible return of wire out ${sent.refId} (${formatAmount(sent.ceiling, 'USD')}, ${dayOf(sent.createdAt)})`;
}
