// OS authentication for the lock: Touch ID where Electron offers it (macOS with a sensor and
// an enrolled finger). Elsewhere there is none, and the app passcode unlocks.
import { systemPreferences } from 'electron';
import type { OsAuthentication } from '../lock/os-authentication';

export function createTouchIdAuthentication(
  platform: NodeJS.Platform = process.platform,
): OsAuthentication | undefined {
  if (platform !== 'darwin') return undefined;
  return {
    name: 'Touch ID',
    available: () => systemPreferences.canPromptTouchID(),
    prompt: (reason) =>
      systemPreferences.promptTouchID(reason).then(
        () => true,
        () => false,
      ),
  };
}
