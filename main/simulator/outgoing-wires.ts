// Outgoing wires (Create Fiat Withdrawal): a WIRE_WITHDRAWAL transfer, PENDING, then COMPLETED
// or FAILED (the profile's USD given back). Fees as the 2026-07 document words them: with
// `amount` the fee is charged on top (total = amount + fee), with `total` it is deducted
// (amount = total − fee). The profile is debited `total` at once (held while PENDING). Timing:
// wireDepositMs after a Fed business day's opening (business-days.ts), as incoming wires. A
// completed wire can come back: `returnOutgoingWire` credits a WIRE_DEPOSIT from the same bank
// account (fiat_account_id) for the amount less the incoming fee, as a bank returning it would.
import { addAmounts, compareAmounts, subtractAmounts } from '../../shared/money';
import { wireWindowFrom } from './business-days';
import { DEFAULT_WIRE_DEPOSIT_MS, INCOMING_WIRE_FEE } from './incoming-wires';
import { newTransfer } from './records';
import { findProfile } from './store';
import type { SimIncomingWire, SimTransfer } from './types';
import { emitTransferEvent, type World } from './world';

/** What Paxos charges for each outgoing wire in the simulator (USD). */
export const OUTGOING_WIRE_FEE = '25.00';

const failures: WeakMap<World, string[]> = new WeakMap();
const wiresOf = (world: World): SimIncomingWire[] => (world.state.outgoingWires ??= []);

export interface OutgoingWireAsk {
  profileId: string;
  fiatAccountId: string;
  /** Exactly one: `amount` (fee on top) or `total` (fee deducted). */
  amount?: string;
  total?: string;
  refId?: string;
  memo?: string;
}

/** amount / fee / total of an ask; null when `total` does not cover the fee. */
export function wireFigures(ask: Pick<OutgoingWireAsk, 'amount' | 'total'>) {
  if (ask.amount !== undefined)
    return {
      amount: ask.amount,
      fee: OUTGOING_WIRE_FEE,
      total: addAmounts(ask.amount, OUTGOING_WIRE_FEE),
    };
  const total = ask.total ?? '0';
  if (compareAmounts(total, OUTGOING_WIRE_FEE) <= 0) return null;
  return { amount: subtractAmounts(total, OUTGOING_WIRE_FEE), fee: OUTGOING_WIRE_FEE, total };
}

/** The next `count` outgoing wires fail with `reason` (the USD goes back to the profile). */
export function failNextOutgoingWires(world: World, count: number, reason: string): void {
  const queue = failures.get(world) ?? [];
  for (let i = 0; i < count; i += 1) queue.push(reason);
  failures.set(world, queue);
}

export function sendOutgoingWire(
  world: World,
  ask: OutgoingWireAsk,
  figures: { amount: string; fee: string; total: string },
): SimTransfer {
  const profile = findProfile(world.state, ask.profileId);
  if (profile) profile.balances.USD = subtractAmounts(profile.balances.USD ?? '0', figures.total);
  const transfer = newTransfer(world, {
    profileId: ask.profileId,
    amount: figures.amount,
    asset: 'USD',
    direction: 'DEBIT',
    type: 'WIRE_WITHDRAWAL',
    extra: {
      fee: figures.fee,
      total: figures.total,
      fiat_account_id: ask.fiatAccountId,
      ...(ask.refId ? { ref_id: ask.refId } : {}),
      ...(ask.memo ? { memo: ask.memo } : {}),
    },
  });
  const wait = world.timing.wireDepositMs ?? DEFAULT_WIRE_DEPOSIT_MS;
  wiresOf(world).push({
    transferId: transfer.data.id,
    dueAt: wireWindowFrom(world.clock.now()) + wait,
    failReason: failures.get(world)?.shift() ?? null,
  });
  emitTransferEvent(world, transfer.data);
  world.touch();
  return transfer;
}

/** Ends every outgoing wire due by now; true if one did. */
export function runDueOutgoingWires(world: World, now: number): boolean {
  let changed = false;
  for (const wire of wiresOf(world)) {
    if (wire.dueAt === null || wire.dueAt > now) continue;
    wire.dueAt = null;
    const data = world.state.transfers.find((t) => t.data.id === wire.transferId)?.data;
    if (!data) continue;
    data.status = wire.failReason ? 'FAILED' : 'COMPLETED';
    data.updated_at = world.clock.stamp();
    const profile = findProfile(world.state, data.profile_id);
    if (wire.failReason && profile)
      profile.balances.USD = addAmounts(profile.balances.USD ?? '0', String(data.total));
    emitTransferEvent(world, data);
    changed = true;
  }
  return changed;
}

export const outgoingWireDueTimes = (world: World): number[] =>
  wiresOf(world)
    .map((w) => w.dueAt)
    .filter((t): t is number => t !== null);

/**
 * The beneficiary's bank sends a completed wire back: a WIRE_DEPOSIT from the same bank account
 * (fiat_account_id), the wire's amount less the incoming fee, credited at once.
 */
export function returnOutgoingWire(world: World, transferId: string): SimTransfer {
  const sent = world.state.transfers.find((t) => t.data.id === transferId)?.data;
  if (!sent || sent.type !== 'WIRE_WITHDRAWAL' || sent.status !== 'COMPLETED')
    throw new Error(`No completed outgoing wire ${transferId} to return.`);
  const amount = String(sent.amount);
  const total = subtractAmounts(amount, INCOMING_WIRE_FEE);
  const back = newTransfer(world, {
    profileId: String(sent.profile_id),
    amount,
    asset: 'USD',
    direction: 'CREDIT',
    type: 'WIRE_DEPOSIT',
    status: 'COMPLETED',
    extra: {
      fee: INCOMING_WIRE_FEE,
      total,
      fiat_account_id: String(sent.fiat_account_id),
      memo: `RETURN ${String(sent.id)}`.slice(0, 100),
    },
  });
  const profile = findProfile(world.state, String(sent.profile_id));
  if (profile) profile.balances.USD = addAmounts(profile.balances.USD ?? '0', total);
  emitTransferEvent(world, back.data);
  world.touch();
  return back;
}
