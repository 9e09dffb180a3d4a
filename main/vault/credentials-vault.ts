// The only owner of Paxos client secrets. Credentials are stored only after Paxos accepted them
// (a real token request, injected as `verify`), only in the OS keychain or, by the operator's
// explicit choice when there is no keychain, in memory for this run. No method but
// getForClient (for the Paxos client in main) ever returns the secret or the request-signing
// key; status shows at most the last 4 characters of the client id and the public signing key.
import { AppError, isAppError } from '../../shared/app-error';
import type { EnvironmentKind } from '../../shared/environment';
import { SerialQueue } from './serial-queue';
import {
  clientIdHint,
  decodeStoredCredentials,
  encodeStoredCredentials,
  environmentName,
  keychainAccount,
  normalizeCredentials,
  type CredentialsStatus,
  type PaxosCredentials,
  type VerifyCredentials,
} from './credentials';
import { MemorySecretStore } from './memory-secret-store';
import type { SecretStore } from './secret-store';
import { signingStatus, type StoredSigningKey } from './signing-key';
import type { PaxosCredentials as ClientCredentials } from '../paxos';

export interface CredentialsVaultDeps {
  keychain: SecretStore;
  /** Rejects with AppError('no_keychain') when the keychain is unusable. */
  probe: () => Promise<void>;
  session?: SecretStore;
}

type Found = { storage: 'keychain' | 'session'; credentials: PaxosCredentials } | undefined;

export class CredentialsVault {
  // Saves, replaces and forgets run one at a time, so two windows cannot interleave them.
  private readonly queue = new SerialQueue();
  private readonly session: SecretStore;

  constructor(private readonly deps: CredentialsVaultDeps) {
    this.session = deps.session ?? new MemorySecretStore('session');
  }

  /** Null when the keychain works; otherwise the no_keychain error to show the operator. */
  async keychainProblem(): Promise<AppError | null> {
    try {
      await this.deps.probe();
      return null;
    } catch (error) {
      return isAppError(error) ? error : new AppError('no_keychain', String(error));
    }
  }

  async status(environment: EnvironmentKind): Promise<CredentialsStatus> {
    const keychainAvailable = (await this.keychainProblem()) === null;
    const found = await this.find(environment, keychainAvailable);
    if (!found) return { configured: false, storage: 'none', keychainAvailable };
    return {
      configured: true,
      storage: found.storage,
      clientIdHint: clientIdHint(found.credentials.clientId),
      keychainAvailable,
      signing: signingStatus(found.credentials.signing),
    };
  }

  /** First-time setup: verify with Paxos, then store in the keychain. */
  async save(
    environment: EnvironmentKind,
    input: PaxosCredentials,
    { verify }: { verify: VerifyCredentials },
  ): Promise<CredentialsStatus> {
    const credentials = normalizeCredentials(input);
    return this.queue.run(async () => {
      await this.requireKeychain();
      if (await this.find(environment, true)) {
        throw new AppError(
          'conflict',
          `Credentials for ${environmentName(environment)} are already set. Use "Replace" to change them.`,
        );
      }
      await verifyOrThrow(verify, credentials);
      await this.deps.keychain.set(
        keychainAccount(environment),
        encodeStoredCredentials(credentials),
      );
      return this.status(environment);
    });
  }

  /** Swap in new credentials where the current ones live, after Paxos accepted the new ones. */
  async replace(
    environment: EnvironmentKind,
    input: PaxosCredentials,
    { verify }: { verify: VerifyCredentials },
  ): Promise<CredentialsStatus> {
    const credentials = normalizeCredentials(input);
    return this.queue.run(async () => {
      const current = await this.find(environment, (await this.keychainProblem()) === null);
      if (!current) throw notConfigured(environment);
      await verifyOrThrow(verify, credentials);
      const store = current.storage === 'keychain' ? this.deps.keychain : this.session;
      // A rotated secret keeps the client ID, and Paxos keeps its signing keys working with it;
      // another client ID is another credential, which has none of this one's keys.
      const signing =
        current.credentials.clientId === credentials.clientId
          ? current.credentials.signing
          : undefined;
      await store.set(
        keychainAccount(environment),
        encodeStoredCredentials({ ...credentials, ...(signing ? { signing } : {}) }),
      );
      return this.status(environment);
    });
  }

  /** The operator's explicit choice when there is no keychain: memory only, gone on quit. */
  async useSessionOnly(
    environment: EnvironmentKind,
    input: PaxosCredentials,
    { verify }: { verify: VerifyCredentials },
  ): Promise<CredentialsStatus> {
    const credentials = normalizeCredentials(input);
    return this.queue.run(async () => {
      const keychainAvailable = (await this.keychainProblem()) === null;
      if (keychainAvailable && (await this.readStore(this.deps.keychain, environment))) {
        throw new AppError(
          'conflict',
          `Credentials for ${environmentName(environment)} are already saved in the system keychain. Forget them first.`,
        );
      }
      await verifyOrThrow(verify, credentials);
      await this.session.set(keychainAccount(environment), encodeStoredCredentials(credentials));
      return this.status(environment);
    });
  }

