// `npm start` with a runtime in place: the ensure step must not download again, and electron-vite
// must build the app and launch the installed runtime on it. The runtime here is a stub: a
// script at dist/electron that records its working directory and arguments, laid out as
// Electron's installer leaves a real one (dist/version, path.txt), so install.js sees it installed.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { electronVersion, makeCleanProject, runNpm, type CleanProject } from './clean-project';
import { startMirror, type LoopbackMirror } from './loopback-mirror';

function installStubRuntime(project: CleanProject, record: string): void {
  const dist = join(project.electronDir, 'dist');
  mkdirSync(dist, { recursive: true });
  const stub = join(dist, 'electron');
  // One line for the working directory, then one per argument.
  writeFileSync(
    stub,
    `#!/bin/sh\n{ pwd; for a in "$@"; do printf '%s\\n' "$a"; done; } > '${record}'\n`,
  );
  chmodSync(stub, 0o755);
  writeFileSync(join(dist, 'version'), `v${electronVersion}`);
  writeFileSync(join(project.electronDir, 'path.txt'), 'electron');
}

describe('npm start with the Electron runtime installed', () => {
  let project: CleanProject | undefined;
  let mirror: LoopbackMirror | undefined;
  afterEach(async () => {
    await mirror?.close();
    project?.remove();
  });

  it.each([
    {
      shown: 'npm start',
      command: ['start'],
      built: ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'],
    },
    // dev serves the renderer from Vite's dev server; main and preload are built to out/.
    {
      shown: 'npm run dev',
      command: ['run', 'dev'],
      built: ['out/main/index.js', 'out/preload/index.cjs'],
    },
  ])(
    '$shown: builds the app and launches the runtime on it, downloading nothing',
    { timeout: 300_000 },
    async (c) => {
      project = makeCleanProject();
      const record = join(project.dir, 'stub-electron-args.txt');
      installStubRuntime(project, record);
      mirror = await startMirror('not-found');
      expect(existsSync(join(project.dir, 'out')), 'a fresh project has no build').toBe(false);

      const { code, output } = await runNpm(project, c.command, { ELECTRON_MIRROR: mirror.url });

      expect(output).not.toContain('Electron uninstall');
      expect(output).not.toContain('Downloading the Electron');
      expect(mirror.requested, 'an installed runtime is not downloaded again').toEqual([]);
      expect(code, output).toBe(0);
      expect(existsSync(record), `the stub runtime was launched:\n${output}`).toBe(true);
      const [cwd, ...args] = readFileSync(record, 'utf8').trimEnd().split('\n');
      // electron-vite passes the app as its entry argument, relative to the project.
      expect(args).toHaveLength(1);
      const appDir = resolve(cwd ?? '', args[0] ?? '');
      expect(realpathSync(appDir)).toBe(realpathSync(project.dir));
      const { main } = z
        .object({ main: z.string() })
        .parse(JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8')));
      expect(main).toBe('out/main/index.js');
      // It built what it launched (the project started without out/).
      for (const built of c.built) {
        expect(existsSync(join(appDir, built)), built).toBe(true);
      }
    },
  );
});
