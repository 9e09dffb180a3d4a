// Ending a PENDING approval, when its time comes (runDue) or on a decision sent through the
// control (Demo, e2e):
//   orchestration PENDING → PROCESSING (the usual steps start)  → orchestration.processing
//                 PENDING → REJECTED, terminal: fail_reason.detail (the only reason field the
//                 2026 Orchestration has) says why, the source funds are credited back and the
//                 debit leg FAILED                              → orchestration.rejected
//   rule          PENDING → ACTIVE | REJECTED (Paxos sends no events for rules)
// The event names for PENDING/REJECTED follow `orchestration.<status>`; the published docs
// list none for them, and the Events docs say new types can appear at any time.
import { addAmounts } from '../../shared/money';
import { DEFAULT_REJECT_REASON, type ApprovalOutcome, type PendingApproval } from './approvals';
import { badRequest, notFound } from './problems';
import { findProfile } from './store';
import type { JsonObject, SimOrchestration, SimRule } from './types';
import { unsettledOrchestrations } from './unsettled';
import { emitOrchestrationEvent, type World } from './world';

export interface ApprovalDecision {
  kind: 'orchestration' | 'rule';
  id: string;
  decision: 'approve' | 'reject';
  reason?: string;
}

/** Applies every approval due by now; true if anything changed. */
export function decideDueApprovals(world: World, nowMs: number): boolean {
  let changed = false;
  for (const o of unsettledOrchestrations(world.state.orchestrations)) {
    if (isDue(o.approval, nowMs)) {
      endOrchestrationApproval(world, o, o.approval.outcome, o.approval.reason);
      changed = true;
    }
  }
  for (const r of world.state.rules) {
    if (isDue(r.approval, nowMs)) {
      endRuleApproval(world, r, r.approval.outcome);
      changed = true;
    }
  }
  return changed;
}

/** Times at which a pending approval ends by itself (for settle()). */
export function approvalTimes(world: World): number[] {
  return [...unsettledOrchestrations(world.state.orchestrations), ...world.state.rules]
    .map((r) => r.approval?.decideAt)
    .filter((t): t is number => typeof t === 'number');
}

/** A decision from the control: 404 for an unknown record, 400 if it is not PENDING. */
export function decideApproval(world: World, input: ApprovalDecision): JsonObject {
  const outcome: ApprovalOutcome = input.decision === 'reject' ? 'REJECT' : 'APPROVE';
  const pending = <T extends SimRule | SimOrchestration>(record: T | undefined): T => {
    if (!record) throw notFound(`no ${input.kind} found for id: ${input.id}`);
    if (!record.approval)
      throw badRequest(`${input.kind} ${input.id} is ${record.data.status}, not PENDING`, 'id');
    world.touch();
    return record;
  };
  if (input.kind === 'rule') {
    const rule = pending(world.state.rules.find((r) => r.data.id === input.id));
    endRuleApproval(world, rule, outcome);
    return rule.data;
  }
  const o = pending(world.state.orchestrations.find((r) => r.data.id === input.id));
  endOrchestrationApproval(world, o, outcome, input.reason);
  return o.data;
}

function isDue(
  approval: PendingApproval | null | undefined,
  nowMs: number,
): approval is PendingApproval {
  return !!approval && approval.decideAt !== null && approval.decideAt <= nowMs;
}

function endOrchestrationApproval(
  world: World,
  o: SimOrchestration,
  outcome: ApprovalOutcome,
  reason: string | undefined,
): void {
  o.approval = null;
  o.data.updated_at = world.clock.stamp();
  if (outcome === 'APPROVE') {
    o.data.status = 'PROCESSING';
    o.nextAt = world.clock.now() + world.timing.orchestrationStepMs;
  } else {
    o.data.status = 'REJECTED';
    o.data.fail_reason = { detail: reason ?? DEFAULT_REJECT_REASON };
    refund(world, o);
  }
  emitOrchestrationEvent(world, o.data);
}

function refund(world: World, o: SimOrchestration): void {
  const profile = findProfile(world.state, o.refund.profileId);
  if (profile)
    profile.balances[o.refund.asset] = addAmounts(
      profile.balances[o.refund.asset] ?? '0',
      o.refund.amount,
    );
  const leg = o.data.source_transfer as JsonObject | undefined;
  if (leg) leg.status = 'FAILED';
  const debit = world.state.transfers.find((t) => t.data.id === leg?.transfer_id);
  if (debit) {
    debit.data.status = 'FAILED';
    debit.data.updated_at = world.clock.stamp();
  }
}

function endRuleApproval(world: World, r: SimRule, outcome: ApprovalOutcome): void {
  r.approval = null;
  r.data.status = outcome === 'APPROVE' ? 'ACTIVE' : 'REJECTED';
  world.touch();
}
