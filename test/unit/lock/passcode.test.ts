// The passcode is kept only as a salted scrypt hash, verified in constant time; guesses are
// slowed down exponentially after two free failures.
import { describe, expect, it } from 'vitest';
import { MemorySecretStore } from '../../../main/vault/memory-secret-store';
import { hashPasscode, verifyPasscode } from '../../../main/vault/passcode-hash';
import { PASSCODE_ACCOUNT, PasscodeVault } from '../../../main/vault/passcode-vault';
import { UnlockAttempts } from '../../../main/lock/unlock-attempts';
import type { SecretStore } from '../../../main/vault/secret-store';

describe('passcode hash', () => {
  it('stores scrypt with a random salt, never the passcode, and verifies only the right one', async () => {
    const [a, b] = await Promise.all([
      hashPasscode('river-stone-77'),
      hashPasscode('river-stone-77'),
    ]);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('river-stone-77');
    expect(await verifyPasscode('river-stone-77', a)).toBe(true);
    expect(await verifyPasscode('river-stone-78', a)).toBe(false);
    expect(await verifyPasscode('river-stone-77', 'plain:river-stone-77')).toBe(false);
  });
});

describe('passcode vault', () => {
  it('keeps the hash in the keychain store; without a keychain, in memory only', async () => {
    const keychain = new MemorySecretStore('keychain');
    const vault = new PasscodeVault(keychain);
    expect(await vault.storage()).toBe('none');
    await expect(vault.set('short')).rejects.toMatchObject({ code: 'validation' });
    await vault.set('river-stone-77');
    expect(await vault.storage()).toBe('keychain');
    expect(await keychain.get(PASSCODE_ACCOUNT)).toMatch(/^scrypt\$/);
    expect(await vault.verify('river-stone-77')).toBe(true);

    const broken: SecretStore = {
      storage: 'keychain',
      get: async () => null,
      set: async () => Promise.reject(new Error('no keychain')),
      delete: async () => false,
    };
    const fallback = new PasscodeVault(broken);
    await fallback.set('river-stone-77');
    expect(await fallback.storage()).toBe('session');
    expect(await fallback.verify('river-stone-77')).toBe(true);
  });
});

describe('unlock attempts', () => {
  it('lets two failures pass, then doubles the wait, and a success clears it', () => {
    let now = 0;
    const attempts = new UnlockAttempts(() => new Date(now));
    attempts.failed();
    attempts.failed();
    expect(attempts.retryAt()).toBeNull();
    attempts.failed();
    expect(attempts.retryAt()?.getTime()).toBe(2000);
    attempts.failed();
    expect(attempts.retryAt()?.getTime()).toBe(4000);
    for (let i = 0; i < 30; i += 1) attempts.failed();
    expect(attempts.retryAt()?.getTime()).toBe(15 * 60_000);
    now = 15 * 60_000;
    expect(attempts.retryAt()).toBeNull();
    attempts.succeeded();
    attempts.failed();
    expect(attempts.retryAt()).toBeNull();
  });
});
