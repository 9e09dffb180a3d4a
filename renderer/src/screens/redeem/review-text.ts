// The sentences of the wire instruction, as pure functions of main's review (tested without a DOM).
import type { RedemptionReview } from '../../../../shared/contract';
import { formatAmount } from '../../../../shared/money';
import { routingTypeLabel } from '../../format/labels';
import { formatDay } from '../../format/time';

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

export function routingText(review: RedemptionReview): string {
  const { routingType, routingNumber } = review.beneficiary;
  if (!routingType) return routingNumber ?? '—';
  const type =
    routingType.toUpperCase() === 'ABA'
      ? 'ABA'
      : routingType.toUpperCase() === 'SWIFT'
        ? 'SWIFT / BIC'
        : routingTypeLabel(routingType).text;
  return `${type} ${routingNumber ?? ''}`.trim();
}

export function arrivalText(review: RedemptionReview): string {
  const a = review.arrival;
  const range =
    a.earliest === a.latest
      ? formatDay(a.earliest)
      : `${formatDay(a.earliest)} – ${formatDay(a.latest)}`;
  return `Between ${range}`;
}

export function arrivalNote(review: RedemptionReview): string {
  const a = review.arrival;
  const rail =
    a.rail === 'swift' ? 'International (SWIFT) wires take' : 'Domestic Fedwire wires take';
  const sent = a.waitsForNextBusinessDay
    ? `Confirmed now, after the ${a.cutoffHourEt - 12}:00 p.m. ET cut-off or outside a business day, the wire goes out ${formatDay(a.sendDay)}.`
    : `Confirmed before the ${a.cutoffHourEt - 12}:00 p.m. ET cut-off, the wire can go out today.`;
  const holidays =
    a.holidays.length > 0
      ? ` Federal Reserve holiday: ${a.holidays.map((h) => `${h.name} (${formatDay(h.day)})`).join(', ')}.`
      : '';
  return `${rail} ${a.minBusinessDays}–${a.maxBusinessDays} business days, Paxos says; no wires on weekends or Federal Reserve holidays. ${sent}${holidays}`;
}

export function todayText(review: RedemptionReview): string {
  const t = review.today;
  return `$${formatAmount(t.afterUsd, 'USD')} with this one, of a $${formatAmount(t.dailyLimitUsd, 'USD')} daily limit (before it: $${formatAmount(t.redeemedUsd, 'USD')})`;
}
