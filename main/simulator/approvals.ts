// Approval in the 2026 API: an ad-hoc orchestration can wait in PENDING (→ PROCESSING | REJECTED)
// and a rule in PENDING (→ ACTIVE | REJECTED). Which one does, and how it ends, is a switch per
// test or Demo session: `none` (the default: straight to PROCESSING / ACTIVE, as before 2026),
// `approve` or `reject` after `afterMs`, or `manual` (PENDING until decided through the control).
// Only ad-hoc orchestrations wait: the documented approval is maker-checker on requests the
// caller submits, and a rule-triggered one starts from a deposit that has already arrived.
import { isObj } from './body';
import { badRequest } from './problems';
import type { PendingApproval } from './types';

export type { ApprovalOutcome, PendingApproval } from './types';

export type ApprovalMode =
  | { mode: 'none' }
  | { mode: 'approve'; afterMs?: number }
  | { mode: 'reject'; afterMs?: number; reason?: string }
  | { mode: 'manual' };

export interface ApprovalSettings {
  orchestrations: ApprovalMode;
  rules: ApprovalMode;
}

export const NO_APPROVALS: ApprovalSettings = {
  orchestrations: { mode: 'none' },
  rules: { mode: 'none' },
};

/** Default detail of a rejection (written to the orchestration's fail_reason). */
export const DEFAULT_REJECT_REASON = 'rejected during approval (simulated)';

/** What a new record waits for under `mode`, or null when it needs no approval. */
export function pendingFor(mode: ApprovalMode, nowMs: number): PendingApproval | null {
  switch (mode.mode) {
    case 'approve':
      return { decideAt: nowMs + (mode.afterMs ?? 0), outcome: 'APPROVE' };
    case 'reject':
      return {
        decideAt: nowMs + (mode.afterMs ?? 0),
        outcome: 'REJECT',
        ...(mode.reason ? { reason: mode.reason } : {}),
      };
    case 'manual':
      return { decideAt: null, outcome: 'APPROVE' };
    default:
      return null;
  }
}

/** Reads an approval mode sent to the control endpoint (400 on anything else). */
export function parseApprovalMode(value: unknown, field: string): ApprovalMode {
  const obj = isObj(value) ? value : {};
  const afterMs = obj.afterMs;
  if (afterMs !== undefined && (typeof afterMs !== 'number' || afterMs < 0))
    throw badRequest(`${field}.afterMs must be a non-negative number`, `${field}.afterMs`);
  const after = typeof afterMs === 'number' ? { afterMs } : {};
  switch (obj.mode) {
    case 'none':
    case 'manual':
      return { mode: obj.mode };
    case 'approve':
      return { mode: 'approve', ...after };
    case 'reject':
      return {
        mode: 'reject',
        ...after,
        ...(typeof obj.reason === 'string' && obj.reason ? { reason: obj.reason } : {}),
      };
    default:
      throw badRequest(`${field}.mode must be none, approve, reject or manual`, `${field}.mode`);
  }
}
