// A recording stand-in for the parts of the `electron` module the shell uses.
import { vi } from 'vitest';

export const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
export const appListeners = new Map<string, ((...args: unknown[]) => void)[]>();
export const windows: { options: Record<string, unknown>; loaded: string[] }[] = [];
export const permission = { request: undefined as unknown, check: undefined as unknown };

export const electronMock = {
  ipcMain: {
    handle: vi.fn((channel: string, fn: (event: unknown, ...args: unknown[]) => unknown) => handlers.set(channel, fn)),
    removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
  },
  app: {
    isPackaged: true,
    setName: vi.fn(),
    setAppUserModelId: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    getVersion: () => '0.0.0-test',
    getPath: () => '/nonexistent',
    whenReady: vi.fn(() => Promise.resolve()),
    on: vi.fn((name: string, fn: (...args: unknown[]) => void) => {
      appListeners.set(name, [...(appListeners.get(name) ?? []), fn]);
    }),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: vi.fn((fn: unknown) => (permission.request = fn)),
      setPermissionCheckHandler: vi.fn((fn: unknown) => (permission.check = fn)),
    },
  },
  shell: { openExternal: vi.fn() },
  powerMonitor: { on: vi.fn() },
  BrowserWindow: class {
    static getAllWindows = () => [];
    record: { options: Record<string, unknown>; loaded: string[] };
    webContents = { id: 1, send: vi.fn(), isDestroyed: () => false };
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [] };
      windows.push(this.record);
    }
    once = vi.fn();
    isMinimized = () => false;
    restore = vi.fn();
    focus = vi.fn();
    on = vi.fn();
    loadFile = vi.fn(async (path: string) => void this.record.loaded.push(`file:${path}`));
    loadURL = vi.fn(async (url: string) => void this.record.loaded.push(url));
  },
};
