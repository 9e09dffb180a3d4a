// Moves records through their documented lifecycles as simulator time passes:
//   fiat account  PENDING ─(fiatApprovalMs)─► APPROVED | REJECTED
//   approvals     orchestration / rule PENDING ─► … (approval-lifecycle.ts)
//   orchestration PROCESSING, legs PENDING
//     step 1: source leg PROCESSING
//     step 2: source leg COMPLETED; destination leg PROCESSING with its transfer (the wire,
//             WIRE_WITHDRAWAL PENDING → transfer.wire_withdrawal.pending; to an address,
//             CRYPTO_WITHDRAWAL PENDING → transfer.crypto_withdrawal.pending)
//     step 3: wire COMPLETED → orchestration COMPLETED, or wire FAILED → orchestration FAILED
//             with fail_reason.detail and the source funds credited back.
import { TRANSFER_NETWORK_BY_RULE_NETWORK, isRuleNetwork } from '../../shared/assets';
import { addAmounts } from '../../shared/money';
import { txHash } from './addresses';
import { approvalTimes, decideDueApprovals } from './approval-lifecycle';
import { incomingWireDueTimes, runDueIncomingWires } from './incoming-wires';
import { outgoingWireDueTimes, runDueOutgoingWires } from './outgoing-wires';
import { newTransfer } from './records';
import { findProfile } from './store';
import type { JsonObject, SimOrchestration, SimTransfer } from './types';
import { unsettledOrchestrations } from './unsettled';
import { emitOrchestrationEvent, emitTransferEvent, type World } from './world';

/** Transfer types whose status changes are events (the internal legs have none). */
const EVENTFUL_TRANSFERS = ['WIRE_WITHDRAWAL', 'CRYPTO_WITHDRAWAL', 'CRYPTO_DEPOSIT'];

/** Applies every transition due by now. Returns true if anything changed. */
export function runDue(world: World): boolean {
  const now = world.clock.now();
  let changed = false;
  for (const account of world.state.fiatAccounts) {
    if (account.reviewAt !== null && account.reviewAt <= now) {
      account.reviewAt = null;
      account.data.status = account.outcome;
      account.data.updated_at = world.clock.stamp();
      changed = true;
    }
  }
  if (decideDueApprovals(world, now)) changed = true;
  if (runDueIncomingWires(world, now)) changed = true;
  if (runDueOutgoingWires(world, now)) changed = true;
  for (const o of unsettledOrchestrations(world.state.orchestrations)) {
    while (o.nextAt !== null && o.nextAt <= now) {
      step(world, o);
      changed = true;
    }
  }
  if (changed) world.touch();
  return changed;
}

export function nextDueAt(world: World): number | undefined {
  const times = [
    ...world.state.fiatAccounts.map((a) => a.reviewAt),
    ...unsettledOrchestrations(world.state.orchestrations).map((o) => o.nextAt),
    ...approvalTimes(world),
    ...incomingWireDueTimes(world),
    ...outgoingWireDueTimes(world),
  ].filter((t): t is number => t !== null);
  return times.length ? Math.min(...times) : undefined;
}

/** Fast-forwards the clock through every pending transition. */
export function settle(world: World): void {
  for (let due = nextDueAt(world); due !== undefined; due = nextDueAt(world)) {
    world.clock.advanceTo(due);
    runDue(world);
  }
}

function step(world: World, o: SimOrchestration): void {
  const d = o.data;
  const legs = { src: d.source_transfer as JsonObject, dst: d.destination_transfer as JsonObject };
  o.step += 1;
  o.nextAt =
    o.step >= 3 ? null : (o.nextAt ?? world.clock.now()) + world.timing.orchestrationStepMs;
  if (o.step === 1) legs.src.status = 'PROCESSING';
  if (o.step === 2) {
    legs.src.status = 'COMPLETED';
    const source = transferById(world, String(legs.src.transfer_id));
    if (source) setTransferStatus(world, source, 'COMPLETED');
    const out = outboundTransfer(world, o);
    legs.dst.transfer_id = out.data.id;
    legs.dst.status = 'PROCESSING';
    if (EVENTFUL_TRANSFERS.includes(String(out.data.type))) emitTransferEvent(world, out.data);
  }
  if (o.step === 3) finish(world, o, legs.dst);
  d.updated_at = world.clock.stamp();
}

function finish(world: World, o: SimOrchestration, dst: JsonObject): void {
  const out = transferById(world, String(dst.transfer_id));
  const failed = o.failReason !== null;
  dst.status = failed ? 'FAILED' : 'COMPLETED';
  if (out) setTransferStatus(world, out, failed ? 'FAILED' : 'COMPLETED');
  const target = failed ? o.refund : o.credit;
  const profile = target ? findProfile(world.state, target.profileId) : undefined;
  if (target && profile)
    profile.balances[target.asset] = addAmounts(
      profile.balances[target.asset] ?? '0',
      target.amount,
    );
  o.data.status = failed ? 'FAILED' : 'COMPLETED';
  if (failed) o.data.fail_reason = { detail: o.failReason ?? 'failed' };
  emitOrchestrationEvent(world, o.data);
}

function outboundTransfer(world: World, o: SimOrchestration): SimTransfer {
  const d = o.data;
  const destination = d.destination as JsonObject;
  const fiat = destination.fiat as JsonObject | undefined;
  if (fiat) {
    return newTransfer(world, {
      profileId: String(d.profile_id),
      amount: String(d.source_amount),
      asset: String(d.destination_asset),
      direction: 'DEBIT',
      type: 'WIRE_WITHDRAWAL',
      extra: {
        fiat_account_id: String(fiat.bank_account_id),
        ...(typeof fiat.memo === 'string' ? { memo: fiat.memo } : {}),
      },
    });
  }
  const crypto = destination.crypto as JsonObject | undefined;
  if (crypto) return cryptoWithdrawal(world, o, crypto);
  const to = (destination.profile as JsonObject | undefined)?.profile_id;
  return newTransfer(world, {
    profileId: String(to ?? d.profile_id),
    // What the conversion credits: 1:1 at the pair's precision (mint.ts), not the source amount.
    amount: o.credit?.amount ?? String(d.source_amount),
    asset: String(d.destination_asset),
    direction: 'CREDIT',
    type: 'INTERNAL_TRANSFER_CREDIT',
  });
}

function cryptoWithdrawal(world: World, o: SimOrchestration, crypto: JsonObject): SimTransfer {
  const network = typeof crypto.network === 'string' ? crypto.network : undefined;
  return newTransfer(world, {
    profileId: String(o.data.profile_id),
    amount: String(o.data.source_amount),
    asset: String(o.data.destination_asset),
    direction: 'DEBIT',
    type: 'CRYPTO_WITHDRAWAL',
    extra: {
      ...(typeof crypto.address === 'string' ? { destination_address: crypto.address } : {}),
      ...(network && isRuleNetwork(network)
        ? { crypto_network: TRANSFER_NETWORK_BY_RULE_NETWORK[network] }
        : {}),
      crypto_tx_hash: txHash(network ?? 'ETHEREUM', world.random),
    },
  });
}

function transferById(world: World, id: string): SimTransfer | undefined {
  return world.state.transfers.find((t) => t.data.id === id);
}

function setTransferStatus(world: World, t: SimTransfer, status: string): void {
  t.data.status = status;
  t.data.updated_at = world.clock.stamp();
  if (EVENTFUL_TRANSFERS.includes(String(t.data.type))) emitTransferEvent(world, t.data);
}
