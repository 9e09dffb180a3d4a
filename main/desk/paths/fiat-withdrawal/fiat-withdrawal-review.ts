// Wiring out USD cash: the review the operator reads before confirming, from main's cache and
// settings. The beneficiary, routing, last 4, the running total against the daily limit and the
// arrival window (Fedwire cut-off, Fed holidays) are the redemption's wire-instruction facts
// (redemption-review-facts.ts), reused as they are; what differs is the fee, which Paxos states
// per request: "send exactly X, fee on top" (the profile is debited X plus the fee) or "debit
// exactly X, fee deducted" (the bank receives X less the fee). The fee itself is not known
// before Paxos answers: the review says so instead of guessing it.
import { environmentLabels, type EnvironmentKind } from '../../../../shared/environment';
import { addAmounts, compareAmounts, formatAmount } from '../../../../shared/money';
import type { OwnerLookup } from '../../../../shared/beneficiary';
import type { Settings } from '../../../../shared/settings';
import type { CacheStore } from '../../store/cache/cache-store';
import { railName } from '../../wires/wire-arrival';
import { redemptionReviewFacts } from '../redemption/redemption-review-facts';
import { feeModeWords, fiatWithdrawalBody, type FiatWithdrawal } from './fiat-withdrawal-request';
import { wireReviewParts } from '../wire-review-parts';

export interface FiatWithdrawalReviewContext {
  environment: EnvironmentKind;
  cache: Pick<CacheStore, 'get'>;
  settings: Settings;
  /** Money wired out of Paxos today (redemptions and wires out), this request left out. */
  wiredTodayUsd: string;
  online: boolean;
  now: Date;
  labelOf?: (id: string) => string | undefined;
  /** Who owns a bank account, from Paxos's full record when the list left it out. */
  ownerOf?: (id: string) => Promise<OwnerLookup | undefined>;
}

export type FiatWithdrawalReview = Awaited<ReturnType<typeof reviewFiatWithdrawal>>;

export async function reviewFiatWithdrawal(
  input: FiatWithdrawal,
  ctx: FiatWithdrawalReviewContext,
) {
  const { available, view, owner, fromName, shown } = await wireReviewParts(
    { ...input, asset: 'USD', chooseProfile: 'Choose a profile to wire from.' },
    ctx,
  );
  const facts = redemptionReviewFacts({
    amount: input.amount,
    asset: 'USD',
    available,
    account: view,
    owner,
    redeemedTodayUsd: ctx.wiredTodayUsd,
    dailyLimitUsd: ctx.settings.dailySoftLimitUsd,
    now: ctx.now,
  });
  const body = fiatWithdrawalBody(input, '');
  const amountText = formatAmount(input.amount, 'USD');
  const feeMode = feeModeWords(body, amountText);
  const overDaily =
    compareAmounts(addAmounts(ctx.wiredTodayUsd, input.amount), ctx.settings.dailySoftLimitUsd) > 0;
  const warnings: string[] = [];
  if (input.feeMode === 'on_top')
    warnings.push(
      `Paxos adds its wire fee on top: the profile is debited ${amountText} plus the fee, and Paxos refuses the wire if the USD cash does not cover both.`,
    );
  if (overDaily)
    warnings.push(
      `With this, today's wires out of Paxos exceed your daily limit of ${formatAmount(ctx.settings.dailySoftLimitUsd, 'USD')}.`,
    );
  if (ctx.environment === 'production')
    warnings.push(
      'Production: this moves real money and cannot be cancelled once Paxos accepts it.',
    );
  if (!ctx.online)
    warnings.push('You are offline: the wire will be queued and sent when the connection returns.');
  return {
    ...facts,
    receive: {
      amountUsd: input.amount,
      rate: '1',
      terms:
        input.feeMode === 'on_top'
          ? `The bank receives exactly ${amountText}; Paxos's fee is charged on top (stated by Paxos when it answers).`
          : `The profile is debited exactly ${amountText}; the bank receives it less Paxos's fee (stated by Paxos when it answers).`,
    },
    feeMode: input.feeMode,
    feeModeText: feeMode,
    environment: environmentLabels[ctx.environment],
    ...shown,
    amount: input.amount,
    available,
    ...(input.memo ? { memo: input.memo } : {}),
    overDailyLimit: overDaily,
    warnings,
    nextSteps: [
      `Paxos wires USD from ${fromName} to ${view.label}: ${feeMode}.`,
      `Treasury Desk follows the wire and shows it done only when Paxos says COMPLETED (${railName(facts.arrival.rail)} wires settle in ${facts.arrival.minBusinessDays}–${facts.arrival.maxBusinessDays} business days, Paxos says).`,
    ],
    willQueue: !ctx.online,
  };
}
