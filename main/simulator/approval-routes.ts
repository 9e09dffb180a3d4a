// Simulator-only HTTP control of approvals (under /v2/simulator/, beside the other control
// routes), for e2e runs and anything that drives a simulator it did not start in-process:
//   GET  /approvals          → the switch { orchestrations, rules }
//   POST /approvals          { orchestrations?: mode, rules?: mode } (mode: approvals.ts)
//   POST /approvals/decide   { kind: orchestration|rule, id, decision: approve|reject, reason? }
import { parseApprovalMode } from './approvals';
import { isObj } from './body';
import type { SimulatorControl } from './control';
import { badRequest } from './problems';
import type { Route } from './router';
import type { Json } from './types';

type RouteMaker = (method: Route['method'], path: string, handler: Route['handler']) => Route;

export function approvalControlRoutes(control: SimulatorControl, route: RouteMaker): Route[] {
  const current = () => ({ status: 200, body: { ...control.getApprovals() } as Json });
  return [
    route('GET', '/approvals', current),
    route('POST', '/approvals', (_w, req) => {
      const b = isObj(req.body) ? req.body : {};
      control.setApprovals({
        ...('orchestrations' in b
          ? { orchestrations: parseApprovalMode(b.orchestrations, 'orchestrations') }
          : {}),
        ...('rules' in b ? { rules: parseApprovalMode(b.rules, 'rules') } : {}),
      });
      return current();
    }),
    route('POST', '/approvals/decide', (_w, req) => {
      const b = isObj(req.body) ? req.body : {};
      if (b.kind !== 'orchestration' && b.kind !== 'rule')
        throw badRequest('kind must be orchestration or rule', 'kind');
      if (b.decision !== 'approve' && b.decision !== 'reject')
        throw badRequest('decision must be approve or reject', 'decision');
      if (typeof b.id !== 'string' || !b.id) throw badRequest('id must be set', 'id');
      const record = control.decideApproval({
        kind: b.kind,
        id: b.id,
        decision: b.decision,
        ...(typeof b.reason === 'string' && b.reason ? { reason: b.reason } : {}),
      });
      return { status: 200, body: record };
    }),
  ];
}
