// The thin Electron shell, under Node with `electron` mocked: identity, secure window,
// IPC registration with sender check, and the deny-by-default security policy.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { operationChannel, operationNames } from '../../../shared/bridge-names';
import { appListeners, electronMock, handlers, windows } from './electron-mock';

vi.mock('electron', () => electronMock);
// index.ts is the bootstrap; what it builds is tested elsewhere: here only the wiring matters.
const runtime = vi.hoisted(() => ({
  handlers: {},
  state: { subscribe: () => () => undefined },
  subscribeState: () => () => undefined,
  environments: { desk: { sync: { refreshNow: async () => undefined } } },
  dispose: vi.fn(async () => undefined),
}));
vi.mock('../../../main/electron/runtime-adapters', () => ({ electronRuntimeOptions: () => ({}) }));
vi.mock('../../../main/runtime', () => ({ createRuntime: vi.fn(async () => runtime) }));

beforeEach(() => {
  handlers.clear();
  windows.length = 0;
});

describe('main/ipc.ts', () => {
  it('registers one handler per contract operation and refuses foreign senders', async () => {
    const { registerIpc } = await import('../../../main/ipc');
    const table = Object.fromEntries(
      operationNames.map((n) => [n, vi.fn(async () => ({ ok: true, value: n }))]),
    );
    const trusted = { sender: 'ours' };
    registerIpc(table as never, (event) => event === (trusted as never));
    expect([...handlers.keys()].sort()).toEqual(operationNames.map(operationChannel).sort());
    const handle = handlers.get(operationChannel('getState'))!;
    expect(await handle(trusted, undefined)).toEqual({ ok: true, value: 'getState' });
    expect(await handle({ sender: 'evil' }, undefined)).toMatchObject({
      ok: false,
      error: { code: 'forbidden_sender' },
    });
    expect(table.getState).toHaveBeenCalledTimes(1);
  });
});

// The window's security preferences and the app-wide policy (navigation, windows, webviews,
// permissions, external links) are proven once, in test/security/security-baseline.test.ts;
// here only what the shell itself wires.
describe('main/window.ts', () => {
  it('loads the built page with the bundled preload', async () => {
    const { createMainWindow, rendererIndexPath } = await import('../../../main/window');
    createMainWindow();
    const prefs = windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(String(prefs.preload)).toMatch(/preload[/\\]index\.cjs$/);
    expect(windows[0]!.loaded).toEqual([`file:${rendererIndexPath()}`]);
  });
});

describe('main/index.ts', () => {
  it('sets the AppUserModelId to the packaging appId, registers IPC and opens the window', async () => {
    const { APP_ID } = await import('../../../main/app-id');
    await import('../../../main/index');
    expect(electronMock.app.setAppUserModelId).toHaveBeenCalledWith(APP_ID);
    expect(electronMock.app.requestSingleInstanceLock).toHaveBeenCalled();
    await vi.waitFor(() => expect(windows.length).toBe(1));
    expect(handlers.size).toBe(operationNames.length);
    expect(electronMock.powerMonitor.on).toHaveBeenCalledWith('resume', expect.any(Function));
    // Electron's default menu (Reload, Toggle Developer Tools) is replaced.
    expect(electronMock.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    // A second launch hands over: this instance restores and focuses its one window.
    windows[0]!.minimized = true;
    const focused = windows[0]!.focused;
    for (const listener of appListeners.get('second-instance')!) listener({}, [], '/');
    expect(windows).toHaveLength(1);
    expect(windows[0]!.restored).toBe(1);
    expect(windows[0]!.focused).toBe(focused + 1);
  });

  it('holds the quit until the runtime has closed its stores, then quits', async () => {
    await import('../../../main/index');
    await vi.waitFor(() => expect(appListeners.get('activate')).toBeDefined());
    const event = { preventDefault: vi.fn() };
    for (const listener of appListeners.get('before-quit')!) listener(event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(electronMock.app.quit).toHaveBeenCalledTimes(1));
    expect(runtime.dispose).toHaveBeenCalledTimes(1);
  });
});
