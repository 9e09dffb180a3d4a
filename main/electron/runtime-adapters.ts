// The Electron-side pieces the runtime is built from: where data lives, the settings file, the
// OS keychain, native notifications, the save dialog, and the Demo simulator.
import { app, type BrowserWindow } from 'electron';
import ElectronStore from 'electron-store';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { Settings } from '../../shared/settings';
import { settingsStoreOptions } from '../settings/settings-store';
import { createCredentialsVault } from '../vault/create-credentials-vault';
import type { RuntimeOptions } from '../runtime';
import { startSimulator } from '../simulator';
import { createElectronNotifier } from './electron-notifier';
import { createWindowPagePrinter } from './page-printer';
import { createDialogFileSaver } from './save-file';

export function electronRuntimeOptions(
  getWindow: () => BrowserWindow | undefined,
): Omit<RuntimeOptions, 'runtimeInfo' | 'confirm' | 'passcodeStore'> {
  const dataDir = app.getPath('userData');
  return {
    dataDir,
    user: userInfo().username,
    settingsConf: new ElectronStore<Settings>({ ...settingsStoreOptions, name: 'settings' }),
    vault: createCredentialsVault(),
    notifier: createElectronNotifier(),
    saveFile: createDialogFileSaver(getWindow),
    pagePrinter: createWindowPagePrinter(getWindow),
    // Demo keeps its simulated Paxos between runs, like a real sandbox account would.
    startDemoSimulator: () =>
      startSimulator({
        stateFile: join(dataDir, 'demo', 'simulator-state.json'),
        timing: { fiatApprovalMs: 15_000, orchestrationStepMs: 4_000 },
      }),
  };
}
