// The only owner of Paxos client secrets. Credentials are stored only after Paxos accepted them
// (a real token request, injected as `verify`), only in the OS keychain or, by the operator's
// explicit choice when there is no keychain, in memory for this run. No method but
// getForClient (for the Paxos client in main) ever returns the secret; status shows at most
// the last 4 characters of the client id.
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
      await store.set(keychainAccount(environment), encodeStoredCredentials(credentials));
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

  /** For the Paxos client in main only. Never send the result over IPC or into a log. */
  async getForClient(environment: EnvironmentKind): Promise<PaxosCredentials> {
    const found = await this.find(environment, true);
    if (!found) throw notConfigured(environment);
    return found.credentials;
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
