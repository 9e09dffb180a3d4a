// Incoming wires: a sandbox deposit becomes a WIRE_DEPOSIT transfer, PENDING (event
// transfer.wire_deposit.pending), then COMPLETED with the profile's USD credited with the amount
// less the fee (Paxos deducts fees from what it receives), or FAILED. Timing: wireDepositMs after
// it is received on a Fed business day; on a weekend or a Fed holiday it waits for the next
// business day's opening (business-days.ts). A wire too small to pay its fee fails, and the next
// `failNextIncomingWires` ones fail with the reason given.
import { addAmounts, compareAmounts, subtractAmounts } from '../../shared/money';
import { wireWindowFrom } from './business-days';
import { newTransfer } from './records';
import { findProfile } from './store';
import type { SimDepositInstructions, SimIncomingWire, SimTransfer } from './types';
import { emitTransferEvent, type World } from './world';

/** What Paxos keeps from each incoming wire in the simulator (USD). */
export const INCOMING_WIRE_FEE = '10.00';
export const DEFAULT_WIRE_DEPOSIT_MS = 2_000;

const failures: WeakMap<World, string[]> = new WeakMap();
const wiresOf = (world: World): SimIncomingWire[] => (world.state.incomingWires ??= []);

/** The next `count` incoming wires fail (returned to the sender) with `reason`. */
export function failNextIncomingWires(world: World, count: number, reason: string): void {
  const queue = failures.get(world) ?? [];
  for (let i = 0; i < count; i += 1) queue.push(reason);
  failures.set(world, queue);
}

export function receiveIncomingWire(
  world: World,
  wire: { instructions: SimDepositInstructions; amount: string; memo: string },
): SimTransfer {
  const coversFee = compareAmounts(wire.amount, INCOMING_WIRE_FEE) > 0;
  const transfer = newTransfer(world, {
    profileId: wire.instructions.data.profile_id,
    amount: wire.amount,
    asset: 'USD',
    direction: 'CREDIT',
    type: 'WIRE_DEPOSIT',
    extra: {
      memo: wire.memo,
      fee: coversFee ? INCOMING_WIRE_FEE : '0',
      total: coversFee ? subtractAmounts(wire.amount, INCOMING_WIRE_FEE) : '0',
      ...(wire.instructions.data.identity_id
        ? { identity_id: String(wire.instructions.data.identity_id) }
        : {}),
    },
  });
  const queued = failures.get(world)?.shift();
  const failReason =
    queued ?? (coversFee ? null : `the wire does not cover the ${INCOMING_WIRE_FEE} USD fee`);
  const wait = world.timing.wireDepositMs ?? DEFAULT_WIRE_DEPOSIT_MS;
  wiresOf(world).push({
    transferId: transfer.data.id,
    dueAt: wireWindowFrom(world.clock.now()) + wait,
    failReason,
  });
  emitTransferEvent(world, transfer.data);
  world.touch();
  return transfer;
}

/** Ends every incoming wire due by now; true if one did. */
export function runDueIncomingWires(world: World, now: number): boolean {
  let changed = false;
  for (const wire of wiresOf(world)) {
    if (wire.dueAt === null || wire.dueAt > now) continue;
    wire.dueAt = null;
    const transfer = world.state.transfers.find((t) => t.data.id === wire.transferId);
    if (!transfer) continue;
    const data = transfer.data;
    data.status = wire.failReason ? 'FAILED' : 'COMPLETED';
    data.updated_at = world.clock.stamp();
    const profile = findProfile(world.state, data.profile_id);
    if (!wire.failReason && profile)
      profile.balances.USD = addAmounts(profile.balances.USD ?? '0', String(data.total));
    emitTransferEvent(world, data);
    changed = true;
  }
  return changed;
}

export function incomingWireDueTimes(world: World): number[] {
  return wiresOf(world)
    .map((w) => w.dueAt)
    .filter((t): t is number => t !== null);
}
