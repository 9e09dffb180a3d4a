// The OS keychain through @napi-rs/keyring (the maintained successor of the archived keytar):
// macOS Keychain, Windows Credential Manager, the freedesktop Secret Service on Linux.
// On Linux the store is pinned to the Secret Service: by default the binding silently falls
// back to the kernel keyring (keyutils), which is not persistent and not what the operator
// thinks "the keychain" is; pinned, a missing Secret Service fails loudly and we can say so.
// The async API keeps D-Bus / keychain round-trips (and unlock prompts) off the main thread.
import { AsyncEntry, type EntryOptions } from '@napi-rs/keyring';
import { AppError } from '../../shared/app-error';
import { noKeychainError } from './no-keychain-error';
import type { SecretStore } from './secret-store';

export const KEYCHAIN_SERVICE = 'com.treasurydesk.app';

export interface KeychainOptions {
  /** Keychain service name; tests use their own so they never touch the app's items. */
  service?: string;
  platform?: NodeJS.Platform;
}

export class KeychainSecretStore implements SecretStore {
  readonly storage = 'keychain' as const;
  readonly service: string;
  private readonly platform: NodeJS.Platform;
  private readonly entryOptions: EntryOptions | undefined;

  constructor(options: KeychainOptions = {}) {
    this.service = options.service ?? KEYCHAIN_SERVICE;
    this.platform = options.platform ?? process.platform;
    this.entryOptions =
      this.platform === 'linux' ? { linux: { store: 'secret-service' } } : undefined;
  }

  get(account: string): Promise<string | null> {
    return this.call(account, (entry) => entry.getPassword());
  }

  async set(account: string, secret: string): Promise<void> {
    await this.call(account, (entry) => entry.setPassword(secret), secret);
  }

  delete(account: string): Promise<boolean> {
    return this.call(account, (entry) => entry.deleteCredential());
  }

  private async call<T>(
    account: string,
    action: (entry: AsyncEntry) => Promise<T>,
    secret?: string,
  ): Promise<T> {
    try {
      return await action(new AsyncEntry(this.service, account, this.entryOptions));
    } catch (error) {
      throw this.mapError(error, secret);
    }
  }

  private mapError(error: unknown, secret: string | undefined): AppError {
    let reason = error instanceof Error ? error.message : String(error);
    // Belt and braces: no OS error text should echo the secret, but never pass it on if it does.
    if (secret) reason = reason.split(secret).join('[secret]');
    // keyring-rs: PlatformFailure ("Platform failure: ...") and NoStorageAccess
    // ("Couldn't access platform storage: ...") mean the keychain itself is unusable.
    if (/platform failure|platform storage|no storage access|dbus/i.test(reason)) {
      return noKeychainError(this.platform, reason);
    }
    return new AppError('internal', 'The system keychain refused the request.', { reason });
  }
}
