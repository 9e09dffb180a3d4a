// Activity: 100,000 rows through a virtualized list that asks main for windows of rows,
// filters sent to main (text debounced), the detail with Paxos ids, and CSV export.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OperationInput } from '../../shared/contract';
import { REVISION_DELAY_MS } from '../../renderer/src/hooks/useActivitySummary';
import { ActivityScreen } from '../../renderer/src/screens/activity/ActivityScreen';
import { useAppStore } from '../../renderer/src/store/app-store';
import { useNavigation } from '../../renderer/src/store/navigation-store';
import { orchestration } from './support/fixtures';
import {
  installFakeTreasury,
  resetStores,
  seedStore,
  type FakeTreasury,
} from './support/fake-treasury';
import { useActivityViewport } from './support/activity-viewport';

const TOTAL = 100_000;
let fake: FakeTreasury;

useActivityViewport();

beforeEach(() => {
  resetStores();
  seedStore();
  fake = installFakeTreasury({
    queryActivity: ({ offset, limit }: OperationInput<'queryActivity'>) => ({
      total: TOTAL,
      asOf: '2026-03-02T10:00:00.000Z',
      rows: Array.from({ length: Math.min(limit, TOTAL - offset) }, (_, i) =>
        orchestration({
          id: `orch-${offset + i}`,
          refId: `ref-${offset + i}`,
          sourceAmount: `${offset + i}.5`,
        }),
      ),
    }),
    getOrchestration: ({ id }) => ({
      orchestration: orchestration({
        id,
        refId: `ref-of-${id}`,
        sourceLeg: { transferId: 'tr-source-1', status: 'COMPLETED' },
        destinationLeg: { transferId: 'tr-wire-1', status: 'PROCESSING' },
      }),
      transfers: [
        {
          id: 'tr-wire-1',
          type: 'WIRE_WITHDRAWAL',
          status: 'PENDING',
          amount: '1000',
          asset: 'USD',
        },
      ],
    }),
    exportActivityCsv: () => ({ path: '/home/op/Downloads/activity.csv', rows: 1234 }),
  });
});
afterEach(cleanup);

const queries = () => fake.callsOf('queryActivity') as OperationInput<'queryActivity'>[];

