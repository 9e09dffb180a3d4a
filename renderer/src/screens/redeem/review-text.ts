// The sentences of the wire instruction, as pure functions of main's review (tested without a DOM).
// The wire's own facts (routing, arrival, today's total) are format/wire-facts.ts, shared with
// the Wire out screen.
import type { RedemptionReview } from '../../../../shared/contract';
import { formatAmount } from '../../../../shared/money';

/** "You receive" only where it is certain: an international wire may arrive reduced. */
export function receiveLabel(review: RedemptionReview): string {
  return review.receive.mayArriveLess ? 'Paxos wires' : 'You receive';
}

export function headline(review: RedemptionReview): string {
  const usd = `$${formatAmount(review.receive.amountUsd, 'USD')}`;
  const arrives = review.receive.mayArriveLess
    ? `Paxos wires ${usd}; fees or conversion abroad may reduce what arrives`
    : `you receive ${usd}`;
  return `Send ${formatAmount(review.amount, review.asset)} from ${review.profile.nickname} → ${arrives}`;
}

export function confirmLabel(review: RedemptionReview): string {
  return `${review.willQueue ? 'Queue redemption' : 'Confirm redemption'} of ${formatAmount(review.amount, review.asset)}`;
}

export { arrivalNote, arrivalText, routingText, todayText } from '../../format/wire-facts';
