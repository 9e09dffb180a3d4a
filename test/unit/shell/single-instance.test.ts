// A second launch must not build a runtime or open a store: the local journals assume one
// writer. It hands over to the first instance (Electron's `second-instance`) and quits.
import { describe, expect, it, vi } from 'vitest';
import { appListeners, electronMock, windows } from './electron-mock';

vi.mock('electron', () => electronMock);
const factories = vi.hoisted(() => ({
  runtimeOptions: vi.fn(() => ({})),
  createRuntime: vi.fn(async () => ({})),
}));
// electronRuntimeOptions opens the settings store and the keychain; createRuntime opens the desk's stores.
vi.mock('../../../main/electron/runtime-adapters', () => ({
  electronRuntimeOptions: factories.runtimeOptions,
}));
vi.mock('../../../main/runtime', () => ({ createRuntime: factories.createRuntime }));

describe('main/index.ts, second instance', () => {
  it('quits without building a runtime, opening a store or a window', async () => {
    electronMock.app.requestSingleInstanceLock.mockReturnValue(false);
    await import('../../../main/index');
    expect(electronMock.app.quit).toHaveBeenCalledTimes(1);
    // Let `whenReady` (resolved at once by the mock) run whatever was registered on it.
    for (let i = 0; i < 20; i += 1) await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(factories.runtimeOptions).not.toHaveBeenCalled();
    expect(factories.createRuntime).not.toHaveBeenCalled();
    expect(windows).toHaveLength(0);
    expect(electronMock.app.whenReady).not.toHaveBeenCalled();
    // Nothing that would keep it alive or hold back its quit.
    expect(appListeners.has('before-quit')).toBe(false);
    expect(appListeners.has('second-instance')).toBe(false);
  });
});
