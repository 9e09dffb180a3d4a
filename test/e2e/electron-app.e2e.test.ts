// The real desktop app under Playwright's Electron driver. The Electron runtime binary is
// downloaded on first use from a host these build machines cannot reach, so here this suite
// skips with a message; it never stands as the proof of a feature (the Chromium e2e tests do).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { recordSkipReason } from '../support/skip-reason';
import { repoRoot } from './harness/launch-app';

function electronBinary(): string | undefined {
  // Read electron's path.txt ourselves: require('electron') would try to download the binary.
  const dir = join(repoRoot, 'node_modules/electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : undefined;
}

const binary = electronBinary();
if (!binary) {
  recordSkipReason(
    'Electron runtime suite (_electron)',
    'the Electron runtime binary is not installed (it cannot be downloaded on this machine)',
  );
}

describe.skipIf(!binary)('desktop app in the Electron runtime', () => {
  it('opens the window with the environment banner', async () => {
    const app = await electron.launch({
      executablePath: binary!,
      args: [join(repoRoot, 'out/main/index.js')],
    });
    try {
      const window = await app.firstWindow();
      await expect.poll(() => window.getByRole('status', { name: /Environment:/ }).count()).toBe(1);
      const exposed = await window.evaluate(
        () => typeof (window as unknown as { require?: unknown }).require,
      );
      expect(exposed).toBe('undefined');
    } finally {
      await app.close();
    }
  });
});
