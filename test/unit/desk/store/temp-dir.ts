// A fresh temp folder per test, removed afterwards; stores opened in a test are closed first.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const closers: (() => Promise<unknown>)[] = [];
const made: string[] = [];

afterEach(async () => {
  for (const close of closers.splice(0)) await close().catch(() => undefined);
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Registers `store` to be closed after the test, and returns it. */
export function closeAfterTest<T extends { close(): Promise<unknown> }>(store: T): T {
  closers.push(() => store.close());
  return store;
}

export function useTempDirs(prefix = 'desk-store-'): () => Promise<string> {
  return async () => {
    const dir = await mkdtemp(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}
