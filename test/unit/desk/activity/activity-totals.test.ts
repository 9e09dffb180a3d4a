import { describe, expect, it } from 'vitest';
import { activityTotals, MAX_CHART_DAYS } from '../../../../main/desk/activity/activity-totals';
import type { TotalsRow } from '../../../../main/desk/activity/activity-totals';

const row = (status: string, amount: string, asset: string, createdAt: string): TotalsRow => ({
  status,
  amount,
  asset,
  createdAt,
});
// Noon UTC stays on the same calendar day in every time zone from UTC-11 to UTC+11.
const day = (d: string) => `${d}T12:00:00Z`;

describe('activity totals', () => {
  it('counts and sums USD by status exactly, over every row', () => {
    const totals = activityTotals([
      row('COMPLETED', '0.1', 'USDC', day('2026-11-01')),
      row('COMPLETED', '0.2', 'USDP', day('2026-11-01')),
      row('FAILED', '450.75', 'USDC', day('2026-11-02')),
      row('processing', '1000000000000.000001', 'USDC', day('2026-11-03')),
    ]);
    expect(totals.count).toBe(4);
    expect(totals.byStatus).toEqual([
      { status: 'COMPLETED', count: 2, usd: '0.3' },
      { status: 'FAILED', count: 1, usd: '450.75' },
      { status: 'PROCESSING', count: 1, usd: '1000000000000.000001' },
    ]);
  });

  it('charts daily volume per asset, failed excluded', () => {
    const { days } = activityTotals([
      row('COMPLETED', '10', 'USDC', day('2026-11-01')),
      row('COMPLETED', '5', 'USDC', day('2026-11-01')),
      row('COMPLETED', '7', 'USDP', day('2026-11-01')),
      row('FAILED', '99', 'USDC', day('2026-11-02')),
      row('PROCESSING', '3', 'PYUSD', day('2026-11-03')),
    ]);
    expect(days).toEqual([
      { day: '2026-11-01', asset: 'USDC', amount: '15' },
      { day: '2026-11-01', asset: 'USDP', amount: '7' },
      { day: '2026-11-03', asset: 'PYUSD', amount: '3' },
    ]);
  });

  it('counts a row whose amount it cannot read, without summing it', () => {
    const totals = activityTotals([
      row('COMPLETED', 'n/a', 'USDC', day('2026-11-01')),
      row('COMPLETED', '2', 'USDC', day('2026-11-01')),
    ]);
    expect(totals.byStatus).toEqual([{ status: 'COMPLETED', count: 2, usd: '2' }]);
  });

  it('keeps the most recent days when the range is long', () => {
    const start = Date.parse('2024-01-01T12:00:00Z');
    const rows = Array.from({ length: MAX_CHART_DAYS + 30 }, (_, i) =>
      row('COMPLETED', '1', 'USDC', new Date(start + i * 86_400_000).toISOString()),
    );
    const { days } = activityTotals(rows);
    expect(days).toHaveLength(MAX_CHART_DAYS);
    expect(days.at(-1)?.day).toBe(rows.at(-1)!.createdAt!.slice(0, 10));
  });
});

describe('sumAmounts', () => {
  it('adds exactly, whatever the number of decimals, as decimal.js would', async () => {
    const { sumAmounts, addAmounts } = await import('../../../../shared/money');
    const values = ['0.1', '0.2', '1000000000000.000000000000000001', '7', '0.000001', '12.50'];
    expect(sumAmounts(values)).toBe(values.reduce((a, b) => addAmounts(a, b), '0'));
    expect(sumAmounts([])).toBe('0');
    expect(sumAmounts(['0.10', '0.90'])).toBe('1');
    // Not a plain positive decimal: decimal.js reads it, or refuses it, as before.
    expect(sumAmounts(['-1.5', '2'])).toBe('0.5');
    expect(() => sumAmounts(['1e3', '1'])).toThrow('is not a decimal amount');
  });
});
