// Building orchestration and transfer records the way Paxos shapes them, shared by the
// Create Orchestration handler and by rule-triggered deposits.
import type { PendingApproval } from './approvals';
import { emitOrchestrationEvent, newId, type World } from './world';
import type { JsonObject, SimOrchestration, SimTransfer } from './types';

export interface TransferFields {
  profileId: string;
  amount: string;
  asset: string;
  direction: 'CREDIT' | 'DEBIT';
  type: string;
  status?: string;
  extra?: JsonObject;
}

export function newTransfer(world: World, f: TransferFields): SimTransfer {
  const at = world.clock.stamp();
  const transfer: SimTransfer = {
    data: {
      id: newId(),
      customer_id: world.state.customerId,
      profile_id: f.profileId,
      amount: f.amount,
      fee: '0',
      total: f.amount,
      asset: f.asset,
      balance_asset: f.asset,
      direction: f.direction,
      type: f.type,
      status: f.status ?? 'PENDING',
      created_at: at,
      updated_at: at,
      ...f.extra,
    },
  };
  world.state.transfers.push(transfer);
  return transfer;
}

export interface OrchestrationFields {
  refId: string;
  profileId: string;
  sourceAsset: string;
  destinationAsset: string;
  amount: string;
  source: JsonObject;
  destination: JsonObject;
  sourceTransfer: SimTransfer;
  ruleId?: string;
  metadata?: JsonObject;
  failReason: string | null;
  credit: SimOrchestration['credit'];
  /** For rule-triggered ones: the ID is chosen first so the system ref_id can embed it. */
  id?: string;
  /** Given: the orchestration waits in PENDING for this approval before processing. */
  approval?: PendingApproval | null;
}

export function newOrchestration(world: World, f: OrchestrationFields): SimOrchestration {
  const at = world.clock.stamp();
  const data: SimOrchestration['data'] = {
    id: f.id ?? newId(),
    profile_id: f.profileId,
    customer_id: world.state.customerId,
    ref_id: f.refId,
    source_asset: f.sourceAsset,
    destination_asset: f.destinationAsset,
    source_amount: f.amount,
    source_transfer: { transfer_id: f.sourceTransfer.data.id, status: 'PENDING' },
    // The outbound leg is planned; Paxos does not know its transfer ID yet (TransferDetails PENDING).
    destination_transfer: { status: 'PENDING' },
    status: f.approval ? 'PENDING' : 'PROCESSING',
    source: f.source,
    destination: f.destination,
    ...(f.ruleId ? { orchestration_rule_id: f.ruleId } : {}),
    created_at: at,
    updated_at: at,
    ...(f.metadata ? { metadata: f.metadata } : {}),
  };
  const record: SimOrchestration = {
    data,
    step: 0,
    // A PENDING one takes no step until approved (approval-lifecycle.ts starts it then).
    nextAt: f.approval ? null : world.clock.now() + world.timing.orchestrationStepMs,
    failReason: f.failReason,
    refund: { profileId: f.profileId, asset: f.sourceAsset, amount: f.amount },
    credit: f.credit,
    ...(f.approval ? { approval: f.approval } : {}),
  };
  world.state.orchestrations.push(record);
  emitOrchestrationEvent(world, data);
  return record;
}

/** A recognisable test case: a memo containing this marker makes the wire fail. */
export const FAIL_MEMO_MARKER = 'SIMULATE-FAILURE';
export const SIMULATED_FAIL_REASON =
  'wire rejected by the beneficiary bank: account closed (simulated)';

export function failReasonFor(world: World, memo: string | undefined): string | null {
  const queued = world.pendingFailures.shift();
  if (queued !== undefined) return queued;
  return memo && memo.toUpperCase().includes(FAIL_MEMO_MARKER) ? SIMULATED_FAIL_REASON : null;
}
