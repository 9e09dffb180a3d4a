// A renamed bank account: each Activity row names the account as it was named when the
// redemption was created, the drawer adds today's name ("Payroll (now: Operating)"), and a
// redemption made after the rename shows the new name.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ActivityScreen } from '../../renderer/src/screens/activity/ActivityScreen';
import { account, appState, orchestration } from './support/fixtures';
import { installFakeTreasury, resetStores, seedStore } from './support/fake-treasury';
import { useActivityViewport } from './support/activity-viewport';

const RENAMED_AT = '2026-03-01T12:00:00.000Z';
const renamed = account({
  label: 'Operating',
  labelHistory: [{ label: 'Payroll' }, { label: 'Operating', since: RENAMED_AT }],
});
// Paxos writes microseconds; the rename time is compared as an instant, not as text.
const before = orchestration({
  id: 'orch-before',
  createdAt: '2026-03-01T11:59:59.999999Z',
  sourceAmount: '100',
});
const AFTER_AT = '2026-03-01T12:00:00.000001Z';
const after = orchestration({ id: 'orch-after', createdAt: AFTER_AT, sourceAmount: '200' });

useActivityViewport();

beforeEach(() => {
  resetStores();
  const state = appState({ fiatAccounts: { items: [renamed], asOf: AFTER_AT } });
  seedStore(state);
  installFakeTreasury(
    {
      queryActivity: () => ({ total: 2, asOf: AFTER_AT, rows: [after, before] }),
      getOrchestration: ({ id }) => ({
        orchestration: id === before.id ? before : after,
        transfers: [],
      }),
    },
    state,
  );
});
afterEach(cleanup);

describe('activity with a renamed bank account', () => {
  it('a past row keeps the old label; a new row shows the new one', async () => {
    render(<ActivityScreen />);
    const rows = await screen.findAllByTestId('activity-row');
    const row = (id: string) => rows.find((r) => r.dataset.orchestrationId === id)!;
    expect(row(before.id).textContent).toContain('Payroll');
    expect(row(before.id).textContent).not.toContain('Operating');
    expect(row(before.id).textContent).toContain('Payroll ••••4512');
    expect(row(after.id).textContent).toContain('Operating');
    expect(row(after.id).textContent).not.toContain('Payroll');
  });

  it("the drawer names the old label and today's", async () => {
    render(<ActivityScreen />);
    const rows = await screen.findAllByTestId('activity-row');
    await userEvent.click(rows.find((r) => r.dataset.orchestrationId === before.id)!);
    const drawer = await screen.findByTestId('activity-detail');
    expect((await within(drawer).findByTestId('activity-detail-destination')).textContent).toBe(
      'Payroll (now: Operating), …4512',
    );
    await userEvent.keyboard('{Escape}');
    await userEvent.click(
      (await screen.findAllByTestId('activity-row')).find(
        (r) => r.dataset.orchestrationId === after.id,
      )!,
    );
    expect((await screen.findByTestId('activity-detail-destination')).textContent).toBe(
      'Operating (…4512)',
    );
  });
});
