// What main's confirmation of a wire out says, from main's own review: the fee mode in words
// ("send exactly X, fee on top" / "debit exactly X, fee deducted") in the question and on the
// button, profile, bank, last 4 and owner in the rows; above the daily limit the box must be
// ticked. Audit keeps the values, never secrets.
import { formatAmount } from '../../../../shared/money';
import type { BankAccountFacts } from '../../views/record-facts';
import type { ConfirmationFacts } from '../money-path';
import type { FiatWithdrawalReview } from './fiat-withdrawal-review';

export const fiatWithdrawalActions = ['fiat_withdrawal.create'] as const;

export function fiatWithdrawalConfirmationFacts(
  review: FiatWithdrawalReview,
  account: BankAccountFacts,
  limits: { dailyUsd: string },
): ConfirmationFacts<'fiat_withdrawal.create'> {
  const amount = formatAmount(review.amount, 'USD');
  const verb = review.feeMode === 'on_top' ? 'Send' : 'Debit';
  const rows: [string, string][] = [
    ['Amount', `${amount}: ${review.feeModeText}`],
    ['From profile', `${review.profile.nickname} (USD cash)`],
    ['Bank', `${account.bankName}, account ending ${account.last4}`],
    ['Owner', account.owner],
    ['Expected arrival', arrivalWords(review.arrival)],
  ];
  if (review.overDailyLimit)
    rows.push(['Above your soft limit', `per day ${formatAmount(limits.dailyUsd, 'USD')}`]);
  if (review.willQueue)
    rows.push([
      'Sending',
      'Paxos cannot be reached now: it is queued and sent when the connection returns',
    ]);
  return {
    action: 'fiat_withdrawal.create',
    question: `Wire out ${amount} (${review.feeModeText}) to the account ending ${account.last4}`,
    rows,
    notes: [
      ['label', account.label],
      ...(review.memo ? [['memo', review.memo] as [string, string]] : []),
    ],
    confirmLabel: `${verb} exactly ${amount}`,
    mustTickChecked: review.overDailyLimit,
    audit: {
      amount: review.amount,
      asset: 'USD',
      feeMode: review.feeMode,
      profileId: review.profile.id,
      profile: review.profile.nickname,
      destinationId: account.id,
      destination: account.label,
      bankName: account.bankName,
      last4: account.last4,
      owner: account.owner,
      overSoftLimit: review.overDailyLimit,
    },
  };
}

/** The window, and why it starts later when it does (Fedwire cut-off, weekend, Fed holiday). */
function arrivalWords(a: FiatWithdrawalReview['arrival']): string {
  const window = `${a.earliest} to ${a.latest}`;
  const waits = a.waitsForNextBusinessDay
    ? `; sent on ${a.sendDay} (after the ${a.cutoffHourEt}:00 ET cut-off, or a closed day)`
    : '';
  const holidays = a.holidays.length
    ? `; Fed holidays: ${a.holidays.map((h) => `${h.name} ${h.day}`).join(', ')}`
    : '';
  return `${window}${waits}${holidays}`;
}
