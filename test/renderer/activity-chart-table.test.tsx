// The chart's data alternative (axe / issue 24): "Show as table" lists the same daily volumes,
// exact, per stablecoin, in a real table; the canvas says where the numbers are.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActivitySummary } from '../../shared/activity-summary';
import { ActivityChartPanel } from '../../renderer/src/screens/activity/ActivityChartPanel';
import { resetStores, seedStore } from './support/fake-treasury';

beforeEach(() => {
  resetStores();
  seedStore();
});
afterEach(cleanup);

const summary: ActivitySummary = {
  count: 3,
  byStatus: [],
  days: [
    { day: '2026-03-01', asset: 'USDC', amount: '150000' },
    { day: '2026-03-01', asset: 'USDP', amount: '25000.5' },
    { day: '2026-03-03', asset: 'USDC', amount: '40000' },
  ],
  asOf: null,
};

describe('the chart as a table', () => {
  it('shows every day with volume, per asset, with exact amounts', async () => {
    const user = userEvent.setup();
    render(<ActivityChartPanel summary={summary} />);
    const toggle = screen.getByRole('button', { name: 'Show as table' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const table = screen.getByRole('table', { name: 'Daily redeemed volume per stablecoin' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'DayUSDCUSDP',
      '2026-03-01150,000.0025,000.50',
      '2026-03-0340,000.000.00',
    ]);
    expect(within(rows[1]!).getByRole('rowheader').textContent).toBe('2026-03-01');
  });
});