describe('activity', () => {
  it('shows the total and renders only a window of the 100,000 rows', async () => {
    render(<ActivityScreen />);
    expect((await screen.findByTestId('activity-count')).textContent).toBe(
      `${TOTAL.toLocaleString()} redemptions`,
    );
    const rows = await screen.findAllByTestId('activity-row');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0]?.textContent).toContain('0.50 USDC');
    expect(queries()[0]).toEqual({ filter: {}, offset: 0, limit: 100 });
    expect(queries().every((q) => q.limit <= 100)).toBe(true);
    // A table to assistive tech: its full size, though only a window of rows is in the page.
    const table = screen.getByRole('table', { name: 'Redemptions' });
    expect(table.getAttribute('aria-rowcount')).toBe(String(TOTAL + 1));
    const [header, first] = within(table).getAllByRole('row');
    expect(
      within(header!)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Created', 'Amount', 'USD received', 'Destination', 'Profile', 'Source', 'Status']);
    expect(first?.getAttribute('aria-rowindex')).toBe('2');
    expect(within(first!).getAllByRole('cell')).toHaveLength(7);
    // Its one button is named by exactly its text (axe: label-content-name-mismatch).
    const open = within(first!).getByRole('button');
    expect(open.getAttribute('aria-label')).toBeNull();
    expect(first?.getAttribute('aria-label')).toBeNull();
  });

  it('asks main for the window of rows scrolled to, and only for that', async () => {
    render(<ActivityScreen />);
    await screen.findAllByTestId('activity-row');
    const scroller = document.querySelector('.activity-list') as HTMLElement;
    scroller.scrollTop = 36 * 50_000;
    fireEvent.scroll(scroller);
    await waitFor(() =>
      expect(
        screen
          .getAllByTestId('activity-row')
          .some((r) => r.dataset.orchestrationId === 'orch-50000'),
      ).toBe(true),
    );
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
    await user.click(
      within(screen.getByRole('group', { name: 'Status' })).getByRole('button', {
        name: 'Completed',
      }),
    );
    await waitFor(() =>
      expect(queries()).toContainEqual({
        filter: { statuses: ['COMPLETED'] },
        offset: 0,
        limit: 100,
      }),
    );
    expect(scroller.scrollTop).toBe(0);
    fireEvent.scroll(scroller); // what the browser does after scrollTop changes (jsdom does not)
    await waitFor(() =>
      expect(screen.getAllByTestId('activity-row')[0]?.dataset.orchestrationId).toBe('orch-0'),
    );
  });

  it('sends filters to main, debouncing the free text', async () => {
    const user = userEvent.setup();
    render(<ActivityScreen />);
    await screen.findAllByTestId('activity-row');
    await user.click(
      within(screen.getByRole('group', { name: 'Status' })).getByRole('button', {
        name: 'Failed or rejected',
      }),
    );
    await waitFor(() =>
      expect(queries().at(-1)?.filter).toEqual({ statuses: ['FAILED', 'REJECTED'] }),
    );
    await user.selectOptions(screen.getByLabelText('Source'), 'adhoc');
    const before = queries().length;
    await user.type(screen.getByLabelText('Search'), 'wire');
    await waitFor(
      () =>
        expect(queries().at(-1)?.filter).toEqual({
          statuses: ['FAILED', 'REJECTED'],
          ruleId: 'adhoc',
          text: 'wire',
        }),
      // A loaded machine may take longer than waitFor's 1 s default to pass the debounce.
      { timeout: 10_000 },
    );
    const textQueries = queries()
      .slice(before)
      .filter((q) => q.filter.text !== undefined);
    expect(textQueries.map((q) => q.filter.text)).toEqual(['wire']);
  });

  it('refuses a date range that ends before it starts, says so once, and keeps the last valid filter', async () => {
    const user = userEvent.setup();
    render(<ActivityScreen />);
    await user.type(screen.getByLabelText('From'), '2026-03-05');
    await user.type(screen.getByLabelText('To'), '2026-03-01');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(
      'The end date (2026-03-01) is before the start date (2026-03-05).',
    );
    expect(screen.getByLabelText('To').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('To').getAttribute('aria-describedby')).toBe(alert.id);
    // The bar keeps its shape: the message is under it, not inside one field.
    expect(alert.parentElement?.getAttribute('aria-label')).toBe('Activity filters');
    expect(queries().some((q) => q.filter.to !== undefined)).toBe(false);
  });

  it('in-progress chip asks for every in-flight status', async () => {
    const user = userEvent.setup();
    render(<ActivityScreen />);
    await user.click(
      within(screen.getByRole('group', { name: 'Status' })).getByRole('button', {
        name: 'In progress',
      }),
    );
    await waitFor(() =>
      expect(queries().at(-1)?.filter).toEqual({
        statuses: ['PENDING', 'PROCESSING', 'PENDING_APPROVAL'],
      }),
    );
    expect(
      within(screen.getByRole('group', { name: 'Status' }))
        .getByRole('button', { name: 'In progress' })
        .getAttribute('aria-pressed'),
    ).toBe('true');
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

  it('opens the detail as an overlay drawer: focus moves in, Escape closes it, focus returns to the row', async () => {
    const user = userEvent.setup();
    render(<ActivityScreen />);
    const row = (await screen.findAllByTestId('activity-row'))[3] as HTMLElement;
    // A click anywhere on the row opens it; focus goes to the row's button and comes back there.
    await user.click(within(row).getAllByRole('cell')[1]!);
    const drawer = await screen.findByTestId('activity-detail');
    expect(drawer.getAttribute('role')).toBe('dialog');
    expect(drawer.className).toBe('drawer');
    expect(document.activeElement).toBe(drawer);
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('activity-detail')).toBeNull();
    expect(document.activeElement).toBe(within(row).getByRole('button'));
  });

  it('opens the focused item from a notification', async () => {
    useNavigation.setState({ screen: 'activity', focusId: 'orch-77' });
    render(<ActivityScreen />);
    expect(
      await within(await screen.findByTestId('activity-detail')).findByText('orch-77'),
    ).toBeTruthy();
  });

  it('exports the filtered rows and says where the file is', async () => {
    const user = userEvent.setup();
    render(<ActivityScreen />);
    await user.selectOptions(screen.getByLabelText('Stablecoin'), 'USDP');
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(fake.callsOf('exportActivityCsv')).toEqual([{ assets: ['USDP'] }]);
    expect((await screen.findByTestId('export-result')).textContent).toBe(
      `Exported ${(1234).toLocaleString()} rows to /home/op/Downloads/activity.csv`,
    );
  });

  it('says "1 redemption", and shows no empty box when nothing matches', async () => {
    fake = installFakeTreasury({
      queryActivity: ({ filter }: OperationInput<'queryActivity'>) =>
        filter.text
          ? { total: 0, rows: [], asOf: null }
          : { total: 1, rows: [orchestration()], asOf: null },
    });
    const user = userEvent.setup();
    render(<ActivityScreen />);
    await waitFor(() =>
      expect(screen.getByTestId('activity-count').textContent).toBe('1 redemption'),
    );
    await user.type(screen.getByLabelText('Search'), 'zzz');
    await waitFor(() =>
      expect(screen.getByTestId('activity-count').textContent).toBe('0 redemptions'),
    );
    expect(screen.getByTestId('activity-empty').textContent).toBe(
      'No redemptions match these filters.',
    );
    expect(document.querySelector('.activity-list')).toBeNull();
  });

  it('shows the totals main computed for the whole filtered set, in words', async () => {
    fake = installFakeTreasury({
      summarizeActivity: () => ({
        count: 3,
        byStatus: [
          { status: 'COMPLETED', count: 2, usd: '1500.25' },
          { status: 'FAILED', count: 1, usd: '20' },
        ],
        days: [],
        asOf: null,
      }),
    });
    render(<ActivityScreen />);
    await waitFor(() =>
      expect(screen.getByTestId('totals-count').textContent).toBe('3 redemptions'),
    );
    const totals = screen.getByTestId('activity-totals');
    expect(totals.textContent).toContain('Completed$1,500.25 (2)');
    expect(totals.textContent).toContain('Failed$20.00 (1)');
  });

  it('a failed redemption says where the funds are now', async () => {
    fake = installFakeTreasury({
      getOrchestration: ({ id }) => ({
        orchestration: orchestration({
          id,
          status: 'FAILED',
          failReason: 'Beneficiary bank rejected the wire',
          profileId: 'prof-1',
          sourceLeg: { transferId: 'tr-src', status: 'PENDING' },
        }),
        transfers: [],
      }),
    });
    useNavigation.setState({ screen: 'activity', focusId: 'orch-f' });
    render(<ActivityScreen />);
    const funds = await screen.findByTestId('failure-funds');
    expect(funds.dataset.returned).toBe('true');
    expect(funds.textContent).toContain(
      'Nothing was converted: the 1,000.00 USDC was released back to Treasury main',
    );
  });

  it('asks for totals at once on a new filter, and only after a pause when just the revision moves', async () => {
    const user = userEvent.setup();
    render(<ActivityScreen />);
    await waitFor(() => expect(fake.callsOf('summarizeActivity')).toHaveLength(1));
    // Main saw changes (the app mirrors this from a state delta).
    act(() =>
      useAppStore.setState((st) => ({
        state: {
          ...st.state!,
          activity: { total: TOTAL, revision: (st.state?.activity.revision ?? 0) + 1 },
        },
      })),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fake.callsOf('summarizeActivity')).toHaveLength(1);
    await waitFor(() => expect(fake.callsOf('summarizeActivity')).toHaveLength(2), {
      timeout: REVISION_DELAY_MS + 3000,
    });
    await user.click(
      within(screen.getByRole('group', { name: 'Status' })).getByRole('button', {
        name: 'Failed or rejected',
      }),
    );
    await waitFor(
      () =>
        expect(fake.callsOf('summarizeActivity').at(-1)).toEqual({
          statuses: ['FAILED', 'REJECTED'],
        }),
      { timeout: 1000 },
    );
  }, 15_000);
});
