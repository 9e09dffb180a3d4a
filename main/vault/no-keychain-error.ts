// The exact explanation an operator gets when the OS keychain cannot be used.
import { AppError } from '../../shared/app-error';

export function noKeychainMessage(platform: NodeJS.Platform): string {
  const missing =
    platform === 'linux'
      ? 'On Linux this needs a Secret Service provider (such as GNOME Keyring or KDE Wallet) running and unlocked in your desktop session, and none answered.'
      : platform === 'darwin'
        ? 'The macOS Keychain did not allow access.'
        : platform === 'win32'
          ? 'Windows Credential Manager did not allow access.'
          : 'This system has no keychain Treasury Desk can use.';
  return (
    'No system keychain is available to store your Paxos API credentials. ' +
    `${missing} ` +
    'Treasury Desk never saves credentials in a file. You can start a keychain and try again, or keep ' +
    'the credentials for this session only: they are held in memory and forgotten when Treasury Desk quits.'
  );
}

/** `reason` is the binding's own text (a D-Bus or OS error), kept for support, never a secret. */
export function noKeychainError(platform: NodeJS.Platform, reason: string): AppError {
  return new AppError('no_keychain', noKeychainMessage(platform), {
    platform,
    reason,
    sessionOnlyAvailable: true,
  });
}
