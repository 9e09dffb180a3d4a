// An operation of a capability the credential does not allow is refused here, before anything
// is queued or sent: the operator learns why (the scope Paxos refused or lacks) and what to do,
// instead of an intent that would fail at Paxos later.
import { AppError } from '../../shared/app-error';
import type { OperatorContext } from './operator-context';

export function requireCapability(ctx: OperatorContext, name: string): void {
  const status = ctx.state.get().credentials.capabilities?.find((c) => c.name === name);
  if (!status || status.on) return;
  throw new AppError(
    'forbidden',
    `${status.label} are unavailable with this API credential. ${status.reason ?? ''}`.trim(),
    { capability: name, ...(status.reason ? { reason: status.reason } : {}) },
  );
}
