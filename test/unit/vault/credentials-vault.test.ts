import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/app-error';
import { CredentialsVault } from '../../../main/vault/credentials-vault';
import { MemorySecretStore } from '../../../main/vault/memory-secret-store';
import { noKeychainError } from '../../../main/vault/no-keychain-error';
import type { PaxosCredentials } from '../../../main/vault/credentials';

const SECRET = 'pxs_live_7f3b9c1e5a2d4f6b8e0a1c3d5f7b9e1a';
const CLIENT_ID = 'c1d2e3f4-aaaa-bbbb-cccc-1234567890ab';
const creds: PaxosCredentials = { clientId: CLIENT_ID, clientSecret: SECRET };

/** Records what reached the (fake) keychain, in order with the verify calls. */
function setup({ keychainWorks = true } = {}) {
  const events: string[] = [];
  const keychain = new MemorySecretStore('keychain');
  const realSet = keychain.set.bind(keychain);
  keychain.set = async (account, secret) => {
    events.push(`keychain.set ${account}`);
    await realSet(account, secret);
  };
  const probe = async () => {
    if (!keychainWorks)
      throw noKeychainError('linux', 'Platform failure: DBus error: no such socket');
  };
  const vault = new CredentialsVault({ keychain, probe });
  const verifyOk = async (c: PaxosCredentials) => void events.push(`verify ${c.clientId}`);
  const verifyRejects = async () => {
    events.push('verify rejected');
    throw new AppError('unauthorized', 'Paxos did not accept these credentials.');
  };
  return { vault, keychain, events, verifyOk, verifyRejects };
}

describe('CredentialsVault', () => {
  it('saves to the keychain only after Paxos accepted the credentials', async () => {
    const { vault, keychain, events, verifyOk } = setup();
    const status = await vault.save(
      'sandbox',
      { clientId: `  ${CLIENT_ID}\n`, clientSecret: `${SECRET} ` },
      { verify: verifyOk },
    );
    expect(events).toEqual([`verify ${CLIENT_ID}`, 'keychain.set paxos:sandbox']);
    expect(status).toEqual({
      configured: true,
      storage: 'keychain',
      clientIdHint: '90ab',
      keychainAvailable: true,
      signing: { state: 'off' },
    });
    expect(JSON.parse((await keychain.get('paxos:sandbox'))!)).toMatchObject({
      clientId: CLIENT_ID,
      clientSecret: SECRET,
    });
  });

  it("stores nothing when the token request fails, and passes Paxos's error on", async () => {
    const { vault, keychain, events, verifyRejects } = setup();
    await expect(vault.save('sandbox', creds, { verify: verifyRejects })).rejects.toMatchObject({
      code: 'unauthorized',
    });
    expect(events).toEqual(['verify rejected']);
    expect(await keychain.get('paxos:sandbox')).toBeNull();
    expect(await vault.status('sandbox')).toMatchObject({ configured: false, storage: 'none' });
  });

  it('does not pass on the text of an unexpected verify failure (it may echo the request)', async () => {
    const { vault } = setup();
    const leaky = async () => {
      throw new Error(`POST /oauth2/token client_secret=${SECRET} failed`);
    };
    const error = await vault.save('sandbox', creds, { verify: leaky }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'internal' });
    expect(JSON.stringify((error as AppError).toBridge())).not.toContain(SECRET);
  });

  it('never returns the secret, or the whole client id, from anything but getForClient', async () => {
    const { vault, verifyOk } = setup();
    const outputs: unknown[] = [];
    outputs.push(await vault.save('sandbox', creds, { verify: verifyOk }));
    outputs.push(await vault.status('sandbox'));
    outputs.push(
      await vault.replace(
        'sandbox',
        { ...creds, clientSecret: `${SECRET}-2` },
        { verify: verifyOk },
      ),
    );
    outputs.push(await vault.keychainProblem());
    outputs.push(await vault.forget('sandbox'));
    const text = JSON.stringify(outputs);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(CLIENT_ID);
  });

  it('refuses a second save, replaces only after verifying, and keeps the old ones if that fails', async () => {
    const { vault, verifyOk, verifyRejects } = setup();
    await expect(vault.replace('sandbox', creds, { verify: verifyOk })).rejects.toMatchObject({
      code: 'not_configured',
    });
    await vault.save('sandbox', creds, { verify: verifyOk });
    await expect(vault.save('sandbox', creds, { verify: verifyOk })).rejects.toMatchObject({
      code: 'conflict',
    });
    const replacement = { clientId: 'new-client-0001', clientSecret: 'new-secret' };
    await expect(
      vault.replace('sandbox', replacement, { verify: verifyRejects }),
    ).rejects.toMatchObject({ code: 'unauthorized' });
    expect(await vault.getForClient('sandbox')).toEqual(creds);
    await vault.replace('sandbox', replacement, { verify: verifyOk });
    expect(await vault.getForClient('sandbox')).toEqual(replacement);
    expect((await vault.status('sandbox')).clientIdHint).toBe('0001');
  });

  it('forgets from the keychain, after which the client gets not_configured', async () => {
    const { vault, keychain, verifyOk } = setup();
    await vault.save('production', creds, { verify: verifyOk });
    expect(await vault.forget('production')).toMatchObject({ configured: false, storage: 'none' });
    expect(await keychain.get('paxos:production')).toBeNull();
    await expect(vault.getForClient('production')).rejects.toMatchObject({
      code: 'not_configured',
    });
  });

  it('keeps environments apart', async () => {
    const { vault, verifyOk } = setup();
    await vault.save('sandbox', creds, { verify: verifyOk });
    expect((await vault.status('production')).configured).toBe(false);
    await expect(vault.getForClient('production')).rejects.toMatchObject({
      code: 'not_configured',
    });
  });

  it('rejects malformed input without echoing it', async () => {
    const { vault, verifyOk, events } = setup();
    const error = await vault
      .save('sandbox', { clientId: CLIENT_ID, clientSecret: '   ' }, { verify: verifyOk })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'validation', details: { field: 'clientSecret' } });
    await expect(
      vault.save('sandbox', { clientId: 'has space', clientSecret: SECRET }, { verify: verifyOk }),
    ).rejects.toMatchObject({
      details: { field: 'clientId' },
    });
    expect(JSON.stringify((error as AppError).toBridge())).not.toContain(CLIENT_ID);
    expect(events).toEqual([]);
  });

  it('treats a damaged keychain item as not configured, and lets a save overwrite it', async () => {
    const { vault, keychain, verifyOk } = setup();
    await keychain.set('paxos:sandbox', 'not json');
    expect((await vault.status('sandbox')).configured).toBe(false);
    await vault.save('sandbox', creds, { verify: verifyOk });
    expect(await vault.getForClient('sandbox')).toEqual(creds);
  });
});

