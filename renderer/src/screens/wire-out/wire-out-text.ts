// The wire out's sentences, as pure functions of the draft or main's review (tested without a
// DOM). The fee mode is always said in words with the figure it fixes: which figure is exact
// (what the bank receives, or what the profile is debited) is what the operator chooses.
import { parseAmountText } from '../../../../shared/amount-parse';
import { formatAmount } from '../../../../shared/money';
import type { FeeMode, WireOutReview } from './wire-out-draft';

/** The typed amount as the radio labels quote it, or "the amount" while it does not read. */
export function typedFigure(amountText: string): string {
  const reading = parseAmountText(amountText, 'USD');
  return reading.ok ? formatAmount(reading.amount, 'USD') : 'the amount';
}

export const feeModeChoices: readonly {
  value: FeeMode;
  label: (figure: string) => string;
  detail: string;
}[] = [
  {
    value: 'on_top',
    label: (figure) => `Send exactly ${figure} — fee on top`,
    detail: "the bank receives this figure; the profile is debited it plus Paxos's fee",
  },
  {
    value: 'deducted',
    label: (figure) => `Debit exactly ${figure} — fee deducted`,
    detail: "the profile is debited this figure; the bank receives it less Paxos's fee",
  },
];

export function wireOutHeadline(review: WireOutReview): string {
  return `Wire USD from ${review.profile.nickname} to ${review.destination.label}: ${review.feeModeText}`;
}

/** The button names the figure and which side of the fee it fixes. */
export function wireOutConfirmLabel(review: WireOutReview): string {
  const verb = review.feeMode === 'deducted' ? 'debit' : 'send';
  const figure = formatAmount(review.amount, 'USD');
  return `${review.willQueue ? 'Queue wire out' : 'Confirm wire out'}: ${verb} exactly ${figure}`;
}
