// Issue 11, Deliver 4: a background flush that fails is recorded and shown. The banner is fed
// from the published desk state (`storage.backgroundError`), appears on every screen and goes
// away when main publishes a clean state again.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/App';
import { appState, healthyStorage as healthy } from './support/fixtures';
import { installFakeTreasury, resetStores } from './support/fake-treasury';

beforeEach(resetStores);
afterEach(cleanup);

describe('background errors are shown to the operator', () => {
  it('shows a failed background send with its request, and hides it once a flush ran clean', async () => {
    const fake = installFakeTreasury({}, appState({ storage: healthy }));
    render(<App />);
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeTruthy();
    expect(screen.queryByTestId('desk-problems')).toBeNull();

    act(() =>
      fake.emitState({
        storage: {
          ...healthy,
          backgroundError: {
            message: 'disk I/O error',
            at: new Date().toISOString(),
            refId: 'td-abc',
          },
        },
      }),
    );
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('Background sending failed');
    expect(banner.textContent).toContain('disk I/O error');
    expect(banner.textContent).toContain('td-abc');

    act(() => fake.emitState({ storage: healthy }));
    expect(screen.queryByTestId('desk-problems')).toBeNull();
  });

  it('shows damage found in the local database while sending is held', async () => {
    installFakeTreasury(
      {},
      appState({
        storage: {
          ...healthy,
          ok: false,
          sendingHeld: true,
          message:
            'The local database was found damaged. Nothing is sent until every request has been checked with Paxos.',
          lastCheckError: 'Paxos could not be reached.',
        },
      }),
    );
    render(<App />);
    const banner = await screen.findByTestId('desk-problems');
    expect(banner.textContent).toContain(
      'Nothing is sent until every request has been checked with Paxos.',
    );
    expect(banner.textContent).toContain('Paxos could not be reached.');
  });

  it('says the local database cannot be written and that nothing is sent until it is fixed', async () => {
    installFakeTreasury(
      {},
      appState({
        storage: {
          ...healthy,
          ok: false,
          sendingHeld: true,
          message:
            'The local database cannot be written: the disk is full. Nothing is sent until it can be written again. Free some space on the disk; Treasury Desk tries again at every sync.',
          writeFault: { kind: 'disk_full', since: new Date().toISOString() },
        },
      }),
    );
    render(<App />);
    const banner = await screen.findByTestId('desk-problems');
    expect(banner.getAttribute('role')).toBe('alert');
    expect(banner.textContent).toContain('The local database cannot be written: the disk is full.');
    expect(banner.textContent).toContain('Nothing is sent until it can be written again.');
    expect(banner.textContent).toContain('Free some space on the disk');
    expect(banner.textContent).toMatch(/\(since [^)]+\)/);
  });
});
