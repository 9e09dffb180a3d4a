// Connecting to Paxos on first start: tested before saving, missing scopes named, session-only
// storage only by explicit opt-in when there is no keychain, and the secret never kept.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/settings';
import { OnboardingScreen } from '../../renderer/src/screens/onboarding/OnboardingScreen';
import { appState } from './support/fixtures';
import { installFakeTreasury, resetStores, seedStore } from './support/fake-treasury';

const noKeychain = appState({
  settings: { ...defaultSettings, onboarded: false },
  credentials: {
    configured: false,
    storage: 'none',
    keychainAvailable: false,
    keychainProblem: 'No Secret Service is running.',
  },
});

beforeEach(() => {
  resetStores();
  seedStore(noKeychain);
});
afterEach(cleanup);

describe('connect to Paxos', () => {
  it('tests, names missing scopes, asks for session-only consent, saves, then switches', async () => {
    const fake = installFakeTreasury(
      {
        testCredentials: () => ({
          grantedScopes: ['funding:read_profile'],
          missingScopes: ['transfer:write_fiat_account'],
        }),
        saveCredentials: () => ({
          configured: true,
          storage: 'session',
          clientIdHint: '9f3a',
          keychainAvailable: false,
        }),
      },
      noKeychain,
    );
    const user = userEvent.setup();
    render(<OnboardingScreen />);
    await user.click(screen.getByRole('button', { name: 'Connect to Paxos' }));
    await user.click(screen.getByLabelText(/Production/));
    expect(screen.getByText(/Production moves real money/)).toBeTruthy();
    await user.type(screen.getByLabelText('Client ID'), 'client-9f3a');
    const secret = screen.getByLabelText('Client secret') as HTMLInputElement;
    expect(secret.type).toBe('password');
    await user.type(secret, 's3cret');
    const save = screen.getByRole('button', { name: 'Save and connect' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    const report = await screen.findByTestId('scope-report');
    expect(within(report).getByRole('list', { name: 'Missing scopes' }).textContent).toContain(
      'transfer:write_fiat_account',
    );
    expect(screen.getByText(/No Secret Service is running/)).toBeTruthy();
    expect(save.disabled).toBe(true);
    await user.click(screen.getByLabelText(/Keep these credentials for this session only/));
    expect(save.disabled).toBe(false);

    await user.click(save);
    expect(fake.callsOf('saveCredentials')).toEqual([
      {
        environment: 'production',
        clientId: 'client-9f3a',
        clientSecret: 's3cret',
        storage: 'session',
      },
    ]);
    expect(fake.callsOf('switchEnvironment')).toEqual([{ environment: 'production' }]);
    expect(fake.callsOf('completeOnboarding')).toHaveLength(1);
    expect(document.body.innerHTML).not.toContain('s3cret');
  });

  it('asks for a new test when the values change after a test', async () => {
    installFakeTreasury(
      { testCredentials: () => ({ grantedScopes: ['a'], missingScopes: [] }) },
      noKeychain,
    );
    const user = userEvent.setup();
    render(<OnboardingScreen />);
    await user.click(screen.getByRole('button', { name: 'Connect to Paxos' }));
    await user.type(screen.getByLabelText('Client ID'), 'id');
    await user.type(screen.getByLabelText('Client secret'), 'secret');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText(/All required scopes are granted/)).toBeTruthy();
    await user.type(screen.getByLabelText('Client secret'), 'x');
    expect(screen.queryByTestId('scope-report')).toBeNull();
    expect(screen.getByText('Test the connection first.')).toBeTruthy();
  });

  it('shows an empty field error next to the field without calling main', async () => {
    const fake = installFakeTreasury({}, noKeychain);
    const user = userEvent.setup();
    render(<OnboardingScreen />);
    await user.click(screen.getByRole('button', { name: 'Connect to Paxos' }));
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(screen.getByText('Enter the client ID')).toBeTruthy();
    expect(screen.getByText('Enter the client secret')).toBeTruthy();
    expect(fake.callsOf('testCredentials')).toEqual([]);
  });
});
