// The passcode is kept only as a salted scrypt hash, verified in constant time; guesses are
// slowed down exponentially after two free failures.
import { describe, expect, it } from 'vitest';
import { MemorySecretStore } from '../../../main/vault/memory-secret-store';
import { hashPasscode, verifyPasscode } from '../../../main/vault/passcode-hash';
import { PASSCODE_ACCOUNT, PasscodeVault } from '../../../main/vault/passcode-vault';
import { UNLOCK_ATTEMPTS_ACCOUNT, UnlockAttempts } from '../../../main/lock/unlock-attempts';
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
  it('lets two failures pass, then doubles the wait, and a success clears it', async () => {
    let now = 0;
    const attempts = new UnlockAttempts(() => new Date(now));
    await attempts.failed();
    await attempts.failed();
    expect(attempts.retryAt()).toBeNull();
    await attempts.failed();
    expect(attempts.retryAt()?.getTime()).toBe(2000);
    await attempts.failed();
    expect(attempts.retryAt()?.getTime()).toBe(4000);
    for (let i = 0; i < 30; i += 1) await attempts.failed();
    expect(attempts.retryAt()?.getTime()).toBe(15 * 60_000);
    now = 15 * 60_000;
    expect(attempts.retryAt()).toBeNull();
    await attempts.succeeded();
    await attempts.failed();
    expect(attempts.retryAt()).toBeNull();
  });

  it('keeps the count and the wait across a restart (issue 21: no free guesses per restart)', async () => {
    let now = 0;
    const keychain = new MemorySecretStore('keychain');
    const first = new UnlockAttempts(() => new Date(now), keychain);
    await first.restore();
    for (let i = 0; i < 6; i += 1) await first.failed();
    expect(first.retryAt()?.getTime()).toBe(16_000);
    // The process restarts: a new counter reads what the keychain kept.
    const second = new UnlockAttempts(() => new Date(now), keychain);
    await second.restore();
    expect(second.failureCount).toBe(6);
    expect(second.retryAt()?.getTime()).toBe(16_000);
    now = 16_000;
    await second.failed();
    expect(second.retryAt()?.getTime()).toBe(16_000 + 32_000);
    await second.succeeded();
    const third = new UnlockAttempts(() => new Date(now), keychain);
    await third.restore();
    expect(third.failureCount).toBe(0);
    expect(third.retryAt()).toBeNull();
  });

  it('reads a torn or tampered record as the longest wait, never as no failures', async () => {
    const keychain = new MemorySecretStore('keychain');
    await keychain.set(UNLOCK_ATTEMPTS_ACCOUNT, '{"failures": -1');
    const attempts = new UnlockAttempts(() => new Date(0), keychain);
    await attempts.restore();
    expect(attempts.retryAt()?.getTime()).toBe(15 * 60_000);
  });
});
