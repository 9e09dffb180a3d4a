// Quitting waits for the runtime to close its stores, once, and still quits when closing
// fails or hangs.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appListeners, electronMock } from './electron-mock';

vi.mock('electron', () => electronMock);
const { disposeBeforeQuit } = await import('../../../main/electron/quit-guard');

function beforeQuit(): { preventDefault: ReturnType<typeof vi.fn> } {
  const event = { preventDefault: vi.fn() };
  for (const listener of appListeners.get('before-quit') ?? []) listener(event);
  return event;
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

beforeEach(() => {
  appListeners.clear();
  electronMock.app.quit.mockReset();
});

describe('main/electron/quit-guard.ts', () => {
  it('holds the quit until dispose is done, then quits once and lets that quit through', async () => {
    const closing = deferred();
    const dispose = vi.fn(() => closing.promise);
    disposeBeforeQuit({ dispose });
    expect(beforeQuit().preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(dispose).toHaveBeenCalledTimes(1));
    // A second request while the stores close neither disposes again nor quits early.
    expect(beforeQuit().preventDefault).toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(electronMock.app.quit).not.toHaveBeenCalled();
    closing.resolve();
    await vi.waitFor(() => expect(electronMock.app.quit).toHaveBeenCalledTimes(1));
    // The resumed quit emits before-quit again: it must pass, or the app would never exit.
    expect(beforeQuit().preventDefault).not.toHaveBeenCalled();
    expect(dispose).toHaveBeenCalledTimes(1);
  });

  it('still quits when dispose throws, synchronously or not, and logs why', async () => {
    for (const dispose of [
      () => Promise.reject(new Error('disk gone')),
      () => {
        throw new Error('boom');
      },
    ]) {
      appListeners.clear();
      electronMock.app.quit.mockReset();
      const log = vi.fn();
      disposeBeforeQuit({ dispose: dispose as () => Promise<void>, log });
      expect(beforeQuit().preventDefault).toHaveBeenCalled();
      await vi.waitFor(() => expect(electronMock.app.quit).toHaveBeenCalledTimes(1));
      expect(log).toHaveBeenCalledWith(expect.stringContaining('failed'), expect.any(Error));
    }
  });

  it('still quits when dispose never settles, after the bounded wait', async () => {
    const log = vi.fn();
    disposeBeforeQuit({ dispose: () => new Promise<void>(() => undefined), timeoutMs: 50, log });
    expect(beforeQuit().preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(electronMock.app.quit).toHaveBeenCalledTimes(1), {
      timeout: 10_000,
    });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('longer than 50 ms'));
  });
});
