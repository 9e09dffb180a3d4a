// Activity: 100,000 rows through a virtualized list that asks main for windows of rows,
// filters sent to main (text debounced), the detail with Paxos ids, and CSV export.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OperationInput } from '../../shared/contract';
import { ActivityScreen } from '../../renderer/src/screens/activity/ActivityScreen';
import { useNavigation } from '../../renderer/src/store/navigation-store';
import { orchestration } from './support/fixtures';
import { installFakeTreasury, resetStores, seedStore, type FakeTreasury } from './support/fake-treasury';

const TOTAL = 100_000;
let fake: FakeTreasury;

// jsdom does no layout: give the list's scroll box the height a window would give it, so the
// virtualizer has a viewport to fill (everything else keeps jsdom's zero).
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('activity-list') ? 480 : 0;
    },
  });
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
});

beforeEach(() => {
  resetStores();
  seedStore();
  fake = installFakeTreasury({
    queryActivity: ({ offset, limit }: OperationInput<'queryActivity'>) => ({
      total: TOTAL,
      asOf: '2026-03-02T10:00:00.000Z',
      rows: Array.from({ length: Math.min(limit, TOTAL - offset) }, (_, i) =>
        orchestration({ id: `orch-${offset + i}`, refId: `ref-${offset + i}`, sourceAmount: `${offset + i}.5` }),
      ),
    }),
    getOrchestration: ({ id }) => ({
      orchestration: orchestration({ id, refId: `ref-of-${id}`, sourceLeg: { transferId: 'tr-source-1', status: 'COMPLETED' }, destinationLeg: { transferId: 'tr-wire-1', status: 'PROCESSING' } }),
      transfers: [{ id: 'tr-wire-1', type: 'WIRE_WITHDRAWAL', status: 'PENDING', amount: '1000', asset: 'USD' }],
    }),
    exportActivityCsv: () => ({ path: '/home/op/Downloads/activity.csv', rows: 1234 }),
  });
});
afterEach(cleanup);

const queries = () => fake.callsOf('queryActivity') as OperationInput<'queryActivity'>[];

describe('activity', () => {
  it('shows the total and renders only a window of the 100,000 rows', async () => {
    render(<ActivityScreen />);
    expect((await screen.findByTestId('activity-count')).textContent).toBe(`${TOTAL.toLocaleString()} redemptions`);
    const rows = await screen.findAllByTestId('activity-row');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0]?.getAttribute('aria-label')).toContain('0.50 USDC');
    expect(queries()[0]).toEqual({ filter: {}, offset: 0, limit: 100 });
    expect(queries().every((q) => q.limit <= 100)).toBe(true);
    const list = screen.getByRole('list', { name: 'Redemptions' });
    expect(within(list).getAllByRole('listitem')[0]?.getAttribute('aria-setsize')).toBe(String(TOTAL));
  });

  it('asks main for the window of rows scrolled to, and only for that', async () => {
    render(<ActivityScreen />);
    await screen.findAllByTestId('activity-row');
    const scroller = document.querySelector('.activity-list') as HTMLElement;
    scroller.scrollTop = 36 * 50_000;
    fireEvent.scroll(scroller);
    await waitFor(() => expect(screen.getAllByTestId('activity-row').some((r) => r.dataset.orchestrationId === 'orch-50000')).toBe(true));
    const offsets = queries().map((q) => q.offset);
    expect(offsets).toContain(50_000);
    expect(offsets.every((o) => o === 0 || (o >= 49_900 && o <= 50_100))).toBe(true);
  });

  it('goes back to the first rows when the filter changes after scrolling', async () => {
    const user = userEvent.setup();
    render(<ActivityScreen />);
    await screen.findAllByTestId('activity-row');
    const scroller = document.querySelector('.activity-list') as HTMLElement;
    scroller.scrollTop = 36 * 50_000;
    fireEvent.scroll(scroller);
    await waitFor(() => expect(queries().map((q) => q.offset)).toContain(50_000));
    await user.selectOptions(screen.getByLabelText('Status'), 'COMPLETED');
    await waitFor(() => expect(queries()).toContainEqual({ filter: { statuses: ['COMPLETED'] }, offset: 0, limit: 100 }));
    expect(scroller.scrollTop).toBe(0);
    fireEvent.scroll(scroller); // what the browser does after scrollTop changes (jsdom does not)
    await waitFor(() => expect(screen.getAllByTestId('activity-row')[0]?.dataset.orchestrationId).toBe('orch-0'));
  });

  it('sends filters to main, debouncing the free text', async () => {
    const user = userEvent.setup();
    render(<ActivityScreen />);
    await screen.findAllByTestId('activity-row');
    await user.selectOptions(screen.getByLabelText('Status'), 'FAILED');
    await waitFor(() => expect(queries().at(-1)?.filter).toEqual({ statuses: ['FAILED'] }));
    await user.selectOptions(screen.getByLabelText('Source'), 'adhoc');
    const before = queries().length;
    await user.type(screen.getByLabelText('Search'), 'wire');
    await waitFor(() => expect(queries().at(-1)?.filter).toEqual({ statuses: ['FAILED'], ruleId: 'adhoc', text: 'wire' }));
    const textQueries = queries().slice(before).filter((q) => q.filter.text !== undefined);
    expect(textQueries.map((q) => q.filter.text)).toEqual(['wire']);
  });

  it('refuses a date range that ends before it starts, next to the field', async () => {
    const user = userEvent.setup();
    render(<ActivityScreen />);
    await user.type(screen.getByLabelText('From'), '2026-03-05');
    await user.type(screen.getByLabelText('To'), '2026-03-01');
    expect(screen.getByText('The end date is before the start date.')).toBeTruthy();
    expect(queries().some((q) => q.filter.to !== undefined)).toBe(false);
  });

  it('opens a row in the detail panel with the timeline and every Paxos id', async () => {
    const user = userEvent.setup();
    render(<ActivityScreen />);
    await user.click((await screen.findAllByTestId('activity-row'))[2] as HTMLElement);
    const detail = await screen.findByTestId('activity-detail');
    expect(await within(detail).findByText('orch-2')).toBeTruthy();
    expect(within(detail).getByText('ref-of-orch-2')).toBeTruthy();
    expect(within(detail).getByText('tr-source-1')).toBeTruthy();
    expect(within(detail).getAllByText('tr-wire-1').length).toBeGreaterThan(0);
    expect(within(detail).getByRole('button', { name: 'Copy Orchestration id' })).toBeTruthy();
    expect(within(detail).getByTestId('redemption-timeline').textContent).toMatch(/Sending wire/);
  });

  it('opens the focused item from a notification', async () => {
    useNavigation.setState({ screen: 'activity', focusId: 'orch-77' });
    render(<ActivityScreen />);
    expect(await within(await screen.findByTestId('activity-detail')).findByText('orch-77')).toBeTruthy();
  });

  it('exports the filtered rows and says where the file is', async () => {
    const user = userEvent.setup();
    render(<ActivityScreen />);
    await user.selectOptions(screen.getByLabelText('Stablecoin'), 'USDP');
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(fake.callsOf('exportActivityCsv')).toEqual([{ assets: ['USDP'] }]);
    expect((await screen.findByTestId('export-result')).textContent).toBe(`Exported ${(1234).toLocaleString()} rows to /home/op/Downloads/activity.csv`);
  });
});
