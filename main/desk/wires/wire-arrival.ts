// When the dollars of a redemption confirmed now should reach the bank: the day Paxos can send
// the wire (today if confirmed before the Fedwire customer cut-off on a business day, else the
// next business day), then the settlement window Paxos states for the rail — domestic Fedwire
// (ABA) 1–3 business days, international (SWIFT) 1–5. Wires do not move on weekends or Federal
// Reserve holidays. Pure: `now` is passed in, New York time comes from Intl.
import {
  addBusinessDays,
  businessDayOnOrAfter,
  fedHolidaysBetween,
  isFedBusinessDay,
  nextDay,
  type DayString,
} from './fed-calendar';

/** Fedwire Funds Service cut-off for customer (third-party) transfers: 6:00 p.m. Eastern. */
export const FEDWIRE_CUTOFF_HOUR_ET = 18;

const WINDOWS = {
  fedwire: { min: 1, max: 3, name: 'domestic Fedwire' },
  swift: { min: 1, max: 5, name: 'international SWIFT' },
} as const;

export type WireRail = keyof typeof WINDOWS;

export interface WireArrival {
  rail: WireRail;
  /** The business day Paxos can send the wire. */
  sendDay: DayString;
  /** Confirmed after the cut-off, on a weekend or on a holiday: the wire waits for `sendDay`. */
  waitsForNextBusinessDay: boolean;
  earliest: DayString;
  latest: DayString;
  minBusinessDays: number;
  maxBusinessDays: number;
  cutoffHourEt: number;
  /** Fed holidays between now and `latest` that push the dates out, named. */
  holidays: { day: DayString; name: string }[];
}

const newYorkParts = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/New_York',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
});

/** The New York calendar day and hour of an instant (daylight saving handled by Intl). */
export function newYorkDayAndHour(now: Date): { day: DayString; hour: number } {
  const parts = Object.fromEntries(newYorkParts.formatToParts(now).map((p) => [p.type, p.value]));
  return { day: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
}

export function railFor(routingType: string | undefined): WireRail {
  return routingType?.toUpperCase() === 'SWIFT' ? 'swift' : 'fedwire';
}

export function expectedWireArrival(now: Date, routingType: string | undefined): WireArrival {
  const rail = railFor(routingType);
  const window = WINDOWS[rail];
  const { day, hour } = newYorkDayAndHour(now);
  const sameDay = isFedBusinessDay(day) && hour < FEDWIRE_CUTOFF_HOUR_ET;
  const sendDay = sameDay ? day : businessDayOnOrAfter(nextDay(day));
  const latest = addBusinessDays(sendDay, window.max);
  return {
    rail,
    sendDay,
    waitsForNextBusinessDay: !sameDay,
    earliest: addBusinessDays(sendDay, window.min),
    latest,
    minBusinessDays: window.min,
    maxBusinessDays: window.max,
    cutoffHourEt: FEDWIRE_CUTOFF_HOUR_ET,
    holidays: fedHolidaysBetween(day, latest),
  };
}

export function railName(rail: WireRail): string {
  return WINDOWS[rail].name;
}
