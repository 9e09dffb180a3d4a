// Onboarding as a new operator meets it (bugs 11, 12, 13): no environment banner or connection
// state before anything is chosen; focus lands on the first screen's heading after "Explore";
// the credentials form inside an environment offers no other environment, has Cancel, and its
// advice for rejected or unreachable credentials points at the form itself.
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/settings';
import { App } from '../../renderer/src/App';
import { SettingsScreen } from '../../renderer/src/screens/settings/SettingsScreen';
import { appState } from './support/fixtures';
import { FakeFailure, installFakeTreasury, resetStores, seedStore } from './support/fake-treasury';

beforeEach(resetStores);
afterEach(cleanup);

describe('onboarding', () => {
  it('shows no DEMO banner and no "Online" before anything is chosen, then both after, with focus on the heading', async () => {
    const fake = installFakeTreasury(
      {},
      appState({ settings: { ...defaultSettings, onboarded: false } }),
    );
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('button', { name: 'Explore with the built-in demo' });
    expect(screen.queryByRole('status', { name: /Environment:/ })).toBeNull();
    expect(document.body.textContent).not.toMatch(/Online|last sync/i);
    await user.click(screen.getByRole('button', { name: 'Explore with the built-in demo' }));
    act(() => fake.emitState({ settings: { ...defaultSettings, onboarded: true } }));
    expect(await screen.findByRole('status', { name: 'Environment: DEMO' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H1'));
    expect(document.activeElement?.textContent).toBe('Overview');
  });
});

describe('credentials inside Sandbox (Settings)', () => {
  const sandbox = appState({
    environment: 'sandbox',
    credentials: {
      configured: true,
      storage: 'keychain',
      keychainAvailable: true,
      clientIdHint: '9f3a',
    },
  });

  it('offers no Production choice and has Cancel', async () => {
    seedStore(sandbox);
    installFakeTreasury({}, sandbox);
    const user = userEvent.setup();
    render(<SettingsScreen />);
    await user.click(screen.getByRole('button', { name: 'Replace credentials…' }));
    expect(screen.queryByLabelText(/Production/)).toBeNull();
    expect(screen.getByTestId('credentials-environment').textContent).toMatch(/Paxos Sandbox/);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByLabelText('Client ID')).toBeNull();
  });

  it('a 401 while testing points at the fields, not at Settings → Credentials', async () => {
    seedStore(sandbox);
    installFakeTreasury(
      {
        testCredentials: () => {
          throw new FakeFailure({ code: 'unauthorized', message: 'invalid_client' });
        },
      },
      sandbox,
    );
    const user = userEvent.setup();
    render(<SettingsScreen />);
    await user.click(screen.getByRole('button', { name: 'Replace credentials…' }));
    await user.type(screen.getByLabelText('Client ID'), 'client-1');
    await user.type(screen.getByLabelText('Client secret'), 'secret-1');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Paxos Sandbox rejected this client ID and secret/);
    expect(alert.textContent).toMatch(/into the fields above/);
    expect(alert.textContent).not.toMatch(/Settings → Credentials/);
  });

  it('an unreachable Paxos during the test is named as the test’s, not the desk’s connection', async () => {
    seedStore(sandbox);
    installFakeTreasury(
      {
        testCredentials: () => {
          throw new FakeFailure({ code: 'network', message: 'ECONNREFUSED' });
        },
      },
      sandbox,
    );
    const user = userEvent.setup();
    render(<SettingsScreen />);
    await user.click(screen.getByRole('button', { name: 'Replace credentials…' }));
    await user.type(screen.getByLabelText('Client ID'), 'client-1');
    await user.type(screen.getByLabelText('Client secret'), 'secret-1');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /Paxos Sandbox could not be reached with these credentials.*separate from the desk’s own connection/,
    );
  });
});
