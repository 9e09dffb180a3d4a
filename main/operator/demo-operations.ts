// Demo only: the operator's hand on the built-in Paxos's approvals (2026: redemptions and rules
// may wait PENDING for approval). Decide one that waits, or set how new ones are approved.
// Refused in Sandbox and Production, where only Paxos decides.
import { AppError } from '../../shared/app-error';
import type { OperatorContext } from './operator-context';

type Mode = 'none' | 'approve' | 'reject' | 'manual';
interface DecideInput {
  kind: 'orchestration' | 'rule';
  id: string;
  decision: 'approve' | 'reject';
  reason?: string | undefined;
}

export function createDemoOperations(ctx: OperatorContext) {
  const simulator = (field: string) => {
    const running =
      ctx.state.get().environment === 'demo' ? ctx.environments.demoSimulator : undefined;
    if (!running)
      throw new AppError('validation', 'Approvals can only be decided in the Demo environment.', {
        field,
      });
    return running;
  };
  /** Sync in the background: events name a decided redemption; rules have no events. */
  const syncAfter = (kind: DecideInput['kind']) =>
    void ctx
      .desk()
      .sync(kind === 'rule' ? 'full' : 'events')
      .then(() => ctx.publishDesk())
      .catch(() => undefined);

  return {
    decideDemoApproval: async (input: DecideInput) => {
      const running = simulator('id');
      const collection = input.kind === 'rule' ? 'rules' : 'orchestrations';
      if (ctx.desk().records.statusOf(collection, input.id) === undefined)
        throw new AppError('not_found', `This ${input.kind} is not known here.`, { id: input.id });
      const { kind, id, decision, reason } = input;
      try {
        (await running).control.decideApproval({
          kind,
          id,
          decision,
          ...(reason ? { reason } : {}),
        });
      } catch (error) {
        // The simulator answers 400 when it no longer waits (already decided).
        throw new AppError('conflict', `This ${kind} is not awaiting approval any more.`, {
          id,
          cause: error instanceof Error ? error.message : String(error),
        });
      }
      await ctx.desk().record({
        action: 'demo.decide_approval',
        outcome: 'info',
        details: { kind, id, decision, ...(reason ? { reason } : {}) },
      });
      syncAfter(kind);
      return { done: true as const };
    },
    setDemoApprovals: async (input: {
      orchestrations?: Mode | undefined;
      rules?: Mode | undefined;
    }) => {
      const { control } = await simulator('orchestrations');
      const change = {
        ...(input.orchestrations ? { orchestrations: { mode: input.orchestrations } } : {}),
        ...(input.rules ? { rules: { mode: input.rules } } : {}),
      };
      if (Object.keys(change).length > 0) {
        control.setApprovals(change);
        await ctx.desk().record({ action: 'demo.set_approvals', outcome: 'info', details: input });
      }
      const now = control.getApprovals();
      return { orchestrations: now.orchestrations.mode, rules: now.rules.mode };
    },
  };
}
