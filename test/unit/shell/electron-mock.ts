// A recording stand-in for the parts of the `electron` module the shell uses.
import { vi } from 'vitest';

export const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
export const appListeners = new Map<string, ((...args: unknown[]) => void)[]>();
export const windows: {
  options: Record<string, unknown>;
  loaded: string[];
  minimized: boolean;
  restored: number;
  focused: number;
}[] = [];
export const permission = { request: undefined as unknown, check: undefined as unknown };
/** Every native notification constructed, with the listeners registered on it. */
export const notifications: {
  options: Record<string, unknown>;
  listeners: Map<string, (...args: unknown[]) => void>;
  shown: number;
}[] = [];

export const electronMock = {
  ipcMain: {
    handle: vi.fn((channel: string, fn: (event: unknown, ...args: unknown[]) => unknown) =>
      handlers.set(channel, fn),
    ),
    removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
  },
  app: {
    isPackaged: true,
    setName: vi.fn(),
    setAppUserModelId: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    exit: vi.fn(),
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
  Menu: {
    buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
    setApplicationMenu: vi.fn(),
  },
  Notification: class {
    static isSupported = vi.fn(() => true);
    record: (typeof notifications)[number];
    constructor(options: Record<string, unknown>) {
      this.record = { options, listeners: new Map(), shown: 0 };
      notifications.push(this.record);
    }
    on = vi.fn(
      (name: string, fn: (...args: unknown[]) => void) => void this.record.listeners.set(name, fn),
    );
    show = vi.fn(() => void (this.record.shown += 1));
  },
  powerMonitor: { on: vi.fn() },
  BrowserWindow: class {
    static getAllWindows = () => [];
    record: (typeof windows)[number];
    webContents = { id: 1, send: vi.fn(), isDestroyed: () => false };
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [], minimized: false, restored: 0, focused: 0 };
      windows.push(this.record);
    }
    once = vi.fn();
    isMinimized = () => this.record.minimized;
    restore = vi.fn(() => void ((this.record.restored += 1), (this.record.minimized = false)));
    focus = vi.fn(() => void (this.record.focused += 1));
    on = vi.fn();
    loadFile = vi.fn(async (path: string) => void this.record.loaded.push(`file:${path}`));
    loadURL = vi.fn(async (url: string) => void this.record.loaded.push(url));
  },
};
