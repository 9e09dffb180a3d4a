// The review of a conversion between profiles (a mint: USD → a stablecoin), read from main's
// cache and settings: both profiles as Paxos has them, the source balance, what 1:1 at the pair's
// precision credits, and the conversion limits — counted apart from the wire limits, since the
// money stays inside Paxos. The submit checks the same facts, so what was reviewed is what is sent.
import { AppError } from '../../../../shared/app-error';
import {
  conversionKind,
  conversionPrecision,
  expectedCredit,
  rateStatedByPaxos,
} from '../../../../shared/conversion';
import type { ConversionReview } from '../../../../shared/conversion-review';
import { environmentLabels, type EnvironmentKind } from '../../../../shared/environment';
import {
  addAmounts,
  compareAmounts,
  formatAmount,
  isZeroAmount,
  subtractAmounts,
} from '../../../../shared/money';
import type { Settings } from '../../../../shared/settings';
import { balanceRecord } from '../../store/cache/cache-records';
import type { CacheStore } from '../../store/cache/cache-store';
import type { ConversionRequest } from './conversion-request';

export interface ConversionReviewContext {
  environment: EnvironmentKind;
  cache: Pick<CacheStore, 'get'>;
  settings: Settings;
  /** Converted inside Paxos today, the request under review left out. */
  convertedTodayUsd: string;
  online: boolean;
}

const VERB = { mint: 'Mint', redeem_to_cash: 'Redeem', conversion: 'Convert' } as const;

async function profileNamed(ctx: ConversionReviewContext, id: string, field: string) {
  const profile = await ctx.cache.get('profiles', id);
  if (!profile)
    throw new AppError('validation', 'Choose a profile Paxos lists for this account.', { field });
  return String(profile.record.nickname ?? profile.record.id);
}

export async function reviewConversion(
  input: ConversionRequest,
  ctx: ConversionReviewContext,
): Promise<ConversionReview> {
  const fromName = await profileNamed(ctx, input.fromProfileId, 'fromProfileId');
  const toName = await profileNamed(ctx, input.toProfileId, 'toProfileId');
  const balance = await ctx.cache.get(
    'balances',
    balanceRecord(input.fromProfileId, { asset: input.fromAsset }).id,
  );
  const available = balance ? String(balance.record.available ?? '0') : '0';
  if (compareAmounts(input.amount, available) > 0)
    throw new AppError(
      'validation',
      `Only ${formatAmount(available, input.fromAsset)} is available in ${fromName}.`,
      { field: 'amount', available, needed: input.amount, asset: input.fromAsset },
    );
  const precision = conversionPrecision(input.fromAsset, input.toAsset);
  const receive = expectedCredit(input.amount, input.fromAsset, input.toAsset);
  if (isZeroAmount(receive))
    throw new AppError(
      'validation',
      `At ${precision} decimals this credits nothing: convert at least ${formatAmount(`0.${'0'.repeat(Math.max(precision - 1, 0))}1`, input.fromAsset, { minFractionDigits: 0 })}.`,
      { field: 'amount' },
    );
  const kind = conversionKind(input.fromAsset, input.toAsset);
  const limits = ctx.settings;
  const afterUsd = addAmounts(ctx.convertedTodayUsd, input.amount);
  const overPer = compareAmounts(input.amount, limits.perConversionSoftLimitUsd) > 0;
  const overDaily = compareAmounts(afterUsd, limits.dailyConversionSoftLimitUsd) > 0;
  const stated = rateStatedByPaxos(input.fromAsset, input.toAsset);
  const remainder = subtractAmounts(input.amount, receive);
  const warnings: string[] = [];
  if (overPer)
    warnings.push(
      `This is above your per-conversion limit of ${formatAmount(limits.perConversionSoftLimitUsd, 'USD')}.`,
    );
  if (overDaily)
    warnings.push(
      `With this, today's conversions inside Paxos exceed your daily conversion limit of ${formatAmount(limits.dailyConversionSoftLimitUsd, 'USD')}.`,
    );
  if (!isZeroAmount(remainder))
    warnings.push(
      // Paxos documents the precision but not where the cut-off part goes: say so, and how to
      // avoid it, rather than promise it stays in the profile.
      `Paxos keeps ${precision} decimals for this pair: ${formatAmount(remainder, input.fromAsset, { minFractionDigits: 0 })} is not converted, and Paxos does not say whether it stays in ${fromName}. An amount at ${precision} decimals avoids it.`,
    );
  if (ctx.environment === 'production')
    warnings.push(
      'Production: this converts real money and cannot be undone once Paxos accepts it.',
    );
  if (!ctx.online)
    warnings.push('You are offline: it will be queued and sent when the connection returns.');
  const same = input.fromProfileId === input.toProfileId;
  return {
    environment: environmentLabels[ctx.environment],
    kind,
    from: {
      profileId: input.fromProfileId,
      nickname: fromName,
      asset: input.fromAsset,
      available,
      balanceAfter: subtractAmounts(available, input.amount),
    },
    to: { profileId: input.toProfileId, nickname: toName, asset: input.toAsset, sameProfile: same },
    amount: input.amount,
    receive,
    precision,
    remainder,
    rate: stated ? '1' : 'not stated by Paxos',
    rateStated: stated,
    terms: stated
      ? `1 ${input.fromAsset} = 1 ${input.toAsset} as Paxos states it (${kind === 'conversion' ? 'for its own stablecoins; the credited amount is still read and checked' : 'at par, no fee'}), at ${precision} decimals.`
      : `Rate not stated by Paxos for ${input.fromAsset} → ${input.toAsset}: the credited amount is read and checked when it completes.`,
    overPerConversionLimit: overPer,
    overDailyConversionLimit: overDaily,
    today: {
      convertedUsd: ctx.convertedTodayUsd,
      afterUsd,
      dailyLimitUsd: limits.dailyConversionSoftLimitUsd,
    },
    perConversionLimitUsd: limits.perConversionSoftLimitUsd,
    warnings,
    nextSteps: [
      `Paxos takes ${formatAmount(input.amount, input.fromAsset)} from ${fromName}.`,
      `${VERB[kind] === 'Mint' ? 'It mints' : 'It credits'} ${formatAmount(receive, input.toAsset)} into ${same ? 'the same profile' : toName}.`,
      'Treasury Desk follows it, checks the amount credited against this one, and tells you when it completes or fails.',
    ],
    willQueue: !ctx.online,
  };
}

/** "Mint", "Convert" or "Redeem", for the question and the button. */
export const conversionVerb = (from: string, to: string) => VERB[conversionKind(from, to)];
