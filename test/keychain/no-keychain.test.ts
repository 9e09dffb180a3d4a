// The no-keychain path, proven in a separate process that cannot reach any Secret Service:
// the operator gets the exact no_keychain explanation, session-only storage works, and the
// secret is written nowhere: not in the app's data folder, HOME, XDG dirs, the keyring, or
// the process output.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noKeychainMessage } from '../../main/vault/no-keychain-error';
import {
  filesContaining,
  keyringPackages,
  keyringRoot,
  listFiles,
  secretTool,
} from './keyring-env';

const SERVICE = `com.treasurydesk.test.nokeychain.${process.pid}`;
const CLIENT_ID = 'nk-client-3c2d-4e5f-6a7b-cafe';
const SECRET = 'nk-secret-must-never-touch-disk-93f1a7c5e2';

let keyring: string;
let child: string;

describe.skipIf(!keyringPackages.available)('no keychain available', () => {
  beforeAll(async () => {
    keyring = keyringRoot();
    child = await mkdtemp(join(keyring, 'no-keychain-'));
    for (const dir of ['home', 'data', 'config', 'cache', 'runtime', 'app-data'])
      await mkdir(join(child, dir), { recursive: true });
  });
  afterAll(async () => {
    await rm(child, { recursive: true, force: true });
  });

  it('explains exactly what is missing, allows this-session-only storage, and never writes the secret', async () => {
    const appData = join(child, 'app-data');
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'no-keychain-child.ts'), appData, SERVICE],
      {
        cwd: join(import.meta.dirname, '..', '..'),
        encoding: 'utf8',
        timeout: 60_000,
        env: {
          PATH: process.env.PATH,
          HOME: join(child, 'home'),
          XDG_DATA_HOME: join(child, 'data'),
          XDG_CONFIG_HOME: join(child, 'config'),
          XDG_CACHE_HOME: join(child, 'cache'),
          XDG_RUNTIME_DIR: join(child, 'runtime'),
          DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(child, 'no-such-bus')}`,
          TEST_CLIENT_ID: CLIENT_ID,
          TEST_CLIENT_SECRET: SECRET,
        },
      },
    );
    expect(run.stderr).not.toContain(SECRET);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).not.toContain(SECRET);
    const report = JSON.parse(run.stdout);

    expect(report.before).toEqual({ configured: false, storage: 'none', keychainAvailable: false });
    expect(report.saveError.code).toBe('no_keychain');
    expect(report.saveError.message).toBe(noKeychainMessage('linux'));
    expect(report.saveError.message).toMatch(/Secret Service.*for this session only.*in memory/s);
    expect(report.saveError.details).toMatchObject({
      platform: 'linux',
      reason: expect.stringMatching(/dbus|socket/i),
    });
    expect(report.session).toEqual({
      configured: true,
      storage: 'session',
      clientIdHint: 'cafe',
      keychainAvailable: false,
      // No request-signing key with this credential (vault/signing-key.ts).
      signing: { state: 'off' },
    });
    expect(report.clientGotCredentials).toBe(true);

    // The scan covers real output: the app wrote its stores, and the audit names the client id.
    const written = await listFiles(appData);
    expect(written.map((f) => f.slice(appData.length))).toEqual(
      expect.arrayContaining(['/config.json', '/sandbox/desk.sqlite']),
    );
    // The audit log lives in the environment's database (and its WAL until checkpointed): read
    // every file of it as bytes, where the entries' JSON text stands as written.
    const sandboxFiles = written.filter((f) => f.startsWith(join(appData, 'sandbox')));
    const audit = (await Promise.all(sandboxFiles.map((f) => readFile(f, 'latin1')))).join('\n');
    expect(audit).toContain(CLIENT_ID);
    expect(audit).toContain('"redacted":["clientSecret"]');

    expect(await filesContaining([child], [SECRET])).toEqual([]);
    // Nor did it reach the machine's Secret Service some other way.
    expect(await filesContaining([join(keyring, 'data')], [SECRET])).toEqual([]);
    expect(secretTool('search', '--all', 'service', SERVICE).stdout).toBe('');
  });
});
