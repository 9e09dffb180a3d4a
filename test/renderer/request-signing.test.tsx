// Settings → Request signing: shown for a Sandbox/Production credential (not Demo), it asks main
// to make or import a key, shows the public key to register with a copy button, sends the key ID
// to turn signing on, and offers turning it off; it never holds a private key it was not typed.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CredentialsStatus } from '../../shared/state';
import { SettingsScreen } from '../../renderer/src/screens/settings/SettingsScreen';
import { appState } from './support/fixtures';
import { FakeFailure, installFakeTreasury, resetStores, seedStore } from './support/fake-treasury';

const PUBLIC = '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAexample\n-----END PUBLIC KEY-----\n';
const credentials = (signing: CredentialsStatus['signing']): CredentialsStatus => ({
  configured: true,
  storage: 'keychain',
  clientIdHint: '7788',
  keychainAvailable: true,
  ...(signing ? { signing } : {}),
});
const sandbox = (signing: CredentialsStatus['signing']) =>
  appState({
    environment: 'sandbox',
    environmentLabel: 'Paxos Sandbox (test money)',
    credentials: credentials(signing),
  });

beforeEach(() => resetStores());
afterEach(cleanup);

describe('request signing section', () => {
  it('is not offered in Demo, whose credential is built in', () => {
    seedStore(appState());
    installFakeTreasury();
    render(<SettingsScreen />);
    expect(screen.queryByTestId('settings-request-signing')).toBeNull();
  });

  it('off: makes a key pair of the chosen algorithm in main', async () => {
    const state = sandbox({ state: 'off' });
    seedStore(state);
    const fake = installFakeTreasury(
      {
        createSigningKey: () =>
          credentials({ state: 'key_ready', algorithm: 'ES256', publicKeyPem: PUBLIC }),
      },
      state,
    );
    const user = userEvent.setup();
    render(<SettingsScreen />);
    const section = screen.getByTestId('settings-request-signing');
    expect(within(section).getByTestId('signing-state').textContent).toMatch(/^Off/);
    await user.selectOptions(within(section).getByLabelText('Algorithm'), 'ES256');
    await user.click(within(section).getByRole('button', { name: 'Make a key pair' }));
    expect(fake.callsOf('createSigningKey')).toEqual([
      { environment: 'sandbox', algorithm: 'ES256' },
    ]);
  });

  it('off: imports a pasted key, then forgets the text', async () => {
    const state = sandbox({ state: 'off' });
    seedStore(state);
    const fake = installFakeTreasury(
      {
        createSigningKey: () =>
          credentials({ state: 'key_ready', algorithm: 'EdDSA', publicKeyPem: PUBLIC }),
      },
      state,
    );
    const user = userEvent.setup();
    render(<SettingsScreen />);
    const section = screen.getByTestId('settings-request-signing');
    await user.click(within(section).getByRole('button', { name: 'Import a private key…' }));
    const pem = within(section).getByLabelText('Private key (PEM)');
    await user.type(pem, 'PEM-TEXT');
    await user.click(within(section).getByRole('button', { name: 'Import key' }));
    expect(fake.callsOf('createSigningKey')).toEqual([
      { environment: 'sandbox', algorithm: 'EdDSA', privateKeyPem: 'PEM-TEXT' },
    ]);
    expect(within(section).queryByLabelText('Private key (PEM)')).toBeNull();
  });

  it('key ready: shows the public key to register, and turns signing on with the key ID', async () => {
    const state = sandbox({
      state: 'key_ready',
      algorithm: 'EdDSA',
      publicKeyPem: PUBLIC,
      fingerprint: 'ab12',
    });
    seedStore(state);
    const fake = installFakeTreasury(
      {
        turnOnRequestSigning: () => {
          throw new FakeFailure({
            code: 'declined',
            message: 'Not confirmed: nothing was changed or sent.',
          });
        },
      },
      state,
    );
    const user = userEvent.setup();
    render(<SettingsScreen />);
    const section = screen.getByTestId('settings-request-signing');
    expect(within(section).getByText(/BEGIN PUBLIC KEY/)).toBeTruthy();
    expect(within(section).getByRole('button', { name: 'Copy public key' })).toBeTruthy();
    const on = within(section).getByRole('button', { name: 'Turn signing on…' });
    expect((on as HTMLButtonElement).disabled).toBe(true);
    await user.type(within(section).getByLabelText('Key ID from the Paxos Dashboard'), ' kid-9 ');
    await user.click(on);
    expect(fake.callsOf('turnOnRequestSigning')).toEqual([
      { environment: 'sandbox', keyId: ' kid-9 ' },
    ]);
    expect((await within(section).findAllByText(/Not confirmed/)).length).toBeGreaterThan(0);
  });

  it('on: names the key ID and offers turning signing off (main asks)', async () => {
    const state = sandbox({
      state: 'on',
      algorithm: 'ES256',
      publicKeyPem: PUBLIC,
      fingerprint: 'ab12',
      keyId: 'kid-9',
    });
    seedStore(state);
    const fake = installFakeTreasury(
      { turnOffRequestSigning: () => credentials({ state: 'off' }) },
      state,
    );
    const user = userEvent.setup();
    render(<SettingsScreen />);
    const section = screen.getByTestId('settings-request-signing');
    expect(within(section).getByTestId('signing-state').textContent).toMatch(/^On/);
    expect(within(section).getByText('kid-9')).toBeTruthy();
    await user.click(within(section).getByRole('button', { name: 'Turn signing off…' }));
    expect(fake.callsOf('turnOffRequestSigning')).toEqual([{ environment: 'sandbox' }]);
  });
});
