// What the operator's operations work with: main's services, handed over explicitly (the
// settings, the vault, the open desk, the state, main's confirmer, the lock). Not narrow: it is
// the list of everything an operation may touch, so a new dependency shows up here first.
import type { EnvironmentKind } from '../../shared/environment';
import type { Confirmer } from '../confirm/confirmation';
import type { FileSaver } from './file-saver';
import type { PagePrinter } from './page-printer';
import type { Desk } from '../desk';
import type { EndpointPolicy } from '../settings/endpoint-override-policy';
import type { SettingsStore } from '../settings/settings-store';
import type { CredentialsVault } from '../vault/credentials-vault';
import type { PasscodeVault } from '../vault/passcode-vault';
import type { OsAuthentication } from '../lock/os-authentication';
import type { UnlockAttempts } from '../lock/unlock-attempts';
import type { EnvironmentManager } from '../environment-manager';
import type { AppStateStore } from '../state/app-state-store';

export interface OperatorContext {
  state: AppStateStore;
  settings: SettingsStore;
  vault: CredentialsVault;
  environments: EnvironmentManager;
  /** The open desk of the current environment. */
  desk(): Desk;
  user: string;
  now(): Date;
  saveFile: FileSaver;
  /** Prints the window to a PDF (absent where no window can be printed: then nothing is). */
  pagePrinter?: PagePrinter | undefined;
  /** Re-read the desk's slices of the state (after a change made here). */
  publishDesk(): Promise<void>;
  publishCredentials(): Promise<void>;
  switchEnvironment(environment: EnvironmentKind): Promise<void>;
  setLocked(locked: boolean): void;
  isOnline(): boolean;
  /** Main's own confirmation (a native dialog; scripted in tests). */
  confirm: Confirmer;
  /** Which custom Paxos addresses are allowed (loopback only when a test says so). */
  endpointPolicy: EndpointPolicy;
  lock: {
    passcodes: PasscodeVault;
    attempts: UnlockAttempts;
    os: OsAuthentication | undefined;
    /** Re-read the lock slice of the state (passcode set, retry time). */
    publish(): Promise<void>;
  };
}
