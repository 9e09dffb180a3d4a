// Keeps the hash of the app passcode in the OS keychain (a SecretStore). Where the keychain
// cannot be used, the hash is kept in memory for this run, and the operator chooses a passcode
// again (or resets it with the Paxos credentials) after a restart: never a file on disk.
import { AppError } from '../../shared/app-error';
import { MemorySecretStore } from './memory-secret-store';
import { hashPasscode, verifyPasscode } from './passcode-hash';
import type { SecretStore } from './secret-store';

export const PASSCODE_ACCOUNT = 'app-passcode';
export const MIN_PASSCODE_LENGTH = 6;

export class PasscodeVault {
  private readonly session = new MemorySecretStore('session');

  constructor(private readonly keychain: SecretStore) {}

  /** Where the hash is kept now: 'none' when no passcode has been chosen. */
  async storage(): Promise<'keychain' | 'session' | 'none'> {
    if (await this.session.get(PASSCODE_ACCOUNT)) return 'session';
    const stored = await this.keychain.get(PASSCODE_ACCOUNT).catch(() => null);
    return stored ? this.keychain.storage : 'none';
  }

  async isSet(): Promise<boolean> {
    return (await this.storage()) !== 'none';
  }

  async set(passcode: string): Promise<void> {
    if ([...passcode].length < MIN_PASSCODE_LENGTH) {
      throw new AppError(
        'validation',
        `Choose a passcode of at least ${MIN_PASSCODE_LENGTH} characters.`,
        { field: 'passcode' },
      );
    }
    const hash = await hashPasscode(passcode);
    try {
      await this.keychain.set(PASSCODE_ACCOUNT, hash);
      await this.session.delete(PASSCODE_ACCOUNT);
    } catch {
      await this.session.set(PASSCODE_ACCOUNT, hash);
    }
  }

  async verify(passcode: string): Promise<boolean> {
    const stored =
      (await this.session.get(PASSCODE_ACCOUNT)) ??
      (await this.keychain.get(PASSCODE_ACCOUNT).catch(() => null));
    return stored ? verifyPasscode(passcode, stored) : false;
  }
}
