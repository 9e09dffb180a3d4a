// Two runtimes on one data folder (issue 21): the second gets a clear error and never writes.
// Before, Electron's single-instance lock was the only guard, and a second runtime (another
// build, a script) on the same folder answered "cancelled" while the first one's POST was on
// the wire.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from '../../support/test-runtime';
import { manualTimers } from './desk-fixture';

describe('one writer per environment folder', () => {
  const opened: TestRuntime[] = [];
  afterAll(async () => {
    for (const app of opened) await app.close();
  });

  it('refuses a second runtime on the same folder before it reads or writes anything', async () => {
    const first = await createTestRuntime({
      settings: { onboarded: true },
      runtime: { timers: manualTimers },
    });
    opened.push(first);
    const file = join(first.dataDir, 'demo', 'desk.sqlite');
    const before = { bytes: await readFile(file), mtime: (await stat(file)).mtimeMs };

    const second = createTestRuntime({
      dataDir: first.dataDir,
      settings: { onboarded: true },
      runtime: { timers: manualTimers },
    });
    await expect(second).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('Another Treasury Desk is using this data folder'),
    });
    expect((await stat(file)).mtimeMs).toBe(before.mtime);
    expect((await readFile(file)).equals(before.bytes)).toBe(true);

    // Once the first closes, the folder is free again.
    await first.close();
    opened.pop();
    const third = await createTestRuntime({
      dataDir: first.dataDir,
      settings: { onboarded: true },
      runtime: { timers: manualTimers },
    });
    opened.push(third);
    expect(third.runtime.environments.desk).toBeDefined();
  });
});
