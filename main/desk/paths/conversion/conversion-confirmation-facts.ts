// What main's confirmation of a conversion says, from main's own review (cache and settings):
// what leaves which profile, what is credited where (1:1 at the pair's precision), the rate as
// Paxos states it, and the conversion limits (inside Paxos, apart from wires). Above a limit the
// operator must tick "I checked the amount and the destination".
import type { ConversionReview } from '../../../../shared/conversion-review';
import { formatAmount } from '../../../../shared/money';
import type { ConfirmationFacts } from '../money-path';
import { conversionVerb } from './conversion-review';

export const conversionActions = ['conversion.create'] as const;

export function conversionConfirmationFacts(
  review: ConversionReview,
  dailyLimitUsd: string,
): ConfirmationFacts<'conversion.create'> {
  const verb = conversionVerb(review.from.asset, review.to.asset);
  const pay = formatAmount(review.amount, review.from.asset);
  const get = formatAmount(review.receive, review.to.asset);
  const overLimit = review.overPerConversionLimit || review.overDailyConversionLimit;
  const limitText = [
    review.overPerConversionLimit
      ? `per conversion ${formatAmount(review.perConversionLimitUsd, 'USD')}`
      : undefined,
    review.overDailyConversionLimit ? `per day ${formatAmount(dailyLimitUsd, 'USD')}` : undefined,
  ]
    .filter(Boolean)
    .join(' and ');
  const to = review.to.sameProfile ? `${review.to.nickname} (same profile)` : review.to.nickname;
  const rows: [string, string][] = [
    ['From', `${pay} in ${review.from.nickname}`],
    ['Credited', `${get} into ${to}`],
    ['Rate', review.rateStated ? `1:1, at ${review.precision} decimals` : 'not stated by Paxos'],
    [
      "Today's conversions",
      `${formatAmount(review.today.afterUsd, 'USD')} of ${formatAmount(dailyLimitUsd, 'USD')} with this one`,
    ],
  ];
  if (overLimit) rows.push(['Above your soft limit', limitText]);
  if (review.willQueue)
    rows.push([
      'Sending',
      'Paxos cannot be reached now: it is queued and sent when the connection returns',
    ]);
  return {
    action: 'conversion.create',
    question: `${verb} ${get} from ${pay} into ${to}`,
    rows,
    confirmLabel: `${verb} ${get}`,
    mustTickChecked: overLimit,
    audit: {
      kind: review.kind,
      amount: review.amount,
      asset: review.from.asset,
      receive: review.receive,
      destinationAsset: review.to.asset,
      precision: review.precision,
      profileId: review.from.profileId,
      profile: review.from.nickname,
      destinationProfileId: review.to.profileId,
      destinationProfile: review.to.nickname,
      convertedTodayUsd: review.today.convertedUsd,
      overSoftLimit: overLimit,
    },
  };
}
