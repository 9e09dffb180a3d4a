// "Is there a keychain at all?" A harmless read of an account nothing ever writes: with the
// Secret Service pinned, it throws when none is reachable, and answers null when one is.
import { isAppError } from '../../shared/app-error';
import { noKeychainError } from './no-keychain-error';
import type { SecretStore } from './secret-store';

const PROBE_ACCOUNT = 'treasury-desk:probe';

/** Resolves if the keychain answers; rejects with AppError('no_keychain') otherwise. */
export async function probeKeychain(
  keychain: SecretStore,
  {
    timeoutMs = 15_000,
    platform = process.platform,
  }: { timeoutMs?: number; platform?: NodeJS.Platform } = {},
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    // A hung Secret Service must not leave the operator waiting forever.
    timer = setTimeout(
      () => reject(noKeychainError(platform, `no answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    await Promise.race([keychain.get(PROBE_ACCOUNT), timeout]);
  } catch (error) {
    if (isAppError(error) && error.code === 'no_keychain') throw error;
    // Any other refusal also means the keychain cannot hold the credentials.
    throw noKeychainError(platform, error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
  }
}
