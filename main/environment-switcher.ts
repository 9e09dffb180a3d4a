// Switching environment and showing its credential status: the settings and the state say
// which environment is active, the environment manager opens its desk, the connection starts
// over, and the desk and credential slices are published again.
import { environmentLabels, type EnvironmentKind } from '../shared/environment';
import type { SettingsStore } from './settings/settings-store';
import type { CredentialsVault } from './vault/credentials-vault';
import type { EnvironmentManager } from './environment-manager';
import type { AppStateStore } from './state/app-state-store';
import type { ConnectionTracker } from './state/connection-tracker';
import type { DeskPublisher } from './state/desk-publisher';

export interface EnvironmentSwitcherParts {
  state: AppStateStore;
  settings: SettingsStore;
  vault: CredentialsVault;
  environments: EnvironmentManager;
  connection: ConnectionTracker;
  desk: DeskPublisher;
}

export class EnvironmentSwitcher {
  constructor(private readonly parts: EnvironmentSwitcherParts) {}

  async switchTo(target: EnvironmentKind): Promise<void> {
    const { state, settings, environments, connection, desk } = this.parts;
    state.set({
      settings: settings.setEnvironment(target),
      environment: target,
      environmentLabel: environmentLabels[target],
    });
    const opened = await environments.activate(target);
    connection.reset(opened.canReachPaxos ? 'unknown' : 'not_configured');
    desk.activityChanged();
    await Promise.all([desk.publish(), this.publishCredentials()]);
  }

  /** The active environment's credential status (Demo's are built in), with any keychain problem. */
  async publishCredentials(): Promise<void> {
    const { state, vault } = this.parts;
    const env = state.get().environment;
    const capabilities = this.parts.environments.capabilities();
    const known = capabilities.length > 0 ? { capabilities } : {};
    if (env === 'demo') {
      state.set({
        credentials: { configured: true, storage: 'built-in', keychainAvailable: true, ...known },
      });
      return;
    }
    const [status, problem] = await Promise.all([vault.status(env), vault.keychainProblem()]);
    state.set({
      credentials: {
        configured: status.configured,
        storage: status.storage,
        keychainAvailable: status.keychainAvailable,
        ...(status.clientIdHint ? { clientIdHint: status.clientIdHint } : {}),
        ...(status.signing ? { signing: status.signing } : {}),
        ...(problem ? { keychainProblem: problem.message } : {}),
        ...known,
      },
    });
  }
}
