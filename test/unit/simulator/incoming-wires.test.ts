// The simulator's incoming wires are credited only on Fed business days: a wire on a weekend or
// a Fed holiday waits for the next business day's opening (the fee and the events are checked
// over HTTP in the contract and desk tests).
import { describe, expect, it } from 'vitest';
import { isWireDay, wireWindowFrom } from '../../../main/simulator/business-days';

describe('incoming wire business days', () => {
  it('weekends and Fed holidays are closed; a Sunday holiday closes the Monday', () => {
    expect(isWireDay('2026-12-07')).toBe(true); // a Monday
    expect(isWireDay('2026-12-05')).toBe(false); // Saturday
    expect(isWireDay('2026-12-06')).toBe(false); // Sunday
    expect(isWireDay('2026-12-25')).toBe(false); // Christmas, a Friday
    expect(isWireDay('2027-07-05')).toBe(false); // July 4th 2027 is a Sunday
    // July 4th 2026 is a Saturday: observed federally on the Friday, but the Reserve Banks open.
    expect(isWireDay('2026-07-03')).toBe(true);
  });

  it('a wire sent on a closed day waits for the next business day’s opening', () => {
    const saturday = Date.parse('2026-12-05T18:00:00Z');
    expect(new Date(wireWindowFrom(saturday)).toISOString()).toBe('2026-12-07T14:00:00.000Z');
    const tuesday = Date.parse('2026-12-08T18:00:00Z');
    expect(wireWindowFrom(tuesday)).toBe(tuesday);
    const christmasEve = Date.parse('2026-12-25T01:00:00Z'); // still Dec 24 in New York
    expect(wireWindowFrom(christmasEve)).toBe(christmasEve);
  });
});
