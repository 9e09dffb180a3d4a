// Bootstrap only: identity, single instance, security policy, then wire runtime ↔ window ↔ ipc.
import { app, BrowserWindow } from 'electron';
import { APP_ID, APP_NAME } from './app-id';
import { registerIpc, sendEvent } from './ipc';
import { createRuntime } from './runtime';
import { applySecurityPolicy } from './security';
import { createMainWindow, isAppUrl } from './window';

app.setName(APP_NAME);
app.setAppUserModelId(APP_ID);
if (!app.requestSingleInstanceLock()) app.quit();
applySecurityPolicy();

let mainWindow: BrowserWindow | undefined;

app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});

app.whenReady().then(async () => {
  const runtime = await createRuntime({
    environment: 'demo',
    runtimeInfo: {
      name: APP_NAME,
      version: app.getVersion(),
      platform: process.platform,
      electronVersion: process.versions.electron,
      chromeVersion: process.versions.chrome,
    },
    log: (message, error) => console.error(message, error instanceof Error ? error.message : ''),
  });
  registerIpc(runtime.handlers, (event) => {
    return event.sender === mainWindow?.webContents && isAppUrl(event.senderFrame?.url);
  });
  runtime.state.subscribe((delta) => sendEvent(mainWindow?.webContents, 'state', delta));
  mainWindow = createMainWindow();
  mainWindow.on('closed', () => (mainWindow = undefined));
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
  });
  app.on('before-quit', () => void runtime.dispose());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
