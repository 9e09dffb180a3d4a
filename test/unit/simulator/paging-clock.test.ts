import { describe, expect, it } from 'vitest';
import { SimClock, formatMicros, toMicros } from '../../../main/simulator/clock';
import { paginate } from '../../../main/simulator/paging';

describe('simulator clock', () => {
  it('reads RFC 3339 with 0 to 9 fractional digits and offsets', () => {
    expect(toMicros('2024-03-20T10:00:00Z')).toBe(Date.parse('2024-03-20T10:00:00Z') * 1000);
    expect(toMicros('2024-01-28T04:23:11.738801Z')).toBe(
      Date.parse('2024-01-28T04:23:11Z') * 1000 + 738801,
    );
    expect(toMicros('2023-08-25T14:25:41.648489333Z')).toBe(
      Date.parse('2023-08-25T14:25:41Z') * 1000 + 648489,
    );
    expect(toMicros('2026-05-01T16:00:00+02:00')).toBe(Date.parse('2026-05-01T14:00:00Z') * 1000);
    expect(toMicros('yesterday')).toBeUndefined();
  });

  it('hands out strictly increasing microsecond timestamps, also within one millisecond', () => {
    const clock = new SimClock(() => 1_700_000_000_000);
    const stamps = [clock.stamp(), clock.stamp(), clock.stamp()];
    expect(stamps).toEqual([
      formatMicros(1_700_000_000_000_000),
      formatMicros(1_700_000_000_000_001),
      formatMicros(1_700_000_000_000_002),
    ]);
    expect(stamps[1]).toBe('2023-11-14T22:13:20.000001Z');
  });

  it('advances only forwards', () => {
    const clock = new SimClock(() => 1000);
    clock.advance(500);
    clock.advanceTo(200);
    expect(clock.now()).toBe(1500);
  });
});

describe('cursor paging', () => {
  const rec = (id: string, second: number) => ({
    id,
    created_at: `2026-05-01T14:00:${String(second).padStart(2, '0')}Z`,
  });
  const all = [rec('a', 1), rec('b', 2), rec('c', 3), rec('d', 4), rec('e', 5)];

  it('walks every record exactly once, newest first by default', () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = paginate(all, 'DESC', 2, cursor);
      seen.push(...page.items.map((r) => r.id));
      cursor = page.next_page_cursor;
    } while (cursor);
    expect(seen).toEqual(['e', 'd', 'c', 'b', 'a']);
  });

  it('has no cursor on the last page', () => {
    expect(paginate(all, 'ASC', 5, undefined).next_page_cursor).toBeUndefined();
    expect(paginate(all, 'ASC', 4, undefined).next_page_cursor).toBeDefined();
  });

  it('neither repeats nor skips when records are added between pages (keyset cursor)', () => {
    const first = paginate(all, 'ASC', 2, undefined);
    const grown = [rec('z', 0), ...all, rec('f', 6)];
    const rest = paginate(grown, 'ASC', 10, first.next_page_cursor);
    expect([...first.items, ...rest.items].map((r) => r.id)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
    ]);
  });

  it('rejects a damaged cursor or one from the other order with a 400', () => {
    const { next_page_cursor } = paginate(all, 'ASC', 1, undefined);
    expect(() => paginate(all, 'ASC', 1, 'garbage')).toThrow(
      expect.objectContaining({ status: 400 }),
    );
    expect(() => paginate(all, 'DESC', 1, next_page_cursor)).toThrow(
      expect.objectContaining({ status: 400 }),
    );
  });
});
