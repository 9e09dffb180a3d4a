// Bootstrap only: identity, single instance, security policy, then wire runtime ↔ window ↔ ipc.
import { app, BrowserWindow, powerMonitor } from 'electron';
import { APP_ID, APP_NAME } from './app-id';
import { KeychainSecretStore } from './desk/vault/keychain-secret-store';
import { createDialogConfirmer } from './electron/confirm-dialog';
import { createTouchIdAuthentication } from './electron/touch-id';
import { electronRuntimeOptions } from './electron/runtime-adapters';
import { registerIpc, sendEvent } from './ipc';
import { createRuntime } from './runtime';
import { applySecurityPolicy } from './security';
import { createMainWindow, isAppUrl } from './window';

app.setName(APP_NAME);
app.setAppUserModelId(APP_ID);
// The local journals assume a single writer: a second instance only focuses the first.
if (!app.requestSingleInstanceLock()) app.quit();
applySecurityPolicy();

let mainWindow: BrowserWindow | undefined;

function showWindow(): BrowserWindow {
  if (!mainWindow) {
    mainWindow = createMainWindow();
    mainWindow.on('closed', () => (mainWindow = undefined));
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
  return mainWindow;
}

app.on('second-instance', () => void showWindow());

app.whenReady().then(async () => {
  const osAuthentication = createTouchIdAuthentication();
  const touchId = osAuthentication ? { osAuthentication } : {};
  const runtime = await createRuntime({
    ...electronRuntimeOptions(() => mainWindow),
    confirm: createDialogConfirmer(() => mainWindow),
    passcodeStore: new KeychainSecretStore(),
    ...touchId,
    runtimeInfo: {
      name: APP_NAME,
      version: app.getVersion(),
      platform: process.platform,
      electronVersion: process.versions.electron,
      chromeVersion: process.versions.chrome,
    },
    log: (message, error) => console.error(message, error instanceof Error ? error.message : ''),
    onOpenItem: (item) => sendEvent(showWindow().webContents, 'openItem', item),
  });
  registerIpc(runtime.handlers, (event) => event.sender === mainWindow?.webContents && isAppUrl(event.senderFrame?.url));
  runtime.subscribeState((delta) => sendEvent(mainWindow?.webContents, 'state', delta));
  // Waking from sleep: whatever happened meanwhile is fetched at once.
  powerMonitor.on('resume', () => void runtime.environments.desk.sync.refreshNow());
  showWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) showWindow();
  });
  app.on('before-quit', () => void runtime.dispose());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
