// Confirming a queued wire out again (expired, facts moved, unclear outcome) is worded like a new
// one: main's review of it now (beneficiary, last 4, arrival window, the fee mode, today's wires
// with this request left out), never the renderer's words or the generic "send this request".
import { AppError } from '../../shared/app-error';
import { pathConfirmation, type Decision } from '../confirm/path-confirmation';
import {
  fiatWithdrawalConfirmationFacts,
  reviewFiatWithdrawal,
  type Intent,
  type LimitAccepted,
} from '../desk';
import type { OperatorContext } from './operator-context';

export async function fiatWithdrawalIntentDecision(
  ctx: OperatorContext,
  intent: Extract<Intent, { kind: 'create_fiat_withdrawal' }>,
): Promise<Decision & { limit: LimitAccepted }> {
  const desk = ctx.desk();
  const now = ctx.now();
  const settings = ctx.settings.get();
  const environment = ctx.state.get().environment;
  const labels = await desk.localLabels();
  const p = intent.payload;
  const input = {
    profileId: p.profile_id,
    fiatAccountId: p.fiat_account_id,
    amount: p.amount ?? p.total ?? '0',
    feeMode: p.amount !== undefined ? ('on_top' as const) : ('deducted' as const),
    ...(p.memo ? { memo: p.memo } : {}),
  };
  const review = await reviewFiatWithdrawal(input, {
    environment,
    cache: desk.records,
    settings,
    wiredTodayUsd: await desk.redeemedToday(now, intent.refId),
    online: ctx.isOnline(),
    now,
    labelOf: (id) => labels.current(id),
    ownerOf: (id) => desk.live.accountOwner(id),
  });
  const account = await desk.live.bankAccountFacts(p.fiat_account_id);
  if (!account)
    throw new AppError('validation', 'The bank account of this request is no longer known.', {
      field: 'fiatAccountId',
    });
  const decision = pathConfirmation(
    environment,
    fiatWithdrawalConfirmationFacts(review, account, { dailyUsd: settings.dailySoftLimitUsd }),
  );
  // The total this dialog shows: sent later over a larger one, it asks again (limit-at-send.ts).
  return {
    ...decision,
    limit: { day: now.toISOString().slice(0, 10), totalUsd: review.today.afterUsd },
  };
}
