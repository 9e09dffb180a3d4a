// The credentials vault and keychain adapter against a real Secret Service (gnome-keyring on a
// private D-Bus), cross-checked with secret-tool, an independent libsecret client.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCredentialsVault } from '../../main/vault/create-credentials-vault';
import { KeychainSecretStore } from '../../main/vault/keychain-secret-store';
import {
  filesContaining,
  keyringPackages,
  keyringRoot,
  listFiles,
  secretTool,
} from './keyring-env';

const SERVICE = `com.treasurydesk.test.${process.pid}`;
const FIRST = {
  clientId: 'kc-client-0000-1111-2222-aaaa',
  clientSecret: 'kc-secret-first-6f1d2c3b4a59',
};
const SECOND = {
  clientId: 'kc-client-0000-1111-2222-bbbb',
  clientSecret: 'kc-secret-second-0a9b8c7d6e5f',
};
const accepted = async () => undefined;

let root: string;
beforeAll(() => {
  if (keyringPackages.available) root = keyringRoot();
});

const lookup = (account: string) => secretTool('lookup', 'service', SERVICE, 'username', account);

describe.runIf(keyringPackages.required)('the Secret Service packages under CI', () => {
  it('are installed (CI=true requires them)', () => {
    expect(keyringPackages.available, keyringPackages.reason).toBe(true);
  });
});

describe.skipIf(!keyringPackages.available)('KeychainSecretStore on a real Secret Service', () => {
  it('sets, reads, overwrites and deletes an item that secret-tool sees too', async () => {
    const store = new KeychainSecretStore({ service: SERVICE });
    await store.set('adapter:raw', 'value-1');
    expect(await store.get('adapter:raw')).toBe('value-1');
    expect(lookup('adapter:raw')).toEqual({ status: 0, stdout: 'value-1' });
    await store.set('adapter:raw', 'value-2');
    expect(lookup('adapter:raw').stdout).toBe('value-2');
    expect(await store.delete('adapter:raw')).toBe(true);
    expect(await store.delete('adapter:raw')).toBe(false);
    expect(await store.get('adapter:raw')).toBeNull();
    expect(lookup('adapter:raw').stdout).toBe('');
  });
});

describe.skipIf(!keyringPackages.available)('CredentialsVault on a real Secret Service', () => {
  it('saves, survives a restart, replaces and forgets; the secret is never on disk in plain text', async () => {
    const vault = createCredentialsVault({ service: SERVICE });
    expect(await vault.keychainProblem()).toBeNull();

    const saved = await vault.save('sandbox', FIRST, { verify: accepted });
    expect(saved).toEqual({
      configured: true,
      storage: 'keychain',
      clientIdHint: 'aaaa',
      keychainAvailable: true,
      // No request-signing key with this credential (vault/signing-key.ts).
      signing: { state: 'off' },
    });
    const item = lookup('paxos:sandbox');
    expect(item.status).toBe(0);
    expect(JSON.parse(item.stdout)).toEqual({ v: 1, ...FIRST });

    // A new vault is what the app has after a restart: the keychain still has the credentials.
    const restarted = createCredentialsVault({ service: SERVICE });
    expect(await restarted.getForClient('sandbox')).toEqual(FIRST);
    expect(JSON.stringify(await restarted.status('sandbox'))).not.toContain(FIRST.clientSecret);
    expect((await restarted.status('production')).configured).toBe(false);

    await restarted.replace('sandbox', SECOND, { verify: accepted });
    expect(JSON.parse(lookup('paxos:sandbox').stdout)).toEqual({ v: 1, ...SECOND });

    // The keyring files are encrypted at rest: neither secret appears in them, nor anywhere else.
    expect((await listFiles(join(root, 'data', 'keyrings'))).length).toBeGreaterThan(0);
    expect(await filesContaining([root], [FIRST.clientSecret, SECOND.clientSecret])).toEqual([]);

    expect(await restarted.forget('sandbox')).toMatchObject({ configured: false, storage: 'none' });
    expect(lookup('paxos:sandbox')).toEqual({ status: 1, stdout: '' });
    await expect(
      createCredentialsVault({ service: SERVICE }).getForClient('sandbox'),
    ).rejects.toMatchObject({ code: 'not_configured' });
  });
});
