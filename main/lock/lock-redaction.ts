// What the renderer may know while the app is locked: the environment, the connection and how
// to unlock. Everything about the desk (balances, accounts, rules, redemptions, the outbox,
// limits, endpoints, the client id hint) is replaced by empty values, in `getState` and in
// every pushed delta; the delta that unlocks carries the whole state again.
import { defaultSettings } from '../../shared/settings';
import type { AppState, StateDelta, StateSnapshot } from '../../shared/state';

export function redactState(state: AppState): AppState {
  const empty = { items: [], asOf: null };
  const { configured, storage, keychainAvailable } = state.credentials;
  return {
    environment: state.environment,
    environmentLabel: state.environmentLabel,
    locked: state.locked,
    lock: state.lock,
    connection: state.connection,
    credentials: { configured, storage, keychainAvailable },
    settings: {
      ...defaultSettings,
      environment: state.settings.environment,
      onboarded: state.settings.onboarded,
      idleLockMinutes: state.settings.idleLockMinutes,
    },
    profiles: empty,
    fiatAccounts: empty,
    rules: empty,
    recentOrchestrations: empty,
    outbox: { items: [] },
    recentNotices: [],
    activity: { total: 0, revision: state.activity.revision },
    needsALook: [],
    redeemedTodayUsd: '0',
    incomingWires: { wires: [], expected: [], asOf: null },
  };
}

export function snapshotForRenderer(snapshot: StateSnapshot): StateSnapshot {
  return snapshot.state.locked
    ? { revision: snapshot.revision, state: redactState(snapshot.state) }
    : snapshot;
}

/** The delta as the renderer may see it, given the state right after it. Revisions never skip. */
export function deltaForRenderer(delta: StateDelta, after: AppState): StateDelta {
  if (after.locked) {
    const redacted = redactState(after);
    // Locking: replace the renderer's whole mirror with the redacted state.
    if (delta.set.locked === true) return { revision: delta.revision, set: redacted };
    const keys = [
      ...Object.keys(delta.set),
      ...Object.keys(delta.lists ?? {}),
    ] as (keyof AppState)[];
    return {
      revision: delta.revision,
      set: Object.fromEntries(keys.map((key) => [key, redacted[key]])) as Partial<AppState>,
    };
  }
  // Unlocking: everything at once, since the mirror only holds the redacted state.
  if (delta.set.locked === false) return { revision: delta.revision, set: after };
  return delta;
}
