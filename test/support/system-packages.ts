// The Debian packages two suites need beyond `npm ci`: the keychain suite (gnome-keyring on a
// private D-Bus, checked with secret-tool) and the e2e suites in Debian's Chromium. `.ci/run`
// installs them. A newcomer's machine may lack them: outside CI those suites skip and say why
// (recordSkipReason, repeated in the closing summary of `npm test`), as the contract tests do
// without ../shared; under CI (CI=true) a missing package fails the run.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface SystemPackagesStatus {
  available: boolean;
  /** Under CI the packages are required: a missing one is a failure, not a skip. */
  required: boolean;
  reason: string;
}

const isExecutable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** Whether `command` is an executable file in one of PATH's folders. */
export function onPath(command: string, env: NodeJS.ProcessEnv = process.env): boolean {
  return (env.PATH ?? '')
    .split(delimiter)
    .some((dir) => dir !== '' && isExecutable(join(dir, command)));
}

/** What scripts/with-keyring.sh runs, and secret-tool, the tests' independent libsecret reader. */
export const KEYRING_COMMANDS = [
  'dbus-run-session',
  'dbus-send',
  'gnome-keyring-daemon',
  'secret-tool',
] as const;

/** Whether the keychain suite can run here, and if not, why (for the skip message). */
export function keyringPackagesStatus(env: NodeJS.ProcessEnv = process.env): SystemPackagesStatus {
  const missing = KEYRING_COMMANDS.filter((command) => !onPath(command, env));
  return {
    available: missing.length === 0,
    required: env.CI === 'true',
    reason:
      missing.length === 0
        ? 'Secret Service tools found'
        : `${missing.join(', ')} not found on PATH (Debian: apt-get install gnome-keyring dbus-x11 libsecret-tools; CI installs them)`,
  };
}

/** The Chromium the e2e harness launches (CHROMIUM_PATH overrides Debian's). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether the e2e suites that run in Chromium can run here, and if not, why. */
export function chromiumStatus(
  path = CHROMIUM_PATH,
  env: NodeJS.ProcessEnv = process.env,
): SystemPackagesStatus {
  const found = isExecutable(path);
  return {
    available: found,
    required: env.CI === 'true',
    reason: found
      ? `Chromium found at ${path}`
      : `no Chromium at ${path} (Debian: apt-get install chromium, or set CHROMIUM_PATH; CI installs it)`,
  };
}
