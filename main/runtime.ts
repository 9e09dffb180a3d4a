// Composition root for everything in main that is not Electron: settings, vault, the desk of
// the active environment, the app state and the bridge handler table. The Electron shell
// (`index.ts`) and the e2e harness build the app through this one function, so the e2e tests
// exercise exactly what the desktop app runs.
import { AppError } from '../shared/app-error';
import type { OperationName } from '../shared/bridge-names';
import type { EventPayload } from '../shared/contract';
import { environmentLabels, type EnvironmentKind } from '../shared/environment';
import type { CallTrace } from './bridge/handler-table';
import { createHandlerTable, type HandlerTable } from './bridge/handler-table';
import type { Confirmer } from './confirm/confirmation';
import { createOperationHandlers } from './bridge/handlers/operation-handlers';
import type { RuntimeInfo } from './operator/app-operations';
import type { OperatorContext } from './operator/operator-context';
import { createOperator } from './operator/operator';
import type { FileSaver } from './desk/activity/file-saver';
import { projectDesk } from './desk/desk-projection';
import { silentNotifier, type Notifier } from './desk/notify/notifier';
import { SettingsStore, type SettingsFile } from './desk/store/settings/settings-store';
import type { CredentialsVault } from './desk/vault/credentials-vault';
import { PasscodeVault } from './desk/vault/passcode-vault';
import type { SecretStore } from './desk/vault/secret-store';
import { lockAwareNotifier } from './lock/lock-aware-notifier';
import { deltaForRenderer } from './lock/lock-redaction';
import type { OsAuthentication } from './lock/os-authentication';
import { UnlockAttempts } from './lock/unlock-attempts';
import type { DeltaListener } from './state/app-state-store';
import type { Timers } from './desk/sync/sync-engine';
import { EnvironmentManager } from './environment-manager';
import type { PaxosClientOptions } from './paxos';
import type { RunningSimulator } from './simulator';
import { ConnectionTracker } from './state/connection-tracker';
import { AppStateStore } from './state/app-state-store';
import { initialState } from './state/initial-state';
import { listingNotifier, RecentNotices } from './state/recent-notices';

export interface RuntimeOptions {
  runtimeInfo: RuntimeInfo;
  dataDir: string;
  /** OS user name, for the audit log. */
  user: string;
  settingsConf: SettingsFile;
  vault: CredentialsVault;
  startDemoSimulator: () => Promise<RunningSimulator>;
  notifier?: Notifier;
  saveFile: FileSaver;
  clientOptions?: Partial<PaxosClientOptions>;
  now?: () => Date;
  timers?: Timers;
  log?: (message: string, error?: unknown) => void;
  /** Sees every bridge call's outcome (never its input or result): for logs and tests. */
  traceCalls?: (call: CallTrace) => void;
  /** Main pushes this event when a notification is clicked. */
  onOpenItem?: (item: EventPayload<'openItem'>) => void;
  /**
   * Main's own confirmation of every decision that moves money or weakens a guard: a native
   * dialog in Electron (main/electron/confirm-dialog.ts), a scripted confirmer in tests.
   */
  confirm: Confirmer;
  /** Test-only: custom Paxos addresses may also point at this computer (the simulator). */
  allowLoopbackEndpoints?: boolean;
  /** Where the app passcode's scrypt hash is kept: the OS keychain in the app. */
  passcodeStore: SecretStore;
  /** The OS's own check of the operator (Touch ID), where Electron offers one. */
  osAuthentication?: OsAuthentication;
}

export interface Runtime {
  /** Main's state. The renderer must get it through subscribeState / getState, never directly. */
  state: AppStateStore;
  /** State deltas as the renderer may see them: redacted while locked. */
  subscribeState(listener: DeltaListener): () => void;
  handlers: HandlerTable;
  environments: EnvironmentManager;
  dispose(): Promise<void>;
}

/** Operations that work while locked: everything else answers `locked`. */
const allowedWhileLocked = new Set<OperationName>(['getAppInfo', 'getState', 'lock', 'unlock', 'resetPasscode']);

