// Issue 13, bug 7: an "as of" stamp never lags the items shown under it.
import { describe, expect, it } from 'vitest';
import { listAsOf } from '../../../../main/desk/views/list-as-of';

describe('list "as of" stamp', () => {
  it('moves forward to the newest item fetched after the last full refresh', () => {
    expect(
      listAsOf('2026-11-24T07:53:18Z', [
        { fetchedAt: '2026-11-24T07:50:00Z' },
        { fetchedAt: '2026-11-24T07:53:57Z' },
      ]),
    ).toBe('2026-11-24T07:53:57Z');
  });
  it('keeps the refresh time when every item is older', () => {
    expect(listAsOf('2026-11-24T07:53:18Z', [{ fetchedAt: '2026-11-24T07:50:00Z' }])).toBe(
      '2026-11-24T07:53:18Z',
    );
  });
  it('is the newest item when the collection was never refreshed as a whole, null when nothing is known', () => {
    expect(listAsOf(undefined, [{ fetchedAt: '2026-11-24T07:50:00Z' }])).toBe(
      '2026-11-24T07:50:00Z',
    );
    expect(listAsOf(null, [])).toBeNull();
  });
});
