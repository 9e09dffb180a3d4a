// The app's state, as the contract's getAppInfo and getState read it: who we are (and in which
// environment) and the current state snapshot.
import type { AppInfo } from '../../shared/app-info';
import { environmentLabels } from '../../shared/environment';
import type { StateSnapshot } from '../../shared/state';
import { snapshotForRenderer } from '../lock/lock-redaction';
import type { AppStateStore } from '../state/app-state-store';

export interface RuntimeInfo {
  name: string;
  version: string;
  platform: string;
  electronVersion?: string;
  chromeVersion?: string;
}

export function createAppStateOperations(runtime: RuntimeInfo, state: AppStateStore) {
  return {
    getAppInfo: (): AppInfo => {
      const environment = state.get().environment;
      return { ...runtime, environment, environmentLabel: environmentLabels[environment] };
    },
    // While locked: only what the lock screen needs (lock/lock-redaction.ts).
    getState: (): StateSnapshot => snapshotForRenderer(state.snapshot()),
  };
}
