// The state before the desk has read anything: empty caches, connection unknown.
import type { EnvironmentKind } from '../../shared/environment';
import type { Settings } from '../../shared/settings';
import type { AppState } from '../../shared/state';

export function initialState(
  environment: EnvironmentKind,
  settings: Settings,
  environmentLabel: string,
): AppState {
  const empty = { items: [], asOf: null };
  return {
    environment,
    environmentLabel,
    locked: false,
    lock: { passcodeSet: false, passcodeStorage: 'none', osAuthentication: null, retryAt: null },
    connection: {
      status: 'unknown',
      checkedAt: null,
      lastSyncAt: null,
      coolDownUntil: null,
      lastError: null,
    },
    credentials: {
      configured: environment === 'demo',
      storage: environment === 'demo' ? 'built-in' : 'none',
      keychainAvailable: true,
    },
    settings,
    profiles: empty,
    fiatAccounts: empty,
    rules: empty,
    recentOrchestrations: empty,
    outbox: { items: [] },
    activity: { total: 0, revision: 0 },
    needsALook: [],
    redeemedTodayUsd: '0',
    recentNotices: [],
  };
}
