// What every handler works on: the state, the clock, timing knobs, randomness, and the
// helpers that keep records consistent (IDs, events).
import { randomUUID } from 'node:crypto';
import type { ApprovalSettings } from './approvals';
import type { SimClock } from './clock';
import type { Random } from './random';
import type { Json, JsonObject, SimEvent, SimState } from './types';

export interface SimulatorTiming {
  /** Fiat account PENDING → APPROVED/REJECTED after this long (create and update). */
  fiatApprovalMs: number;
  /** Each orchestration step (source leg processing, wire sent, finished) takes this long. */
  orchestrationStepMs: number;
  /** An incoming wire is credited this long after it arrives on a Fed business day. */
  wireDepositMs?: number;
}

export const DEFAULT_TIMING: SimulatorTiming = {
  fiatApprovalMs: 3_000,
  orchestrationStepMs: 2_000,
};

export interface World {
  state: SimState;
  clock: SimClock;
  random: Random;
  timing: SimulatorTiming;
  /** Whether new ad-hoc orchestrations and rules wait in PENDING, and how that ends. */
  approvals: ApprovalSettings;
  /** Reasons queued by control.failNextOrchestrations(); consumed one per new orchestration. */
  pendingFailures: string[];
  /** A server that does not know List Transfers' ref_ids filter answers unfiltered (a fault). */
  ignoreTransferRefIds?: boolean;
  /** Marks the state as changed (for stateFile persistence). */
  touch(): void;
}

export function newId(): string {
  return randomUUID();
}

export function emitEvent(
  world: World,
  type: string,
  objectType: string,
  object: JsonObject,
): void {
  const event: SimEvent = {
    data: {
      id: newId(),
      type,
      object_type: objectType,
      object,
      created_at: world.clock.stamp(),
      undelivered_webhooks: 0,
    },
  };
  world.state.events.push(event);
}

/** orchestration.processing / .completed / .failed */
export function emitOrchestrationEvent(
  world: World,
  o: JsonObject & { id: string; ref_id: string; status: string },
): void {
  const object: JsonObject = { id: o.id, ref_id: o.ref_id, status: o.status };
  if (typeof o.orchestration_rule_id === 'string' && o.orchestration_rule_id)
    object.orchestration_rule_id = o.orchestration_rule_id;
  emitEvent(
    world,
    `orchestration.${o.status.toLowerCase()}`,
    'orchestration_status_change',
    object,
  );
}

/** transfer.wire_withdrawal.pending, transfer.crypto_deposit.completed, ... */
export function emitTransferEvent(
  world: World,
  t: JsonObject & { id: string; status: string },
): void {
  const type = String(t.type ?? '');
  const object: JsonObject = { id: t.id, type, status: t.status };
  for (const key of ['profile_id', 'ref_id', 'memo', 'crypto_network', 'crypto_tx_hash'] as const) {
    const value: Json | undefined = t[key];
    if (typeof value === 'string' && value) object[key] = value;
  }
  emitEvent(
    world,
    `transfer.${type.toLowerCase()}.${t.status.toLowerCase()}`,
    'transfer_status_change',
    object,
  );
}
