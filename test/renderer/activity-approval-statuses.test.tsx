// Activity in the 2026 API: a redemption awaiting approval at Paxos is "In progress", one Paxos
// rejected is filed with the failures, and each row (and the drawer) says the status meaning's
// words, with the reason Paxos gave for a rejection.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OperationInput } from '../../shared/contract';
import type { OrchestrationView } from '../../shared/views';
import { ActivityScreen } from '../../renderer/src/screens/activity/ActivityScreen';
import {
  toActivityFilter,
  emptyActivityFilter,
} from '../../renderer/src/screens/activity/activity-filter';
import { useNavigation } from '../../renderer/src/store/navigation-store';
import { orchestration } from './support/fixtures';
import {
  installFakeTreasury,
  resetStores,
  seedStore,
  type FakeTreasury,
} from './support/fake-treasury';
import { useActivityViewport } from './support/activity-viewport';

const REASON = 'Exceeds the approver limit';
const rows: OrchestrationView[] = [
  orchestration({
    id: 'o-pending',
    status: 'PENDING',
    sourceLeg: undefined,
    destinationLeg: undefined,
  }),
  orchestration({
    id: 'o-rejected',
    status: 'REJECTED',
    failReason: REASON,
    sourceLeg: { transferId: 'tr-debit', status: 'FAILED' },
    destinationLeg: undefined,
  }),
  orchestration({ id: 'o-odd', status: 'ON_HOLD' }),
];
let fake: FakeTreasury;

useActivityViewport();

beforeEach(() => {
  resetStores();
  seedStore();
  fake = installFakeTreasury({
    queryActivity: () => ({ total: rows.length, asOf: '2026-03-02T10:00:00.000Z', rows }),
    getOrchestration: ({ id }) => ({
      orchestration: rows.find((o) => o.id === id)!,
      transfers: [],
    }),
  });
});
afterEach(cleanup);

const lastFilter = () =>
  (fake.callsOf('queryActivity') as OperationInput<'queryActivity'>[]).at(-1)?.filter;
const row = (id: string) =>
  screen.getAllByTestId('activity-row').find((r) => r.dataset.orchestrationId === id)!;

describe('activity: approval statuses', () => {
  it('files PENDING under In progress and REJECTED with the failures', () => {
    const inProgress = toActivityFilter({ ...emptyActivityFilter(), status: 'in_progress' }, '');
    expect(inProgress.statuses).toContain('PENDING');
    expect(inProgress.statuses).toContain('PROCESSING');
    expect(inProgress.statuses).not.toContain('REJECTED');
    const failed = toActivityFilter({ ...emptyActivityFilter(), status: 'FAILED' }, '');
    expect(failed.statuses).toEqual(['FAILED', 'REJECTED']);
  });

  it('the chips ask main for those statuses', async () => {
    const user = userEvent.setup();
    render(<ActivityScreen />);
    const chips = within(screen.getByRole('group', { name: 'Status' }));
    await user.click(chips.getByRole('button', { name: 'Failed or rejected' }));
    await waitFor(() => expect(lastFilter()).toEqual({ statuses: ['FAILED', 'REJECTED'] }));
    await user.click(chips.getByRole('button', { name: 'In progress' }));
    await waitFor(() => expect(lastFilter()?.statuses).toContain('PENDING'));
  });

  it("each row says its status meaning's words, an unnamed status in plain words", async () => {
    render(<ActivityScreen />);
    await screen.findAllByTestId('activity-row');
    expect(row('o-pending').textContent).toContain('Awaiting approval at Paxos');
    expect(row('o-rejected').textContent).toContain('Rejected by Paxos');
    expect(row('o-rejected').textContent).not.toMatch(/Processing|Converting/);
    expect(row('o-odd').textContent).toContain('On hold');
  });

  it("a rejected redemption's drawer says rejected by Paxos, why, and where the funds are", async () => {
    useNavigation.setState({ screen: 'activity', focusId: 'o-rejected' });
    render(<ActivityScreen />);
    const detail = await screen.findByTestId('activity-detail');
    const timeline = await within(detail).findByTestId('redemption-timeline');
    expect(timeline.getAttribute('data-outcome')).toBe('rejected');
    expect(timeline.textContent).toContain(`Rejected by Paxos: ${REASON}`);
    expect(timeline.textContent).not.toContain('Failed:');
    expect(within(detail).getByText('Rejection reason')).toBeTruthy();
    expect(within(detail).getByTestId('failure-funds').textContent).toMatch(
      /rejected it during approval, before anything was converted or wired/,
    );
  });

  it("a redemption awaiting approval's drawer never says Converting", async () => {
    useNavigation.setState({ screen: 'activity', focusId: 'o-pending' });
    render(<ActivityScreen />);
    const detail = await screen.findByTestId('activity-detail');
    const timeline = await within(detail).findByTestId('redemption-timeline');
    expect(timeline.getAttribute('data-outcome')).toBe('awaiting_approval');
    expect(within(timeline).getByRole('status').textContent).toBe('Awaiting approval at Paxos');
    expect(timeline.querySelector('[data-step="converting"]')?.getAttribute('data-state')).toBe(
      'pending',
    );
  });
});
