// Quitting waits for the runtime to close its stores: `before-quit` is held back once, the
// runtime disposed, then the quit resumes. Without this Electron exits while the stores may still
// be writing, and a journal cut mid-write is what the next start has to recover from.
import { app } from 'electron';

/**
 * How long a quit waits for dispose. Bounded because an operator who asked to quit must be able
 * to: a store close that hangs (a stuck disk, a lock never released) must not leave the app
 * unquittable. Past it the process exits anyway; the stores are written so that an interrupted
 * close loses at most the write under way, and the desk re-reads Paxos (the source of truth) on
 * the next start.
 */
export const DISPOSE_TIMEOUT_MS = 5_000;

export interface QuitGuardOptions {
  /** Closes the stores. May reject or never settle: the quit goes on either way. */
  dispose: () => Promise<void>;
  timeoutMs?: number;
  log?: (message: string, error?: unknown) => void;
}

export function disposeBeforeQuit({
  dispose,
  timeoutMs = DISPOSE_TIMEOUT_MS,
  log,
}: QuitGuardOptions): void {
  let phase: 'running' | 'disposing' | 'disposed' = 'running';
  app.on('before-quit', (event) => {
    // The quit we resume ourselves, once disposed: let it through (no loop).
    if (phase === 'disposed') return;
    event.preventDefault();
    // Asked again while disposing (Cmd+Q twice): the first request already quits when done.
    if (phase === 'disposing') return;
    phase = 'disposing';
    void settleWithin(dispose, timeoutMs, log).then(() => {
      phase = 'disposed';
      app.quit();
    });
  });
}

async function settleWithin(
  dispose: () => Promise<void>,
  timeoutMs: number,
  log: QuitGuardOptions['log'],
): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>(
    (resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)),
  );
  try {
    // `Promise.resolve().then` so a dispose that throws synchronously is caught like a rejection.
    const outcome = await Promise.race([Promise.resolve().then(dispose), timedOut]);
    if (outcome === 'timeout')
      log?.(`closing the stores took longer than ${timeoutMs} ms; quitting anyway`);
  } catch (error) {
    log?.('closing the stores failed; quitting anyway', error);
  } finally {
    clearTimeout(timer);
  }
}
