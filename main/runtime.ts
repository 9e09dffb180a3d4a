// Composition root for everything in main that is not Electron: settings, vault, the desk of
// the active environment, the app state and the bridge handler table. The Electron shell
// (`index.ts`) and the e2e harness build the app through this one function, so the e2e tests
// exercise exactly what the desktop app runs.
import type { OperationName } from '../shared/bridge-names';
import type { EventPayload } from '../shared/contract';
import { environmentLabels } from '../shared/environment';
import type { CallTrace } from './bridge/handler-table';
import { createHandlerTable, type HandlerTable } from './bridge/handler-table';
import type { Confirmer } from './confirm/confirmation';
import { createOperationHandlers } from './bridge/handlers/operation-handlers';
import type { RuntimeInfo } from './operator/app-state-operations';
import type { OperatorContext } from './operator/operator-context';
import { createOperator } from './operator/operator';
import type { FileSaver } from './operator/file-saver';
import type { PagePrinter } from './operator/page-printer';
import { silentNotifier, type Notifier, type Timers } from './desk';
import { SettingsStore, type SettingsFile } from './settings/settings-store';
import type { CredentialsVault } from './vault/credentials-vault';
import { PasscodeVault } from './vault/passcode-vault';
import type { SecretStore } from './vault/secret-store';
import { lockAwareNotifier } from './lock/lock-aware-notifier';
import { deltaForRenderer } from './lock/lock-redaction';
import type { OsAuthentication } from './lock/os-authentication';
import { lockStatusPublisher } from './lock/lock-status';
import { UnlockAttempts } from './lock/unlock-attempts';
import type { DeltaListener } from './state/app-state-store';
import { EnvironmentManager } from './environment-manager';
import { EnvironmentSwitcher } from './environment-switcher';
import type { PaxosClientOptions } from './paxos';
import type { RunningSimulator } from './simulator';
import { ConnectionTracker } from './state/connection-tracker';
import { AppStateStore } from './state/app-state-store';
import { DeskPublisher } from './state/desk-publisher';
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
  /** Prints the app window to PDF (a statement, the wire instruction sheet): Electron's
   *  printToPDF, Playwright in tests. */
  pagePrinter?: PagePrinter;
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
const allowedWhileLocked = new Set<OperationName>([
  'getAppInfo',
  'getState',
  'lock',
  'unlock',
  'resetPasscode',
]);

export async function createRuntime(options: RuntimeOptions): Promise<Runtime> {
  const now = options.now ?? (() => new Date());
  const endpointPolicy = { allowLoopback: options.allowLoopbackEndpoints === true };
  const settings = new SettingsStore(options.settingsConf);
  const environment = settings.get().environment;
  const state = new AppStateStore(
    initialState(environment, settings.get(), environmentLabels[environment]),
  );
  const connection = new ConnectionTracker(state, now);

  const environments: EnvironmentManager = new EnvironmentManager({
    dataDir: options.dataDir,
    user: options.user,
    vault: options.vault,
    settings: () => settings.get(),
    // Every notice also goes to the window's list, so one the OS cannot show still reaches the
    // operator. While locked the OS notice carries no amount or name, and the list is redacted
    // from the renderer with the rest of the desk (main/lock/lock-redaction.ts).
    notifier: listingNotifier(
      lockAwareNotifier(options.notifier ?? silentNotifier, () => state.get().locked),
      new RecentNotices(state, now),
    ),
    now,
    startDemoSimulator: options.startDemoSimulator,
    // The anchor of each environment's database lives beside the passcode, in the OS keychain:
    // a file in the data folder would go back in time with a restored database.
    anchorStoreFor: (environment) => ({
      read: () => options.passcodeStore.get(`desk-anchor-${environment}`),
      write: (text) => options.passcodeStore.set(`desk-anchor-${environment}`, text),
    }),
    // The audit log's key, beside it: a key in the data folder would be no key at all.
    auditKeyStoreFor: (environment) => ({
      read: () => options.passcodeStore.get(`desk-audit-key-${environment}`),
      write: (text) => options.passcodeStore.set(`desk-audit-key-${environment}`, text),
    }),
    endpointPolicy,
    ...(options.clientOptions ? { clientOptions: options.clientOptions } : {}),
    ...(options.timers ? { timers: options.timers } : {}),
    onChange: (what) => {
      if (what === 'activity') deskState.activityChanged();
      void deskState.publish();
    },
    onReachability: (reached, error) =>
      connection.report(reached, error, environments.desk.coolDownUntil()),
    onSynced: (at) => connection.synced(at),
    // A capability turned off (or the first token settled them): Settings shows it.
    onCapabilities: () => void switcher.publishCredentials(),
    onNotificationClick: (target) => options.onOpenItem?.(target),
    onBackgroundError: (error) => options.log?.('background outbox work failed', error),
  });
  const deskState = new DeskPublisher(state, () => environments.desk, now, options.log);
  const switcher = new EnvironmentSwitcher({
    state,
    settings,
    vault: options.vault,
    environments,
    connection,
    desk: deskState,
  });

  const passcodes = new PasscodeVault(options.passcodeStore);
  const attempts = new UnlockAttempts(now, options.passcodeStore);
  await attempts.restore();
  const os = options.osAuthentication;
  const publishLock = lockStatusPublisher(state, passcodes, attempts, os);

  const context: OperatorContext = {
    state,
    settings,
    vault: options.vault,
    environments,
    user: options.user,
    now,
    saveFile: options.saveFile,
    ...(options.pagePrinter ? { pagePrinter: options.pagePrinter } : {}),
    desk: () => environments.desk,
    publishDesk: () => deskState.publish(),
    publishCredentials: () => switcher.publishCredentials(),
    switchEnvironment: (target) => switcher.switchTo(target),
    setLocked: (locked) => state.set({ locked }),
    isOnline: () => state.get().connection.status === 'online',
    confirm: options.confirm,
    endpointPolicy,
    lock: { passcodes, attempts, os, publish: publishLock },
  };

  await publishLock();
  await switcher.switchTo(environment);
  const table = createHandlerTable(
    createOperationHandlers(createOperator(context, options.runtimeInfo)),
    {
      onUnexpected: (operation, error) =>
        options.log?.(`bridge operation ${operation} failed unexpectedly`, error),
      ...(options.traceCalls ? { trace: options.traceCalls } : {}),
      lock: { isLocked: () => state.get().locked, allowed: allowedWhileLocked },
    },
  );
  return {
    state,
    subscribeState: (listener) =>
      state.subscribe((delta) => listener(deltaForRenderer(delta, state.get()))),
    handlers: table,
    environments,
    dispose: () => environments.close(),
  };
}
