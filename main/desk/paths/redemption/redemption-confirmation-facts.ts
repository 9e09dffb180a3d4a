// What main's confirmation of a redemption says, from main's own review (cache and settings):
// amount and asset on the button, profile, destination bank, last 4 and owner in the text.
// Above a soft limit the operator must tick "I checked the amount and the destination".
import type { RedemptionReview } from '../../../../shared/contract';
import { formatAmount } from '../../../../shared/money';
import type { BankAccountFacts } from '../../views/record-facts';
import type { ConfirmationFacts } from '../money-path';

export const redemptionActions = ['redemption.create'] as const;

export function redemptionConfirmationFacts(
  review: RedemptionReview,
  account: BankAccountFacts,
  limits: { perRedemptionUsd: string; dailyUsd: string },
): ConfirmationFacts<'redemption.create'> {
  const amount = formatAmount(review.amount, review.asset);
  const overLimit = review.overPerRedemptionLimit || review.overDailyLimit;
  const limitText = [
    review.overPerRedemptionLimit
      ? `per redemption ${formatAmount(limits.perRedemptionUsd, 'USD')}`
      : undefined,
    review.overDailyLimit ? `per day ${formatAmount(limits.dailyUsd, 'USD')}` : undefined,
  ]
    .filter(Boolean)
    .join(' and ');
  const rows: [string, string][] = [
    ['Amount', amount],
    ['From profile', review.profile.nickname],
    ['Bank', `${account.bankName}, account ending ${account.last4}`],
    ['Owner', account.owner],
  ];
  // The same words as the review: an international wire may arrive reduced.
  if (review.receive.mayArriveLess) rows.push(['Arrives', review.receive.mayArriveLess]);
  if (overLimit) rows.push(['Above your soft limit', limitText]);
  if (review.willQueue)
    rows.push([
      'Sending',
      'Paxos cannot be reached now: it is queued and sent when the connection returns',
    ]);
  return {
    action: 'redemption.create',
    question: `Redeem ${amount} to the account ending ${account.last4}`,
    rows,
    notes: [
      ['label', account.label],
      ...(review.memo ? [['memo', review.memo] as [string, string]] : []),
    ],
    confirmLabel: `Redeem ${amount}`,
    mustTickChecked: overLimit,
    audit: {
      amount: review.amount,
      asset: review.asset,
      profileId: review.profile.id,
      profile: review.profile.nickname,
      destinationId: account.id,
      destination: account.label,
      bankName: account.bankName,
      last4: account.last4,
      owner: account.owner,
      overSoftLimit: overLimit,
    },
  };
}
