// A wire instruction's own facts in words, as pure functions of main's review: the routing,
// the arrival window (Fedwire cut-off, Fed holidays) and today's wires against the daily limit.
// A redemption's review and a wire out's share them (main builds both from the same facts).
import type { RedemptionReview } from '../../../shared/contract';
import { routingTypeLabel } from './labels';
import { formatDay } from './time';
import { formatAmount } from '../../../shared/money';

type WireFacts = Pick<RedemptionReview, 'beneficiary' | 'arrival' | 'today'>;

export function routingText(review: WireFacts): string {
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

export function arrivalText(review: WireFacts): string {
  const a = review.arrival;
  const range =
    a.earliest === a.latest
      ? formatDay(a.earliest)
      : `${formatDay(a.earliest)} – ${formatDay(a.latest)}`;
  return `Between ${range}`;
}

export function arrivalNote(review: WireFacts): string {
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

export function todayText(review: WireFacts): string {
  const t = review.today;
  return `$${formatAmount(t.afterUsd, 'USD')} with this one, of a $${formatAmount(t.dailyLimitUsd, 'USD')} daily limit (before it: $${formatAmount(t.redeemedUsd, 'USD')})`;
}
