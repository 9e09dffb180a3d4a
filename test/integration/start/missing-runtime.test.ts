// `npm start` / `npm run dev` on a clean install (Electron's runtime absent, as since Electron 42
// after `npm install`): Electron's own installer must run first and ask the mirror named by
// ELECTRON_MIRROR for the runtime zip; when that fails, the operator reads one clear message,
// never electron-vite's `Error: Electron uninstall` and never a stack trace.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  electronVersion,
  makeCleanProject,
  runNpm,
  runtimeZipPath,
  type CleanProject,
} from './clean-project';
import { startMirror, type LoopbackMirror, type MirrorBehaviour } from './loopback-mirror';

const HEADLINE = `Treasury Desk cannot start: the Electron ${electronVersion} runtime`;
const cases: Array<{ command: string[]; shown: string; mirror: MirrorBehaviour; reason: string }> =
  [
    {
      command: ['start'],
      shown: 'npm start',
      mirror: 'not-found',
      reason: 'the server answered 404 Not Found.',
    },
    { command: ['start'], shown: 'npm start', mirror: 'drop', reason: 'no answer from the server' },
    {
      command: ['run', 'dev'],
      shown: 'npm run dev',
      mirror: 'not-found',
      reason: 'the server answered 404 Not Found.',
    },
  ];

describe('npm start on a clean install, runtime download failing', () => {
  let project: CleanProject | undefined;
  let mirror: LoopbackMirror | undefined;
  afterEach(async () => {
    await mirror?.close();
    project?.remove();
  });

  it.each(cases)(
    '`$shown`, mirror $mirror: asks the mirror, then one clear message',
    { timeout: 180_000 },
    async (c) => {
      project = makeCleanProject();
      mirror = await startMirror(c.mirror);

      const { code, output } = await runNpm(project, c.command, { ELECTRON_MIRROR: mirror.url });

      // Electron's own installer asked the mirror for exactly the runtime of electron's package.json.
      expect(mirror.requested).toEqual([runtimeZipPath()]);
      expect(code).not.toBe(0);
      expect(output).not.toContain('Electron uninstall');
      expect(output, 'no stack frame in the output').not.toMatch(/^\s+at\s/m);
      expect(output.split(HEADLINE).length - 1, 'the message appears once').toBe(1);
      expect(output).toContain(`  Download: ${mirror.url.replace(/\/$/, '')}${runtimeZipPath()}`);
      expect(output).toContain(`  Reason:   ${c.reason}`);
      expect(output).toContain(`\`${c.shown}\``);
      expect(output).toContain(
        `ELECTRON_MIRROR=https://<your company mirror>/electron/ ${c.shown}`,
      );
      // Nothing half-installed that a later start would mistake for a runtime.
      expect(existsSync(join(project.electronDir, 'path.txt'))).toBe(false);
    },
  );
});
