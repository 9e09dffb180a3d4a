// The lock's slice of the app state: whether a passcode is set and where, which OS check is on
// offer, and until when guesses are refused.
import type { PasscodeVault } from '../vault/passcode-vault';
import type { AppStateStore } from '../state/app-state-store';
import type { OsAuthentication } from './os-authentication';
import type { UnlockAttempts } from './unlock-attempts';

export function lockStatusPublisher(
  state: AppStateStore,
  passcodes: PasscodeVault,
  attempts: UnlockAttempts,
  os: OsAuthentication | undefined,
) {
  return async (): Promise<void> => {
    state.set({
      lock: {
        passcodeSet: await passcodes.isSet(),
        passcodeStorage: await passcodes.storage(),
        osAuthentication: os?.available() ? os.name : null,
        retryAt: attempts.retryAt()?.toISOString() ?? null,
      },
    });
  };
}
