// The port for the OS's own check of who is at the keyboard (Touch ID on macOS, through
// Electron's systemPreferences.promptTouchID in main/electron/touch-id.ts). Absent where
// Electron offers none: the app passcode is the secret there.
export interface OsAuthentication {
  /** What the lock screen calls it: "Touch ID". */
  readonly name: string;
  available(): boolean;
  /** Resolves true only when the OS confirmed the operator. */
  prompt(reason: string): Promise<boolean>;
}