export async function createRuntime(options: RuntimeOptions): Promise<Runtime> {
  const now = options.now ?? (() => new Date());
  const endpointPolicy = { allowLoopback: options.allowLoopbackEndpoints === true };
  const settings = new SettingsStore(options.settingsConf);
  const environment = settings.get().environment;
  const state = new AppStateStore(initialState(environment, settings.get(), environmentLabels[environment]));
  const connection = new ConnectionTracker(state, now);
  let activityRevision = 0;
  let publishing = Promise.resolve();

  const environments = new EnvironmentManager({
    dataDir: options.dataDir,
    user: options.user,
    vault: options.vault,
    settings: () => settings.get(),
    // Every notice also goes to the window's list, so one the OS cannot show still reaches the
    // operator. While locked the OS notice carries no amount or name, and the list is redacted
    // from the renderer with the rest of the desk (main/lock/lock-redaction.ts).
    notifier: listingNotifier(lockAwareNotifier(options.notifier ?? silentNotifier, () => state.get().locked), new RecentNotices(state, now)),
    now,
    startDemoSimulator: options.startDemoSimulator,
    endpointPolicy,
    ...(options.clientOptions ? { clientOptions: options.clientOptions } : {}),
    ...(options.timers ? { timers: options.timers } : {}),
    onChange: (what) => {
      if (what === 'activity') activityRevision += 1;
      void publishDesk();
    },
    onReachability: (reached, error) => connection.report(reached, error, environments.desk.coolDownUntil()),
    onSynced: (at) => connection.synced(at),
    onNotificationClick: (target) => options.onOpenItem?.(target),
    onBackgroundError: (error) => options.log?.('background outbox work failed', error),
  });

  // Projections run one after another so an older snapshot never overwrites a newer one.
  function publishDesk(): Promise<void> {
    publishing = publishing
      .then(async () => {
        const desk = environments.desk;
        const labels = await desk.localLabels();
        state.set(await projectDesk(desk.cache, desk.intents, now(), activityRevision, labels));
      })
      .catch((error) => options.log?.('could not publish the desk state', error));
    return publishing;
  }

  async function publishCredentials(): Promise<void> {
    const env = state.get().environment;
    if (env === 'demo') {
      state.set({ credentials: { configured: true, storage: 'built-in', keychainAvailable: true } });
      return;
    }
    const [status, problem] = await Promise.all([options.vault.status(env), options.vault.keychainProblem()]);
    state.set({
      credentials: {
        configured: status.configured,
        storage: status.storage,
        keychainAvailable: status.keychainAvailable,
        ...(status.clientIdHint ? { clientIdHint: status.clientIdHint } : {}),
        ...(problem ? { keychainProblem: problem.message } : {}),
      },
    });
  }

  async function switchEnvironment(target: EnvironmentKind): Promise<void> {
    state.set({ settings: settings.setEnvironment(target), environment: target, environmentLabel: environmentLabels[target] });
    const desk = await environments.activate(target);
    connection.reset(desk.canReachPaxos ? 'unknown' : 'not_configured');
    activityRevision += 1;
    await Promise.all([publishDesk(), publishCredentials()]);
  }

  const passcodes = new PasscodeVault(options.passcodeStore);
  const attempts = new UnlockAttempts(now);
  const os = options.osAuthentication;
  async function publishLock(): Promise<void> {
    state.set({
      lock: {
        passcodeSet: await passcodes.isSet(),
        passcodeStorage: await passcodes.storage(),
        osAuthentication: os?.available() ? os.name : null,
        retryAt: attempts.retryAt()?.toISOString() ?? null,
      },
    });
  }

  const context: OperatorContext = {
    state, settings, vault: options.vault, environments, user: options.user, now, saveFile: options.saveFile,
    desk: () => environments.desk,
    publishDesk, publishCredentials, switchEnvironment,
    setLocked: (locked) => state.set({ locked }),
    isOnline: () => state.get().connection.status === 'online',
    confirm: options.confirm,
    endpointPolicy,
    lock: { passcodes, attempts, os, publish: publishLock },
  };
  const handlers = createOperationHandlers(createOperator(context, options.runtimeInfo));
  for (const name of Object.keys(handlers) as OperationName[]) {
    if (allowedWhileLocked.has(name)) continue;
    const inner = handlers[name] as (input: unknown) => unknown;
    (handlers as Record<string, (input: unknown) => unknown>)[name] = (input) => {
      if (state.get().locked) throw new AppError('locked', 'Treasury Desk is locked. Unlock it to continue.');
      return inner(input);
    };
  }

  await publishLock();
  await switchEnvironment(environment);
  const table = createHandlerTable(handlers, {
    onUnexpected: (operation, error) => options.log?.(`bridge operation ${operation} failed unexpectedly`, error),
    ...(options.traceCalls ? { trace: options.traceCalls } : {}),
  });
  return {
    state,
    subscribeState: (listener) => state.subscribe((delta) => listener(deltaForRenderer(delta, state.get()))),
    handlers: table,
    environments,
    dispose: () => environments.close(),
  };
}
