// The one application window, with every web preference of the security baseline explicit.
import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const rendererIndexPath = (): string => join(import.meta.dirname, '../renderer/index.html');

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Treasury Desk',
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // A packaged build has no DevTools: a console in the trusted window could call the bridge.
      devTools: !isPackaged(),
    },
  });
  window.once('ready-to-show', () => window.show());
  // Always the built files: a dev server URL is honoured only when running unpackaged via
  // `npm run dev` (electron-vite sets ELECTRON_RENDERER_URL), never in a packaged build.
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  if (devUrl && !isPackaged()) void window.loadURL(devUrl);
  else void window.loadFile(rendererIndexPath());
  return window;
}

const isPackaged = (): boolean => app.isPackaged;

/** The only page allowed to call the bridge: our own index.html (or the dev server in dev). */
export function isAppUrl(raw: string | undefined): boolean {
  if (!raw) return false;
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  if (devUrl && !isPackaged() && raw.startsWith(devUrl)) return true;
  return raw.split('#')[0] === pathToFileURL(rendererIndexPath()).href;
}
