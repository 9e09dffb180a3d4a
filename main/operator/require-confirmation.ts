// Asks main's confirmer before a decision goes ahead. Declined (or the dialog failed): the
// refusal is audited with the decision's values and the handler stops with `declined`, before
// anything is queued, written or sent. One dialog at a time: a second request while one is
// open is refused outright, so a misbehaving renderer cannot stack dialogs on the operator.
import { AppError } from '../../shared/app-error';
import type { ConfirmationRequest } from '../confirm/confirmation';
import type { OperatorContext } from './operator-context';

/** Contexts (one per runtime) with a confirmation on screen right now. */
const open = new WeakSet<OperatorContext>();

export async function requireConfirmation(
  ctx: OperatorContext,
  request: ConfirmationRequest,
  auditDetails: Record<string, unknown>,
): Promise<void> {
  if (open.has(ctx)) {
    await ctx.desk().record({
      action: request.action,
      outcome: 'failed',
      details: { ...auditDetails, refused: 'another confirmation is open' },
    });
    throw new AppError(
      'conflict',
      'Another confirmation is waiting for your answer. Answer it first.',
    );
  }
  open.add(ctx);
  let confirmed = false;
  try {
    confirmed = await ctx.confirm(request);
  } catch {
    confirmed = false;
  } finally {
    open.delete(ctx);
  }
  if (confirmed === true) return;
  await ctx.desk().record({
    action: request.action,
    outcome: 'cancelled',
    details: { ...auditDetails, declined: 'not confirmed in main' },
  });
  throw new AppError('declined', 'Not confirmed: nothing was changed or sent.', {
    action: request.action,
  });
}
