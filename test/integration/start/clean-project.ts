// A throw-away copy of this project as a fresh `npm install` leaves it: the Electron package
// without its runtime (no dist/, no path.txt). Used by the `npm start` tests, so that installing
// (or faking) a runtime never touches this worktree's node_modules/electron.
//
// Copied: package.json (so `npm start` runs the real scripts), the build config, scripts/, the
// sources, and the two packages whose location matters: `electron` (install.js writes next to
// itself) and `electron-vite` (it resolves `electron` from its own real path, so a symlinked
// electron-vite would find the worktree's electron). Every other package is a symlink.
import { spawn } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { z } from 'zod';

export const repoRoot = resolve(__dirname, '../../..');
const copiedFiles = [
  'package.json',
  'vite.config.ts',
  ...readdirSync(repoRoot).filter((f) => /^tsconfig.*\.json$/.test(f)),
];
const copiedDirs = ['scripts', 'main', 'preload', 'renderer', 'shared'];
const copiedPackages = new Set(['electron', 'electron-vite']);

export const electronVersion = z
  .object({ version: z.string() })
  .parse(
    JSON.parse(readFileSync(join(repoRoot, 'node_modules/electron/package.json'), 'utf8')),
  ).version;

export interface CleanProject {
  dir: string;
  electronDir: string;
  remove(): void;
}

export function makeCleanProject(): CleanProject {
  const dir = mkdtempSync(join(tmpdir(), 'treasury-start-'));
  for (const file of copiedFiles) cpSync(join(repoRoot, file), join(dir, file));
  for (const folder of copiedDirs)
    cpSync(join(repoRoot, folder), join(dir, folder), { recursive: true });
  const modules = join(dir, 'node_modules');
  mkdirSync(join(modules, '.bin'), { recursive: true });
  for (const name of readdirSync(join(repoRoot, 'node_modules'))) {
    const from = join(repoRoot, 'node_modules', name);
    if (name.startsWith('.')) continue;
    if (copiedPackages.has(name)) {
      // A clean install: whatever Electron runtime the worktree may have is left behind.
      const runtime =
        name === 'electron' ? new Set([join(from, 'dist'), join(from, 'path.txt')]) : new Set();
      cpSync(from, join(modules, name), { recursive: true, filter: (src) => !runtime.has(src) });
    } else {
      symlinkSync(from, join(modules, name), 'dir');
    }
  }
  symlinkSync('../electron-vite/bin/electron-vite.js', join(modules, '.bin/electron-vite'));
  writeFileSync(join(dir, 'empty.npmrc'), '');
  return {
    dir,
    electronDir: join(modules, 'electron'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface RunResult {
  code: number | null;
  output: string;
}

/**
 * Runs `npm <args>` in the project with only the variables we choose for Electron: inherited
 * ELECTRON_* and npm_* settings (an outer `npm test`, a developer's mirror) are dropped, and the
 * user's .npmrc is replaced by an empty one, so the test sees the defaults an operator would.
 */
export function runNpm(
  project: CleanProject,
  args: string[],
  extraEnv: Record<string, string>,
): Promise<RunResult> {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm_|electron_)/i.test(key)) env[key] = value;
  }
  Object.assign(env, {
    PATH: [dirname(process.execPath), process.env.PATH].join(delimiter),
    NPM_CONFIG_USERCONFIG: join(project.dir, 'empty.npmrc'),
    electron_config_cache: join(project.dir, 'electron-cache'),
    ...extraEnv,
  });
  return new Promise((done, failed) => {
    const child = spawn('npm', args, { cwd: project.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', failed);
    child.on('close', (code) => done({ code, output }));
  });
}

/** The file name install.js asks the mirror for on this machine. */
export function runtimeZipPath(): string {
  return `/v${electronVersion}/electron-v${electronVersion}-${process.platform}-${process.arch}.zip`;
}
