// Settings → Local database: the damage found is stated, and "Rebuild the cache from Paxos"
// shows its progress while main works, then the result; a second click while it runs sends
// nothing more; main's refusal (locked) is shown.
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettingsScreen } from '../../renderer/src/screens/settings/SettingsScreen';
import { useAppStore } from '../../renderer/src/store/app-store';
import { appState, healthyStorage as healthy } from './support/fixtures';
import { FakeFailure, installFakeTreasury, resetStores, seedStore } from './support/fake-treasury';

beforeEach(() => {
  resetStores();
  seedStore();
});
afterEach(cleanup);

describe('rebuild the cache from Paxos', () => {
  it('shows progress while main rebuilds, then the result, and sends one call for two clicks', async () => {
    let finish: (value: { orchestrations: number; asOf: string }) => void = () => undefined;
    const fake = installFakeTreasury({
      rebuildCache: () => new Promise((resolve) => (finish = resolve)),
    });
    const user = userEvent.setup();
    render(<SettingsScreen />);
    const button = screen.getByRole('button', { name: 'Rebuild the cache from Paxos' });
    await user.click(button);
    await user.click(button);
    expect(fake.callsOf('rebuildCache')).toHaveLength(1);
    expect(screen.getByRole('status').textContent).toMatch(
      /^Rebuilding from Paxos… \d[\d,]* orchestrations? stored so far\.$/,
    );
    expect((button as HTMLButtonElement).disabled).toBe(true);
    // The count follows the state main publishes while pages arrive.
    act(() => {
      const state = useAppStore.getState().state!;
      useAppStore.setState({ state: { ...state, activity: { ...state.activity, total: 1234 } } });
    });
    expect(screen.getByRole('status').textContent).toBe(
      `Rebuilding from Paxos… ${(1234).toLocaleString()} orchestrations stored so far.`,
    );
    await act(async () => finish({ orchestrations: 5000, asOf: '2026-01-01T00:00:00.000Z' }));
    expect(
      await screen.findByText(
        `Rebuilt from Paxos: ${(5000).toLocaleString()} orchestrations stored.`,
      ),
    ).toBeTruthy();
    expect((button as HTMLButtonElement).disabled).toBe(false);
  });

  it('says so when Paxos could not be reached, and shows a refusal', async () => {
    let answer = (): { orchestrations: number; asOf: string | null } => ({
      orchestrations: 0,
      asOf: null,
    });
    installFakeTreasury({ rebuildCache: () => answer() });
    const user = userEvent.setup();
    render(<SettingsScreen />);
    await user.click(screen.getByRole('button', { name: 'Rebuild the cache from Paxos' }));
    expect(
      await screen.findByText(/^The cache was emptied, but Paxos could not be reached/),
    ).toBeTruthy();
    answer = () => {
      throw new FakeFailure({
        code: 'locked',
        message: 'Treasury Desk is locked. Unlock it to continue.',
      });
    };
    await user.click(screen.getByRole('button', { name: 'Rebuild the cache from Paxos' }));
    expect((await screen.findByTestId('error-notice')).textContent).toContain('locked');
  });

  it('states the damage found and where the file was kept', () => {
    installFakeTreasury();
    seedStore({
      ...appState(),
      storage: {
        ...healthy,
        ok: false,
        sendingHeld: true,
        message: 'The local database was found damaged.',
        keptAt: '/data/desk.sqlite.damaged-1',
      },
    });
    render(<SettingsScreen />);
    expect(screen.getByText('The local database was found damaged.')).toBeTruthy();
    expect(screen.getByText(/kept for support at \/data\/desk\.sqlite\.damaged-1/)).toBeTruthy();
  });
});
