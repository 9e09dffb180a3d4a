// Expected arrival of a redemption's wire: the Fedwire cut-off (6 p.m. New York, with daylight
// saving), weekends, Federal Reserve holidays (from the holiday library, with the Fed's own
// weekend rule) and the longer international window.
import { describe, expect, it } from 'vitest';
import { fedHolidayOn, isFedBusinessDay } from '../../../../main/desk/wires/fed-calendar';
import { expectedWireArrival, newYorkDayAndHour } from '../../../../main/desk/wires/wire-arrival';

describe('Federal Reserve calendar', () => {
  it('closes on federal holidays, with a Sunday holiday observed on Monday', () => {
    expect(fedHolidayOn('2026-11-26')).toBe('Thanksgiving Day');
    expect(isFedBusinessDay('2026-11-26')).toBe(false);
    // 1 January 2023 was a Sunday: the Reserve Banks closed Monday 2 January.
    expect(isFedBusinessDay('2023-01-02')).toBe(false);
  });

  it('stays open on the Friday before a Saturday holiday (unlike the federal government)', () => {
    // 4 July 2026 is a Saturday: Friday 3 July is a federal day off, but Fedwire runs.
    expect(isFedBusinessDay('2026-07-03')).toBe(true);
    expect(isFedBusinessDay('2026-07-04')).toBe(false);
  });
});

describe('expected wire arrival', () => {
  it('reads the cut-off in New York time, in winter and in summer', () => {
    expect(newYorkDayAndHour(new Date('2026-12-07T22:59:00Z'))).toEqual({
      day: '2026-12-07',
      hour: 17,
    }); // EST
    expect(newYorkDayAndHour(new Date('2026-07-06T21:59:00Z'))).toEqual({
      day: '2026-07-06',
      hour: 17,
    }); // EDT
    expect(newYorkDayAndHour(new Date('2026-07-06T22:00:00Z'))).toEqual({
      day: '2026-07-06',
      hour: 18,
    });
  });

  it('before the cut-off on a business day: sent today, 1–3 business days', () => {
    const a = expectedWireArrival(new Date('2026-12-07T15:00:00Z'), 'ABA'); // Monday 10:00 ET
    expect(a).toMatchObject({
      rail: 'fedwire',
      sendDay: '2026-12-07',
      waitsForNextBusinessDay: false,
      earliest: '2026-12-08',
      latest: '2026-12-10',
    });
  });

  it('after the cut-off: sent the next business day', () => {
    const a = expectedWireArrival(new Date('2026-12-07T23:00:00Z'), 'ABA'); // Monday 18:00 ET
    expect(a).toMatchObject({
      sendDay: '2026-12-08',
      waitsForNextBusinessDay: true,
      earliest: '2026-12-09',
      latest: '2026-12-11',
    });
  });

  it('on a weekend: sent Monday, and the window skips the weekend', () => {
    const friday = expectedWireArrival(new Date('2026-12-12T00:30:00Z'), 'ABA'); // Friday 19:30 ET
    expect(friday).toMatchObject({
      sendDay: '2026-12-14',
      earliest: '2026-12-15',
      latest: '2026-12-17',
    });
    const saturday = expectedWireArrival(new Date('2026-12-12T15:00:00Z'), 'ABA');
    expect(saturday.sendDay).toBe('2026-12-14');
  });

  it('skips a Fed holiday and names it', () => {
    // Wednesday before Thanksgiving 2026, 10:00 ET: Thursday is closed.
    const a = expectedWireArrival(new Date('2026-11-25T15:00:00Z'), 'ABA');
    expect(a).toMatchObject({
      sendDay: '2026-11-25',
      earliest: '2026-11-27',
      latest: '2026-12-01',
    });
    expect(a.holidays).toEqual([{ day: '2026-11-26', name: 'Thanksgiving Day' }]);
    // Confirmed on the holiday itself: nothing moves until Friday.
    expect(expectedWireArrival(new Date('2026-11-26T15:00:00Z'), 'ABA').sendDay).toBe('2026-11-27');
  });

  it('a SWIFT destination gets the international 1–5 day window, not the domestic one', () => {
    const a = expectedWireArrival(new Date('2026-12-07T15:00:00Z'), 'SWIFT');
    expect(a).toMatchObject({
      rail: 'swift',
      maxBusinessDays: 5,
      earliest: '2026-12-08',
      latest: '2026-12-14',
    });
  });
});
