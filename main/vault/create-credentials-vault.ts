// Wires the vault to the real OS keychain. Kept apart from the vault so code and tests that
// only need the vault's logic never load the native keyring binding.
import { CredentialsVault } from './credentials-vault';
import { KeychainSecretStore, type KeychainOptions } from './keychain-secret-store';
import { probeKeychain } from './keychain-probe';

export function createCredentialsVault(
  options: KeychainOptions & { probeTimeoutMs?: number } = {},
): CredentialsVault {
  const keychain = new KeychainSecretStore(options);
  const platform = options.platform ?? process.platform;
  return new CredentialsVault({
    keychain,
    probe: () =>
      probeKeychain(keychain, {
        platform,
        ...(options.probeTimeoutMs === undefined ? {} : { timeoutMs: options.probeTimeoutMs }),
      }),
  });
}