describe('CredentialsVault without a keychain', () => {
  it('says exactly what is missing, before any token request, and offers session-only storage', async () => {
    const { vault, events, verifyOk } = setup({ keychainWorks: false });
    const error = await vault.save('sandbox', creds, { verify: verifyOk }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'no_keychain', details: { sessionOnlyAvailable: true } });
    expect((error as AppError).message).toContain('Secret Service');
    expect((error as AppError).message).toContain('for this session only');
    expect(events).toEqual([]);
    expect(await vault.status('sandbox')).toEqual({
      configured: false,
      storage: 'none',
      keychainAvailable: false,
    });
  });

  it('keeps credentials in memory only when the operator chooses it, verified first', async () => {
    const { vault, keychain, events, verifyOk, verifyRejects } = setup({ keychainWorks: false });
    await expect(
      vault.useSessionOnly('sandbox', creds, { verify: verifyRejects }),
    ).rejects.toMatchObject({ code: 'unauthorized' });
    expect((await vault.status('sandbox')).configured).toBe(false);
    const status = await vault.useSessionOnly('sandbox', creds, { verify: verifyOk });
    expect(status).toEqual({
      configured: true,
      storage: 'session',
      clientIdHint: '90ab',
      keychainAvailable: false,
      signing: { state: 'off' },
    });
    expect(await vault.getForClient('sandbox')).toEqual(creds);
    expect(events.some((e) => e.startsWith('keychain.set'))).toBe(false);
    expect(await keychain.get('paxos:sandbox')).toBeNull();

    // A restart is a new vault: session credentials are gone.
    const restarted = new CredentialsVault({
      keychain,
      probe: async () => {
        throw noKeychainError('linux', 'gone');
      },
    });
    expect((await restarted.status('sandbox')).configured).toBe(false);
  });

  it('forgets session credentials but says plainly that the unreachable keychain may still hold some', async () => {
    const { vault, verifyOk } = setup({ keychainWorks: false });
    await vault.useSessionOnly('sandbox', creds, { verify: verifyOk });
    await expect(vault.forget('sandbox')).rejects.toMatchObject({
      code: 'no_keychain',
      message: expect.stringContaining('may still be there'),
    });
    expect((await vault.status('sandbox')).configured).toBe(false);
  });

  it('refuses session-only storage that would shadow credentials saved in the keychain', async () => {
    const { vault, verifyOk } = setup();
    await vault.save('sandbox', creds, { verify: verifyOk });
    await expect(
      vault.useSessionOnly('sandbox', creds, { verify: verifyOk }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });
});
