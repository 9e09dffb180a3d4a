// Redeeming a stablecoin to a USD wire: the review the operator reads before confirming, and
// the submit that turns a confirmed review into an outbox intent. Both check the same facts, so
// what was reviewed is what is sent. Stablecoins count 1:1 in USD for the soft limits (they are
// USD-pegged and Paxos redeems them at par); the limits are the desk's own guard-rails, Paxos
// enforces none of them.
import type { OwnerLookup } from '../../../../shared/beneficiary';
import type { RedemptionReview } from '../../../../shared/contract';
import { environmentLabels, type EnvironmentKind } from '../../../../shared/environment';
import { addAmounts, compareAmounts, formatAmount } from '../../../../shared/money';
import type { Settings } from '../../../../shared/settings';
import type { CacheStore } from '../../store/cache/cache-store';
import { redemptionReviewFacts } from './redemption-review-facts';
import { railName } from '../../wires/wire-arrival';
import { redemptionBody, type Redemption } from './redemption-request';
import { wireReviewParts } from '../wire-review-parts';

export interface ReviewContext {
  environment: EnvironmentKind;
  cache: Pick<CacheStore, 'get'>;
  settings: Settings;
  redeemedTodayUsd: string;
  online: boolean;
  /** For the expected arrival date; the handler passes its clock. */
  now?: Date;
  /** The desk's local label of a bank account (labels are local; see LocalLabels). */
  labelOf?: (id: string) => string | undefined;
  /**
   * Who owns a bank account, reading Paxos's full record when the list left the owner out (the
   * desk's accountOwner). Without it, only an owner already in the cache is named.
   */
  ownerOf?: (id: string) => Promise<OwnerLookup | undefined>;
}

export async function reviewRedemption(
  input: Redemption,
  ctx: ReviewContext,
): Promise<RedemptionReview> {
  const { available, view, owner, fromName, shown } = await wireReviewParts(
    { ...input, chooseProfile: 'Choose a profile to redeem from.' },
    ctx,
  );
  const overPer = compareAmounts(input.amount, ctx.settings.perRedemptionSoftLimitUsd) > 0;
  const overDaily =
    compareAmounts(addAmounts(ctx.redeemedTodayUsd, input.amount), ctx.settings.dailySoftLimitUsd) >
    0;
  const warnings: string[] = [];
  if (overPer)
    warnings.push(
      `This is above your per-redemption limit of ${formatAmount(ctx.settings.perRedemptionSoftLimitUsd, 'USD')}.`,
    );
  if (overDaily)
    warnings.push(
      `With this, today's redemptions exceed your daily limit of ${formatAmount(ctx.settings.dailySoftLimitUsd, 'USD')}.`,
    );
  if (ctx.environment === 'production')
    warnings.push(
      'Production: this moves real money and cannot be cancelled once Paxos accepts it.',
    );
  if (!ctx.online)
    warnings.push(
      'You are offline: the redemption will be queued and sent when the connection returns.',
    );
  const facts = redemptionReviewFacts({
    amount: input.amount,
    asset: input.asset,
    available,
    account: view,
    owner,
    redeemedTodayUsd: ctx.redeemedTodayUsd,
    dailyLimitUsd: ctx.settings.dailySoftLimitUsd,
    now: ctx.now ?? new Date(),
  });
  return {
    ...facts,
    environment: environmentLabels[ctx.environment],
    ...shown,
    asset: input.asset,
    amount: input.amount,
    available,
    ...(input.memo ? { memo: input.memo } : {}),
    overPerRedemptionLimit: overPer,
    overDailyLimit: overDaily,
    warnings,
    nextSteps: [
      `Paxos converts ${formatAmount(input.amount, input.asset)} to USD from ${fromName}.`,
      `Paxos sends the USD by wire to ${view.label}.`,
      `Treasury Desk follows it and notifies you when the wire completes or fails (${railName(facts.arrival.rail)} wires settle in ${facts.arrival.minBusinessDays}–${facts.arrival.maxBusinessDays} business days, Paxos says).`,
    ],
    willQueue: !ctx.online,
  };
}

/**
 * Checks a submitted redemption against its review; returns the Create Orchestration body.
 * Over a soft limit nothing the renderer sends counts as the operator's check (`retypedAmount`
 * is ignored): main's own confirmation, with its ticked checkbox, is the check.
 */
export async function prepareRedemption(
  input: Redemption,
  ctx: ReviewContext,
  requestedBy: string,
) {
  const review = await reviewRedemption(input, ctx);
  return { review, body: redemptionBody(input, requestedBy) };
}
