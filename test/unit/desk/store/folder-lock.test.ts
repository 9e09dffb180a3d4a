// One writer per environment folder: a second holder (in this process or another) is refused
// with a clear conflict, and the lock goes with its holder, however the holder ends.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockEnvironmentFolder } from '../../../../main/desk/store/db/folder-lock';

const root = resolve(import.meta.dirname, '../../../..');
const dir = mkdtempSync(join(tmpdir(), 'folder-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Tries the lock from another process: 'locked' or 'refused'. */
function tryInChild(envDir: string): string {
  const child = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '-e',
      `import('${join(root, 'main/desk/store/db/folder-lock.ts')}').then((m) => {
        try { m.lockEnvironmentFolder(${JSON.stringify(envDir)}); console.log('locked'); }
        catch (e) { console.log('refused:' + e.code); }
      })`,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  return child.stdout.trim();
}

describe('the environment folder lock', () => {
  it('refuses a second holder in this process and in another, with a conflict naming the folder', () => {
    const envDir = join(dir, 'sandbox');
    const lock = lockEnvironmentFolder(envDir);
    expect(() => lockEnvironmentFolder(envDir)).toThrow(/Another Treasury Desk is using/);
    expect(tryInChild(envDir)).toBe('refused:conflict');
    lock.release();
    expect(tryInChild(envDir)).toBe('locked');
    lockEnvironmentFolder(envDir).release();
  });

  it('goes with a holder that is killed (no stale lock)', async () => {
    const envDir = join(dir, 'production');
    const holder = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `import('${join(root, 'main/desk/store/db/folder-lock.ts')}').then((m) => {
          m.lockEnvironmentFolder(${JSON.stringify(envDir)}); console.log('held'); setInterval(() => {}, 1000);
        })`,
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((done) => holder.stdout!.once('data', () => done()));
    expect(() => lockEnvironmentFolder(envDir)).toThrow(/Another Treasury Desk/);
    holder.kill('SIGKILL');
    await new Promise((done) => holder.once('exit', done));
    const lock = lockEnvironmentFolder(envDir);
    lock.release();
  });
});