  /** Removes the credentials from memory and from the keychain. */
  forget(environment: EnvironmentKind): Promise<CredentialsStatus> {
    return this.queue.run(async () => {
      await this.session.delete(keychainAccount(environment));
      const problem = await this.keychainProblem();
      // If the keychain is unreachable now it may still hold them: say so rather than pretend.
      if (problem) {
        throw new AppError(
          'no_keychain',
          'The credentials kept for this session were removed, but the system keychain could not be reached, ' +
            'so credentials saved there earlier may still be there. Try again once the keychain is available.',
          problem.details,
        );
      }
      await this.deps.keychain.delete(keychainAccount(environment));
      return this.status(environment);
    });
  }

  /**
   * For the Paxos client in main only. Never send the result over IPC or into a log. The signing
   * key comes with the secret from the same keychain item, and only once it is on (key ID set).
   */
  async getForClient(environment: EnvironmentKind): Promise<ClientCredentials> {
    const found = await this.find(environment, true);
    if (!found) throw notConfigured(environment);
    const { clientId, clientSecret, signing } = found.credentials;
    return {
      clientId,
      clientSecret,
      ...(signing?.keyId
        ? {
            signing: {
              keyId: signing.keyId,
              algorithm: signing.algorithm,
              privateKeyPem: signing.privateKeyPem,
            },
          }
        : {}),
    };
  }

  /** Keeps a new key (made or imported) beside the credential, not yet used for signing. */
  storeSigningKey(environment: EnvironmentKind, key: StoredSigningKey): Promise<CredentialsStatus> {
    return this.changeStored(environment, (current) => {
      if (current.signing?.keyId)
        throw new AppError('conflict', 'Request signing is on: turn it off before a new key.');
      return { ...current, signing: { ...key, keyId: null } };
    });
  }

  /** Turns signing on with the key ID the Dashboard gave the key kept for this credential. */
  setSigningKeyId(environment: EnvironmentKind, keyId: string): Promise<CredentialsStatus> {
    return this.changeStored(environment, (current) => {
      if (!current.signing)
        throw new AppError('conflict', 'Make or import a signing key first.', {});
      return { ...current, signing: { ...current.signing, keyId } };
    });
  }

  /** Signing off: the private key is deleted with it (a new one is made to turn it on again). */
  removeSigningKey(environment: EnvironmentKind): Promise<CredentialsStatus> {
    return this.changeStored(environment, ({ clientId, clientSecret }) => ({
      clientId,
      clientSecret,
    }));
  }

  /** Rewrites the credential's item where it lives, one change at a time. */
  private changeStored(
    environment: EnvironmentKind,
    change: (current: PaxosCredentials) => PaxosCredentials,
  ): Promise<CredentialsStatus> {
    return this.queue.run(async () => {
      const current = await this.find(environment, (await this.keychainProblem()) === null);
      if (!current) throw notConfigured(environment);
      const store = current.storage === 'keychain' ? this.deps.keychain : this.session;
      await store.set(
        keychainAccount(environment),
        encodeStoredCredentials(change(current.credentials)),
      );
      return this.status(environment);
    });
  }

  private async requireKeychain(): Promise<void> {
    const problem = await this.keychainProblem();
    if (problem) throw problem;
  }

  /** Session first (it is what this run was given), then the keychain if usable. */
  private async find(environment: EnvironmentKind, useKeychain: boolean): Promise<Found> {
    const fromSession = await this.readStore(this.session, environment);
    if (fromSession) return { storage: 'session', credentials: fromSession };
    if (!useKeychain) return undefined;
    const fromKeychain = await this.readStore(this.deps.keychain, environment);
    return fromKeychain ? { storage: 'keychain', credentials: fromKeychain } : undefined;
  }

  private async readStore(
    store: SecretStore,
    environment: EnvironmentKind,
  ): Promise<PaxosCredentials | undefined> {
    const stored = await store.get(keychainAccount(environment));
    return stored === null ? undefined : decodeStoredCredentials(stored);
  }
}

async function verifyOrThrow(
  verify: VerifyCredentials,
  credentials: PaxosCredentials,
): Promise<void> {
  try {
    await verify(credentials);
  } catch (error) {
    if (isAppError(error)) throw error;
    // Unknown failures carry no text onward: it could echo the request.
    throw new AppError(
      'internal',
      'The credentials could not be checked with Paxos, so they were not saved.',
    );
  }
}

function notConfigured(environment: EnvironmentKind): AppError {
  return new AppError(
    'not_configured',
    `No Paxos API credentials are set up for ${environmentName(environment)}. Add them in Settings.`,
    { environment },
  );
}
