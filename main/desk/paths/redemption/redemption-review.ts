// Redeeming a stablecoin to a USD wire: the review the operator reads before confirming, and
// the submit that turns a confirmed review into an outbox intent. Both check the same facts, so
// what was reviewed is what is sent. Stablecoins count 1:1 in USD for the soft limits (they are
// USD-pegged and Paxos redeems them at par); the limits are the desk's own guard-rails, Paxos
// enforces none of them.
import { AppError } from '../../../../shared/app-error';
import type { OwnerLookup } from '../../../../shared/beneficiary';
import type { RedemptionReview } from '../../../../shared/contract';
import { environmentLabels, type EnvironmentKind } from '../../../../shared/environment';
import { addAmounts, compareAmounts, formatAmount } from '../../../../shared/money';
import type { Settings } from '../../../../shared/settings';
import type { FiatAccount } from '../../../../shared/paxos/responses';
import { balanceRecord } from '../../store/cache/cache-records';
import type { CacheStore } from '../../store/cache/cache-store';
import { fiatAccountView } from '../../views/to-views';
import { assertWireableAmount, redemptionReviewFacts } from './redemption-review-facts';
import { railName } from '../../wires/wire-arrival';
import { redemptionBody, type Redemption } from './redemption-request';

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
  const profile = await ctx.cache.get('profiles', input.profileId);
  if (!profile)
    throw new AppError('validation', 'Choose a profile to redeem from.', { field: 'profileId' });
  assertWireableAmount(input.amount, input.asset);
  const balance = await ctx.cache.get(
    'balances',
    balanceRecord(input.profileId, { asset: input.asset }).id,
  );
  const available = balance ? String(balance.record.available ?? '0') : '0';
  if (compareAmounts(input.amount, available) > 0) {
    throw new AppError(
      'validation',
      `Only ${formatAmount(available, input.asset)} is available in this profile.`,
      {
        field: 'amount',
        available,
        needed: input.amount,
        asset: input.asset,
      },
    );
  }
  const account = await ctx.cache.get('fiatAccounts', input.fiatAccountId);
  if (!account)
    throw new AppError('validation', 'Choose a bank account to wire the dollars to.', {
      field: 'fiatAccountId',
    });
  const paxosView = fiatAccountView(account.record as FiatAccount, account.fetchedAt);
  const view = { ...paxosView, label: ctx.labelOf?.(paxosView.id) ?? paxosView.label };
  if (view.status.toUpperCase() !== 'APPROVED') {
    throw new AppError(
      'validation',
      `${view.label} is ${view.status.toLowerCase()}: only approved bank accounts can receive a wire.`,
      { field: 'fiatAccountId' },
    );
  }
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
  const owner: OwnerLookup =
    (await ctx.ownerOf?.(view.id)) ??
    (view.ownerName ? { kind: 'stated', name: view.ownerName } : { kind: 'not_asked' });
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
    profile: {
      id: profile.record.id,
      nickname: String(profile.record.nickname ?? profile.record.id),
    },
    asset: input.asset,
    amount: input.amount,
    available,
    destination: {
      id: view.id,
      bankName: view.bankName ?? view.label,
      accountNumberMasked: view.accountNumberMasked,
      label: view.label,
    },
    ...(input.memo ? { memo: input.memo } : {}),
    overPerRedemptionLimit: overPer,
    overDailyLimit: overDaily,
    warnings,
    nextSteps: [
      `Paxos converts ${formatAmount(input.amount, input.asset)} to USD from ${String(profile.record.nickname ?? 'the profile')}.`,
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
