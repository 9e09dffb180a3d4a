// A credential's request-signing key in the vault: kept inside the credential's own keychain
// item (saved, replaced and forgotten with it), handed to the Paxos client only once signing is
// on (key ID set), never in a status; a rotated secret keeps it, another client ID does not; a
// damaged signing part makes the item unreadable rather than silently unsigned.
import { describe, expect, it } from 'vitest';
import { CredentialsVault } from '../../../main/vault/credentials-vault';
import { MemorySecretStore } from '../../../main/vault/memory-secret-store';
import { newSigningKey } from '../../../main/vault/signing-key';

const creds = { clientId: 'ops-client-1234', clientSecret: 'sk-very-secret-value' };
const verify = async () => undefined;

async function saved() {
  const keychain = new MemorySecretStore('keychain');
  const vault = new CredentialsVault({ keychain, probe: async () => undefined });
  await vault.save('sandbox', creds, { verify });
  return { vault, keychain };
}

describe('signing key in the vault', () => {
  it('is kept in the credential item, used only once on, and never shown', async () => {
    const { vault, keychain } = await saved();
    const key = newSigningKey('ES256');
    const ready = await vault.storeSigningKey('sandbox', key);
    expect(ready.signing).toMatchObject({
      state: 'key_ready',
      algorithm: 'ES256',
      publicKeyPem: key.publicKeyPem,
    });
    expect(JSON.stringify(ready)).not.toContain(key.privateKeyPem);
    // Ready is not on: nothing is signed yet.
    expect(await vault.getForClient('sandbox')).toEqual(creds);
    const on = await vault.setSigningKeyId('sandbox', 'kid-7');
    expect(on.signing).toMatchObject({ state: 'on', keyId: 'kid-7' });
    expect(JSON.stringify(on)).not.toContain(key.privateKeyPem);
    expect(await vault.getForClient('sandbox')).toEqual({
      ...creds,
      signing: { keyId: 'kid-7', algorithm: 'ES256', privateKeyPem: key.privateKeyPem },
    });
    // One keychain item holds both: there is no second place the key could outlive the secret.
    expect(await keychain.get('paxos:sandbox')).toContain('kid-7');
    await expect(vault.storeSigningKey('sandbox', newSigningKey('EdDSA'))).rejects.toMatchObject({
      code: 'conflict',
    });
    const off = await vault.removeSigningKey('sandbox');
    expect(off.signing).toEqual({ state: 'off' });
    expect(await keychain.get('paxos:sandbox')).not.toContain('PRIVATE KEY');
    expect(await vault.getForClient('sandbox')).toEqual(creds);
  });

  it('a rotated secret keeps the key; another client ID drops it; forgetting removes it', async () => {
    const { vault, keychain } = await saved();
    await vault.storeSigningKey('sandbox', newSigningKey('EdDSA'));
    await vault.setSigningKeyId('sandbox', 'kid-1');
    await vault.replace('sandbox', { ...creds, clientSecret: 'rotated-secret' }, { verify });
    expect((await vault.getForClient('sandbox')).signing?.keyId).toBe('kid-1');
    await vault.replace('sandbox', { clientId: 'another-client', clientSecret: 'x' }, { verify });
    expect((await vault.getForClient('sandbox')).signing).toBeUndefined();
    await vault.storeSigningKey('sandbox', newSigningKey('EdDSA'));
    await vault.forget('sandbox');
    expect(await keychain.get('paxos:sandbox')).toBeNull();
  });

  it('a damaged signing part: the credential cannot be read, so nothing goes out unsigned', async () => {
    const { vault, keychain } = await saved();
    await vault.storeSigningKey('sandbox', newSigningKey('EdDSA'));
    await vault.setSigningKeyId('sandbox', 'kid-1');
    const item = JSON.parse((await keychain.get('paxos:sandbox')) ?? '{}') as {
      signing: { algorithm: string };
    };
    item.signing.algorithm = 'RS256';
    await keychain.set('paxos:sandbox', JSON.stringify(item));
    await expect(vault.getForClient('sandbox')).rejects.toMatchObject({ code: 'not_configured' });
  });
});
