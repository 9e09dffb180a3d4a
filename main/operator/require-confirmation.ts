// Asks main's confirmer before a decision goes ahead. Declined (or the dialog failed): the
// refusal is audited with the decision's values and the handler stops with `declined`, before
// anything is queued, written or sent. One dialog at a time: a second request while one is
// open is refused outright, so a misbehaving renderer cannot stack dialogs on the operator.
//
// Above a soft limit the dialog has a box to tick, and a native dialog cannot keep its button
// from being pressed until it is ticked. Pressed unticked, the dialog comes back at once with
// the reason as its first line (where the operator is looking); pressed unticked again, main
// stops asking and declines with that reason (details.reason `box_not_ticked`), which the page
// shows next to its button. Never more than two showings, so nothing can keep a dialog up.
import { AppError } from '../../shared/app-error';
import {
  answerAccepted,
  boxNotTickedNotice,
  pressedWithoutTicking,
  type ConfirmationRequest,
} from '../confirm/confirmation';
import type { OperatorContext } from './operator-context';

/** Contexts (one per runtime) with a confirmation on screen right now. */
const open = new WeakSet<OperatorContext>();

/** The first showing, and one more with the reason when the box was left unticked. */
const MAX_SHOWINGS = 2;

type Outcome = 'confirmed' | 'declined' | 'box_not_ticked';

async function ask(ctx: OperatorContext, request: ConfirmationRequest): Promise<Outcome> {
  let shown = request;
  for (let showing = 1; ; showing += 1) {
    const answer = await ctx.confirm(shown);
    if (answerAccepted(request, answer)) return 'confirmed';
    if (!pressedWithoutTicking(request, answer)) return 'declined';
    if (showing >= MAX_SHOWINGS) return 'box_not_ticked';
    shown = { ...request, notice: boxNotTickedNotice(request.checkboxLabel ?? '') };
  }
}

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
  let outcome: Outcome = 'declined';
  try {
    outcome = await ask(ctx, request);
  } catch {
    outcome = 'declined';
  } finally {
    open.delete(ctx);
  }
  if (outcome === 'confirmed') return;
  const unticked = outcome === 'box_not_ticked';
  await ctx.desk().record({
    action: request.action,
    outcome: 'cancelled',
    details: {
      ...auditDetails,
      declined: unticked ? 'confirmed without ticking the box' : 'not confirmed in main',
    },
  });
  if (unticked) {
    throw new AppError(
      'declined',
      `Not sent: “${request.checkboxLabel}” was not ticked in the confirmation. Press the button again and tick the box to go ahead.`,
      { action: request.action, reason: 'box_not_ticked' },
    );
  }
  throw new AppError('declined', 'Not confirmed: nothing was changed or sent.', {
    action: request.action,
    reason: 'cancelled',
  });
}
