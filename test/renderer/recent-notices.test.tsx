// Recent notices on Overview: every notice of this environment, marked when the OS did not
// show it, each opening its item as a click on its notification does.
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecentNotice } from '../../shared/state';
import { App } from '../../renderer/src/App';
import { useNavigation } from '../../renderer/src/store/navigation-store';
import { appState, NOW, orchestration } from './support/fixtures';
import { installFakeTreasury, resetStores } from './support/fake-treasury';

beforeEach(resetStores);
afterEach(cleanup);

function notice(overrides: Partial<RecentNotice>): RecentNotice {
  return {
    id: 'n-1',
    at: NOW,
    environment: 'demo',
    title: 'Wire completed',
    body: '1,000.00 USDC redeemed to USD and wired.',
    target: { screen: 'activity', id: 'orch-9' },
    shownByOs: true,
    ...overrides,
  };
}

describe('recent notices', () => {
  it("lists this environment's notices, marks those the OS did not show, and opens one like a notification click", async () => {
    const fake = installFakeTreasury(
      {
        getOrchestration: ({ id }) => ({
          orchestration: orchestration({ id, status: 'COMPLETED' }),
          transfers: [],
        }),
        queryActivity: () => ({ total: 0, rows: [], asOf: null }),
      },
      appState({
        recentNotices: [
          notice({
            id: 'n-2',
            title: 'Bank account approved',
            target: { screen: 'bank-accounts', id: 'fa-approved' },
          }),
          notice({
            id: 'n-1',
            shownByOs: false,
            notShownReason: 'The system did not show it: app is not signed',
          }),
          notice({
            id: 'n-0',
            environment: 'sandbox',
            title: 'Redemption failed',
            target: { screen: 'activity', id: 'other-env' },
          }),
        ],
      }),
    );
    const user = userEvent.setup();
    render(<App />);
    const list = await screen.findByRole('list', { name: 'Recent notices' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('button').textContent)).toEqual([
      'Bank account approved',
      'Wire completed',
    ]);
    expect(within(items[0]!).queryByText('Not shown by the system')).toBeNull();
    expect(within(items[1]!).getByText('Not shown by the system').getAttribute('title')).toMatch(
      /not signed/,
    );

    await user.click(within(list).getByRole('button', { name: 'Wire completed' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Activity' })).toBeTruthy();
    expect(await screen.findByTestId('activity-detail')).toBeTruthy();
    expect(fake.callsOf('getOrchestration')).toContainEqual({ id: 'orch-9' });
  });

  it('shows a notice pushed by main while Overview is open', async () => {
    const fake = installFakeTreasury();
    render(<App />);
    expect(await screen.findByText('No notices since Treasury Desk started.')).toBeTruthy();
    act(() =>
      fake.emitState({
        recentNotices: [
          notice({
            target: { screen: 'bank-accounts', id: 'fa-pending' },
            title: 'Bank account rejected',
          }),
        ],
      }),
    );
    const button = await screen.findByRole('button', { name: 'Bank account rejected' });
    await userEvent.setup().click(button);
    expect(useNavigation.getState().screen).toBe('bank-accounts');
  });
});
