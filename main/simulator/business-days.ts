// When an incoming wire can be credited: Fedwire runs on Federal Reserve business days only (no
// weekends, no Fed holidays; a Sunday holiday closes the Monday, a Saturday one does not close
// the Friday). A wire sent on a closed day waits for the next business day's opening. The days
// are New York days; "opening" is taken as 14:00 UTC (09:00 New York in winter, 10:00 in summer:
// close enough for a simulator, and never before midnight in New York).
import { allForYear } from '@18f/us-federal-holidays';

const OPENING_UTC_HOUR = 14;
const holidays = new Map<number, Set<string>>();

function isHoliday(day: string): boolean {
  const year = Number(day.slice(0, 4));
  let days = holidays.get(year);
  if (!days) {
    days = new Set(
      allForYear(year, { shiftSaturdayHolidays: false, shiftSundayHolidays: true }).map(
        (h) => h.dateString,
      ),
    );
    holidays.set(year, days);
  }
  return days.has(day);
}

/** The calendar day in New York at `ms` ("YYYY-MM-DD"). */
export function newYorkDay(ms: number): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/New_York',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(ms));
}

export function isWireDay(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isHoliday(day);
}

/** `ms` itself on a business day; otherwise the next business day's opening. */
export function wireWindowFrom(ms: number): number {
  let day = newYorkDay(ms);
  if (isWireDay(day)) return ms;
  do {
    const next = new Date(`${day}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    day = next.toISOString().slice(0, 10);
  } while (!isWireDay(day));
  return Date.parse(`${day}T${String(OPENING_UTC_HOUR).padStart(2, '0')}:00:00Z`);
}
