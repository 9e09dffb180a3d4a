// The confirmation of a redemption, from main's own review (cache and settings): amount and
// asset on the button, profile, destination bank, last 4 and owner in the text. Above a soft
// limit the operator must tick "I checked the amount and the destination".
import type { RedemptionReview } from '../../shared/contract';
import type { EnvironmentKind } from '../../shared/environment';
import { formatAmount } from '../../shared/money';
import { CHECKED_AMOUNT_AND_DESTINATION, type ConfirmationRequest } from './confirmation';
import type { BankAccountFacts } from '../desk';
import { environmentFact, environmentShortNames } from './environment-names';

export interface RedemptionDecision {
  request: ConfirmationRequest;
  /** The values the audit log keeps for this decision. */
  audit: Record<string, unknown>;
}

export function redemptionConfirmation(
  environment: EnvironmentKind,
  review: RedemptionReview,
  account: BankAccountFacts,
  limits: { perRedemptionUsd: string; dailyUsd: string },
): RedemptionDecision {
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
  const facts: [string, string][] = [
    environmentFact(environment),
    ['Amount', amount],
    ['From profile', review.profile.nickname],
    ['Wire to', account.label],
    ['Bank', `${account.bankName}, account ending ${account.last4}`],
    ['Owner', account.owner],
  ];
  if (review.memo) facts.push(['Memo', review.memo]);
  if (overLimit) facts.push(['Above your soft limit', limitText]);
  if (review.willQueue)
    facts.push([
      'Sending',
      'Paxos cannot be reached now: it is queued and sent when the connection returns',
    ]);
  return {
    request: {
      action: 'redemption.create',
      environment,
      message: `Redeem ${amount} to ${account.label} in ${environmentShortNames[environment]}?`,
      facts,
      confirmLabel: `Redeem ${amount}`,
      ...(overLimit ? { checkboxLabel: CHECKED_AMOUNT_AND_DESTINATION } : {}),
    },
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
