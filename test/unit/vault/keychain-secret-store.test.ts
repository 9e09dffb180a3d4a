// The adapter's own logic with the native binding replaced; the real Secret Service is
// exercised by test/keychain/.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls: { service: string; account: string; options: unknown }[] = [];
let failure: Error | undefined;

vi.mock('@napi-rs/keyring', () => ({
  AsyncEntry: class {
    constructor(service: string, account: string, options: unknown) {
      calls.push({ service, account, options });
    }
    async getPassword() {
      if (failure) throw failure;
      return null;
    }
    async setPassword() {
      if (failure) throw failure;
    }
    async deleteCredential() {
      if (failure) throw failure;
      return false;
    }
  },
}));

const { KeychainSecretStore, KEYCHAIN_SERVICE } =
  await import('../../../main/vault/keychain-secret-store');

beforeEach(() => {
  calls.length = 0;
  failure = undefined;
});

describe('KeychainSecretStore', () => {
  it('pins Linux to the Secret Service so it never falls back to the kernel keyring', async () => {
    await new KeychainSecretStore({ platform: 'linux' }).get('paxos:sandbox');
    await new KeychainSecretStore({ platform: 'darwin' }).get('paxos:sandbox');
    expect(calls).toEqual([
      {
        service: KEYCHAIN_SERVICE,
        account: 'paxos:sandbox',
        options: { linux: { store: 'secret-service' } },
      },
      { service: KEYCHAIN_SERVICE, account: 'paxos:sandbox', options: undefined },
    ]);
  });

  it('turns "no Secret Service" from the binding into the operator-facing no_keychain error', async () => {
    failure = new Error(
      'Platform failure: DBus error: Failed to connect to socket /nonexistent: No such file or directory',
    );
    await expect(
      new KeychainSecretStore({ platform: 'linux' }).get('paxos:sandbox'),
    ).rejects.toMatchObject({
      code: 'no_keychain',
      message: expect.stringContaining('Secret Service'),
      details: { platform: 'linux', reason: expect.stringContaining('DBus') },
    });
  });

  it('never repeats the secret in an error, even if the OS error text contains it', async () => {
    failure = new Error('Invalid: attribute value top-secret-value too long');
    const error = await new KeychainSecretStore({ platform: 'linux' })
      .set('paxos:sandbox', 'top-secret-value')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'internal' });
    expect(JSON.stringify(error)).not.toContain('top-secret-value');
  });
});
