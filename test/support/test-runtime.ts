// Builds the real runtime (main/runtime.ts) the way the Electron shell does, with test
// stand-ins only where the desktop is involved: a temp data folder, conf instead of
// electron-store, an in-memory keychain, a recording notifier, exports into a temp folder,
// and the Paxos simulator with fast lifecycles.
import Conf from 'conf';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Settings } from '../../shared/settings';
import { folderFileSaver } from '../../main/operator/file-saver';
import type {
  DeskNotification,
  Notifier,
  NotificationTarget,
} from '../../main/desk/notify/notifier';
import { settingsStoreOptions } from '../../main/settings/settings-store';
import { CredentialsVault } from '../../main/vault/credentials-vault';
import { MemorySecretStore } from '../../main/vault/memory-secret-store';
import { PasscodeVault } from '../../main/vault/passcode-vault';
import { createRuntime, type Runtime, type RuntimeOptions } from '../../main/runtime';
import { startSimulator, type RunningSimulator, type SimulatorOptions } from '../../main/simulator';
import { scriptedConfirmer, type ScriptedConfirmer } from './scripted-confirmer';

export interface RecordingNotifier extends Notifier {
  shown: DeskNotification[];
  click(index: number): void;
}

export function recordingNotifier(): RecordingNotifier {
  const clicks: ((target: NotificationTarget) => void)[] = [];
  const shown: DeskNotification[] = [];
  return {
    shown,
    show(notification, onClick) {
      shown.push(notification);
      clicks.push(onClick);
    },
    click(index) {
      const notification = shown[index];
      if (notification) clicks[index]?.(notification.target);
    },
  };
}

export interface TestRuntime {
  runtime: Runtime;
  dataDir: string;
  exportDir: string;
  notifier: RecordingNotifier;
  /** Main's confirmations: recorded, answered by script (accepting unless told otherwise). */
  confirmer: ScriptedConfirmer;
  simulator(): Promise<RunningSimulator>;
  close(): Promise<void>;
}

export interface TestRuntimeOptions {
  runtime?: Partial<RuntimeOptions>;
  simulator?: SimulatorOptions;
  settings?: Partial<Settings>;
  dataDir?: string;
  /** Default: one that accepts every confirmation (and ticks its box). */
  confirmer?: ScriptedConfirmer;
  /** An app passcode already chosen (as at onboarding); none by default. */
  passcode?: string;
  /**
   * The OS keychain holding the passcode, each environment's anchor and audit key. A restart
   * passes the one it had: a fresh one is a keychain wiped (the audit key lost: damage).
   */
  keychain?: MemorySecretStore;
}

export async function createTestRuntime(options: TestRuntimeOptions = {}): Promise<TestRuntime> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'treasury-desk-')));
  const exportDir = join(dataDir, 'exports');
  const settingsConf = new Conf<Settings>({
    ...settingsStoreOptions,
    cwd: join(dataDir, 'settings'),
  });
  if (options.settings) settingsConf.set(options.settings as Settings);
  const notifier = recordingNotifier();
  const confirmer = options.confirmer ?? scriptedConfirmer('accept');
  const vault = new CredentialsVault({
    keychain: new MemorySecretStore('keychain'),
    probe: async () => undefined,
  });
  const passcodeStore = options.keychain ?? new MemorySecretStore('keychain');
  if (options.passcode !== undefined) await new PasscodeVault(passcodeStore).set(options.passcode);
  let simulator: Promise<RunningSimulator> | undefined;
  const startDemoSimulator = () =>
    (simulator ??= startSimulator({
      seed: 7,
      timing: { fiatApprovalMs: 800, orchestrationStepMs: 300 },
      ...options.simulator,
    }));
  const runtime = await createRuntime({
    runtimeInfo: { name: 'Treasury Desk', version: '0.0.0-test', platform: process.platform },
    dataDir,
    user: 'operator',
    settingsConf,
    vault,
    notifier,
    saveFile: folderFileSaver(exportDir),
    startDemoSimulator,
    clientOptions: {
      timeoutMs: 3000,
      backoff: { baseDelayMs: 20, maxDelayMs: 200, maxAttempts: 3 },
    },
    confirm: confirmer.confirm,
    passcodeStore,
    ...options.runtime,
  });
  return {
    runtime,
    dataDir,
    exportDir,
    notifier,
    confirmer,
    simulator: () => startDemoSimulator(),
    async close() {
      await runtime.dispose();
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
