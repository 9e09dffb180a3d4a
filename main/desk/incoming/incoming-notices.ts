// What the operator hears about an incoming wire, once per status (the ledger key names the
// wire and the status): arriving (PENDING), credited (COMPLETED: what was received, the fee
// deducted) or failed (FAILED), each saying whether it matched an expected wire. An unmatched
// one says so in its title: it is never folded away. One that may be the return of a wire out
// says that first.
import { formatAmount, isDecimalString } from '../../../shared/money';
import type { Transfer } from '../../../shared/paxos/responses';
import type { DeskNotification } from '../notify/notifier';

const usd = (value: string | undefined) =>
  value && isDecimalString(value) ? formatAmount(value, 'USD') : 'an amount not given';

export interface WireNotice extends DeskNotification {
  ledgerKey: string;
}

export function incomingWireNotice(
  wire: Transfer,
  context: {
    matchedNote: string | undefined;
    profileName: string | undefined;
    /** "Possible return of wire out …" when returned-wires.ts finds one it may be. */
    possibleReturn?: string;
  },
): WireNotice | undefined {
  const notice = plainNotice(wire, context);
  if (!notice || !context.possibleReturn) return notice;
  // Said first, in the title too: a returned wire is not new money in, and the wire out it
  // answers did not reach its beneficiary.
  return {
    ...notice,
    title: `${context.possibleReturn} — ${notice.title}`,
    body: `${context.possibleReturn}: the same bank account sent this after that wire out completed. Check with the bank before treating it as new money. ${notice.body}`,
  };
}

function plainNotice(
  wire: Transfer,
  context: { matchedNote: string | undefined; profileName: string | undefined },
): WireNotice | undefined {
  const status = wire.status.toUpperCase();
  const where = context.profileName ? ` to ${context.profileName}` : '';
  const match =
    context.matchedNote !== undefined
      ? `Matched to the expected wire${context.matchedNote ? ` “${context.matchedNote}”` : ''}.`
      : 'Unmatched incoming wire: no expected wire has this memo, amount and day.';
  const memo = wire.memo ? ` Memo ${wire.memo}.` : ' No memo.';
  const target = { screen: 'fund' as const, id: wire.id };
  const ledgerKey = `incoming-wire:${wire.id}:${status}`;
  const prefix = context.matchedNote === undefined ? 'Unmatched incoming wire' : 'Incoming wire';
  if (status === 'PENDING')
    return {
      ledgerKey,
      target,
      title: `${prefix}: ${usd(wire.amount)} arriving`,
      body: `A wire of ${usd(wire.amount)}${where} reached Paxos and is being credited.${memo} ${match}`,
    };
  if (status === 'COMPLETED')
    return {
      ledgerKey,
      target,
      title: `${prefix} credited: ${usd(wire.total)}`,
      body: `${usd(wire.total)} credited${where} (sent ${usd(wire.amount)}, fee ${usd(wire.fee)} deducted by Paxos).${memo} ${match}`,
    };
  if (status === 'FAILED')
    return {
      ledgerKey,
      target,
      title: `${prefix} failed: ${usd(wire.amount)}`,
      body: `The wire of ${usd(wire.amount)}${where} was not credited (Paxos reports it FAILED).${memo} ${match}`,
    };
  // A status no document names: shown as Paxos wrote it.
  return {
    ledgerKey,
    target,
    title: `${prefix}: ${wire.status}`,
    body: `A wire of ${usd(wire.amount)}${where} is now ${wire.status}.${memo} ${match}`,
  };
}
