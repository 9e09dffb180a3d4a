// The Federal Reserve's business days, for telling an operator when a wire can move. Holidays
// come from @18f/us-federal-holidays (the eleven US federal holidays, which are exactly the
// days the Federal Reserve Banks close), not from a hand-written list. The Fed's weekend rule
// differs from the federal one: a holiday on a Sunday closes the Monday after, but a holiday on
// a Saturday does NOT close the Friday before (the Reserve Banks are open), so Saturday
// shifting is off.
import { allForYear } from '@18f/us-federal-holidays';

/** A calendar day as "YYYY-MM-DD" (no time zone: it names a day in New York). */
export type DayString = string;

const holidaysByYear = new Map<number, Map<DayString, string>>();

function holidaysOf(year: number): Map<DayString, string> {
  let days = holidaysByYear.get(year);
  if (!days) {
    days = new Map(
      allForYear(year, { shiftSaturdayHolidays: false, shiftSundayHolidays: true }).map((h) => [
        h.dateString,
        h.name,
      ]),
    );
    holidaysByYear.set(year, days);
  }
  return days;
}

/** The holiday's name when the Federal Reserve is closed for one on that day. */
export function fedHolidayOn(day: DayString): string | undefined {
  return holidaysOf(Number(day.slice(0, 4))).get(day);
}

function toUtcDate(day: DayString): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function weekdayOf(day: DayString): number {
  return toUtcDate(day).getUTCDay();
}

export function isFedBusinessDay(day: DayString): boolean {
  const weekday = weekdayOf(day);
  return weekday !== 0 && weekday !== 6 && fedHolidayOn(day) === undefined;
}

export function nextDay(day: DayString): DayString {
  const date = toUtcDate(day);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The first business day on or after `day`. */
export function businessDayOnOrAfter(day: DayString): DayString {
  let d = day;
  while (!isFedBusinessDay(d)) d = nextDay(d);
  return d;
}

/** `count` business days after `day` (count ≥ 1; `day` itself does not count). */
export function addBusinessDays(day: DayString, count: number): DayString {
  let d = day;
  for (let left = count; left > 0;) {
    d = nextDay(d);
    if (isFedBusinessDay(d)) left -= 1;
  }
  return d;
}

/** The Fed holidays from `from` to `to`, both included, that fall on weekdays. */
export function fedHolidaysBetween(
  from: DayString,
  to: DayString,
): { day: DayString; name: string }[] {
  const found: { day: DayString; name: string }[] = [];
  for (let d = from; d <= to; d = nextDay(d)) {
    const name = fedHolidayOn(d);
    if (name && weekdayOf(d) !== 0 && weekdayOf(d) !== 6) found.push({ day: d, name });
  }
  return found;
}
