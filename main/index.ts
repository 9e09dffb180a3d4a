// Bootstrap only: identity, single instance, security policy, menu, then wire runtime ↔ window
// ↔ ipc, and close the runtime's stores before quitting.
import { app, BrowserWindow, powerMonitor } from 'electron';
import { APP_ID, APP_NAME } from './app-id';
import { KeychainSecretStore } from './vault/keychain-secret-store';
import { installApplicationMenu } from './electron/app-menu';
import { createDialogConfirmer } from './electron/confirm-dialog';
import { disposeBeforeQuit } from './electron/quit-guard';
import { createTouchIdAuthentication } from './electron/touch-id';
import { electronRuntimeOptions } from './electron/runtime-adapters';
import { registerIpc, sendEvent } from './ipc';
import { createRuntime, type Runtime } from './runtime';
import { applySecurityPolicy } from './security';
import { createMainWindow, isAppUrl } from './window';

const log = (message: string, error?: unknown): void =>
  console.error(message, error instanceof Error ? error.message : '');

function startPrimaryInstance(): void {
  applySecurityPolicy();
  let mainWindow: BrowserWindow | undefined;
  let runtime: Promise<Runtime> | undefined;

  function showWindow(): BrowserWindow {
    if (!mainWindow) {
      mainWindow = createMainWindow();
      mainWindow.on('closed', () => (mainWindow = undefined));
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    return mainWindow;
  }

  // Another launch handed over to us: show the window it would have opened. Before the runtime
  // is ready there is nothing to show yet (the bridge is not registered); the window opens then.
  let started = false;
  app.on('second-instance', () => {
    if (started) showWindow();
  });
  disposeBeforeQuit({
    dispose: async () => (await runtime?.catch(() => undefined))?.dispose(),
    log,
  });

  app.whenReady().then(async () => {
    installApplicationMenu();
    const osAuthentication = createTouchIdAuthentication();
    runtime = createRuntime({
      ...electronRuntimeOptions(() => mainWindow),
      confirm: createDialogConfirmer(() => mainWindow),
      passcodeStore: new KeychainSecretStore(),
      ...(osAuthentication ? { osAuthentication } : {}),
      runtimeInfo: {
        name: APP_NAME,
        version: app.getVersion(),
        platform: process.platform,
        electronVersion: process.versions.electron,
        chromeVersion: process.versions.chrome,
      },
      log,
      onOpenItem: (item) => sendEvent(showWindow().webContents, 'openItem', item),
    });
    const ready = await runtime;
    registerIpc(
      ready.handlers,
      (event) => event.sender === mainWindow?.webContents && isAppUrl(event.senderFrame?.url),
    );
    ready.subscribeState((delta) => sendEvent(mainWindow?.webContents, 'state', delta));
    // Waking from sleep: whatever happened meanwhile is fetched at once.
    powerMonitor.on('resume', () => void ready.environments.desk.refreshNow());
    started = true;
    showWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) showWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

app.setName(APP_NAME);
app.setAppUserModelId(APP_ID);
// The local journals assume a single writer. A second launch hands over to the first (Electron
// sends it `second-instance`) and quits before building anything: no runtime, no settings file,
// no store. `app.quit()` returns at once, so nothing else may be registered on this path.
if (app.requestSingleInstanceLock()) startPrimaryInstance();
else app.quit();
