// Helpers for tests that run inside scripts/with-keyring.sh (private D-Bus + gnome-keyring).
import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { recordSkipReason } from '../support/skip-reason';
import { keyringPackagesStatus } from '../support/system-packages';

// A newcomer's machine without gnome-keyring, D-Bus or secret-tool: the keychain suites skip and
// say why. Under CI the packages are required, and their absence fails the run.
export const keyringPackages = keyringPackagesStatus();
if (!keyringPackages.available && !keyringPackages.required)
  recordSkipReason('keychain suites (real Secret Service)', keyringPackages.reason);

/** The temp dir with-keyring.sh made (HOME, XDG_* and the keyring files live under it). */
export function keyringRoot(): string {
  const root = process.env.WITH_KEYRING_ROOT;
  if (!root || !process.env.DBUS_SESSION_BUS_ADDRESS) {
    throw new Error(
      'The keychain tests need a private Secret Service: run them as `bash scripts/with-keyring.sh npx vitest run --project keychain`.',
    );
  }
  return root;
}

/** secret-tool from libsecret-tools: an independent reader of the same Secret Service. */
export function secretTool(...args: string[]): { status: number | null; stdout: string } {
  const result = spawnSync('secret-tool', args, { encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout };
}

/** Every regular file under `dir`, recursively. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Files under `dirs` whose bytes contain any of `needles` (plain or base64). */
export async function filesContaining(dirs: string[], needles: string[]): Promise<string[]> {
  const forms = needles.flatMap((n) => [
    Buffer.from(n),
    Buffer.from(Buffer.from(n).toString('base64')),
  ]);
  const hits: string[] = [];
  for (const dir of dirs) {
    for (const file of await listFiles(dir)) {
      const bytes = await readFile(file).catch(() => Buffer.alloc(0));
      if (forms.some((form) => bytes.includes(form))) hits.push(file);
    }
  }
  return hits;
}
