// Confirming a request that waits in the outbox sends it, so it is a decision that can move
// money like any other: main asks, worded from main's own facts about that request (its amount,
// asset, profile, destination bank from main's cache, the environment, and today's wires
// against the daily limit, this request left out), in the same words as the redemption's own
// confirmation. A renderer's call alone never sends an expired or flagged request.
import { AppError } from '../../shared/app-error';
import type { IntentKind } from '../../shared/intent-payloads';
import { ConversionInput, RedemptionInput } from '../../shared/operation-inputs';
import { environmentFact, environmentShortNames } from '../confirm/environment-names';
import { pathConfirmation, type Decision } from '../confirm/path-confirmation';
import {
  conversionRequestOf,
  redemptionConfirmationFacts,
  reviewRedemption,
  type Intent,
  type LimitAccepted,
} from '../desk';
import { conversionDecision } from './conversion-decision';
import { fiatWithdrawalIntentDecision } from './fiat-withdrawal-intent-confirmation';
import type { OperatorContext } from './operator-context';
import { requireConfirmation } from './require-confirmation';

const otherKinds: Record<
  Exclude<IntentKind, 'create_orchestration' | 'create_conversion'>,
  string
> = {
  create_rule: 'Create an auto-redeem rule',
  delete_rule: 'Delete an auto-redeem rule',
  create_fiat_account: 'Send a new bank account to Paxos for review',
  update_fiat_account: 'Send bank account changes to Paxos for review',
  delete_fiat_account: 'Delete a bank account',
  create_fiat_withdrawal: 'Wire out USD cash',
};

/** Resolves when the operator confirmed sending request `id` in main's dialog; throws otherwise. */
export async function confirmIntentInMain(
  ctx: OperatorContext,
  id: string,
): Promise<Decision & { limit?: LimitAccepted }> {
  const intent = ctx.desk().intent(id);
  if (!intent) throw new AppError('not_found', 'This outbox request no longer exists.', { id });
  const decision = await intentDecision(ctx, intent);
  const request = {
    ...decision.request,
    action: 'intent.confirm' as const,
    facts: [
      ...decision.request.facts,
      ['Queued since', `${intent.createdAt.slice(0, 16).replace('T', ' ')} UTC`] as [
        string,
        string,
      ],
    ],
  };
  const audit = {
    ...decision.audit,
    refId: intent.refId,
    state: intent.state,
    ...(intent.attentionReason ? { attentionReason: intent.attentionReason } : {}),
  };
  await requireConfirmation(ctx, request, audit);
  return { request, audit, ...(decision.limit ? { limit: decision.limit } : {}) };
}

async function intentDecision(
  ctx: OperatorContext,
  intent: Intent,
): Promise<Decision & { limit?: LimitAccepted }> {
  const environment = ctx.state.get().environment;
  // A conversion: main's review as for a new one, today's conversions without this request.
  if (intent.kind === 'create_conversion')
    return conversionDecision(
      ctx,
      ConversionInput.parse(conversionRequestOf(intent.payload)),
      intent.refId,
    );
  if (intent.kind === 'create_fiat_withdrawal') return fiatWithdrawalIntentDecision(ctx, intent);
  if (intent.kind !== 'create_orchestration') {
    return {
      request: {
        action: 'intent.confirm',
        environment,
        message: `Send this queued request in ${environmentShortNames[environment]}?`,
        facts: [environmentFact(environment), ['Request', otherKinds[intent.kind]]],
        confirmLabel: 'Send request',
      },
      audit: { kind: intent.kind },
    };
  }
  const p = intent.payload;
  if (!('fiat' in p.destination))
    throw new AppError('validation', 'Only a redemption to a bank account can be sent from here.');
  const desk = ctx.desk();
  const now = ctx.now();
  const settings = ctx.settings.get();
  const input = RedemptionInput.parse({
    profileId: p.source.profile.profile_id,
    asset: p.source_asset,
    amount: p.source_amount,
    fiatAccountId: p.destination.fiat.bank_account_id,
    ...(p.destination.fiat.memo ? { memo: p.destination.fiat.memo } : {}),
  });
  // Main's review, as for a new redemption: today's wires (this request left out), the limits,
  // the balance and the account's approval as main has them now.
  const labels = await desk.localLabels();
  const review = await reviewRedemption(input, {
    environment,
    cache: desk.records,
    settings,
    redeemedTodayUsd: await desk.redeemedToday(now, intent.refId),
    online: ctx.isOnline(),
    now,
    labelOf: (id) => labels.current(id),
  });
  const account = await desk.live.bankAccountFacts(input.fiatAccountId);
  if (!account)
    throw new AppError('validation', 'The bank account of this request is no longer known.', {
      field: 'fiatAccountId',
    });
  const decision = pathConfirmation(
    environment,
    redemptionConfirmationFacts(review, account, {
      perRedemptionUsd: settings.perRedemptionSoftLimitUsd,
      dailyUsd: settings.dailySoftLimitUsd,
    }),
  );
  // The total this dialog shows: sent later over a larger one, it asks again (issue 21.3).
  return {
    ...decision,
    limit: { day: now.toISOString().slice(0, 10), totalUsd: review.today.afterUsd },
  };
}
