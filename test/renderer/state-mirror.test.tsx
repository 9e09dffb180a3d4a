// The renderer's mirror applies list deltas item by item and resyncs when it is out of step.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../shared/settings';
import type { AppState } from '../../shared/state';
import { useAppStore } from '../../renderer/src/store/app-store';

const base: AppState = {
  environment: 'demo',
  environmentLabel: 'Demo',
  locked: false,
  lock: { passcodeSet: true, passcodeStorage: 'keychain', osAuthentication: null, retryAt: null },
  connection: {
    status: 'online',
    checkedAt: null,
    lastSyncAt: null,
    coolDownUntil: null,
    lastError: null,
  },
  credentials: { configured: true, storage: 'built-in', keychainAvailable: true },
  settings: defaultSettings,
  profiles: { items: [], asOf: null },
  fiatAccounts: { items: [], asOf: null },
  rules: { items: [], asOf: null },
  recentOrchestrations: {
    items: [
      {
        id: 'o-1',
        status: 'PROCESSING',
        statusLabel: 'Processing',
        outcome: 'in_progress',
        kind: 'redemption',
        kindLabel: 'Redemption to a bank',
        fetchedAt: 't',
      },
    ],
    asOf: 'a',
  },
  outbox: { items: [] },
  activity: { total: 1, revision: 0 },
  needsALook: [],
  redeemedTodayUsd: '0',
  recentNotices: [],
};

describe('state mirror', () => {
  beforeEach(() => useAppStore.setState({ state: base, revision: 0 }));

  it('applies an item-level delta', () => {
    useAppStore.getState().applyDelta({
      revision: 1,
      set: {},
      lists: {
        recentOrchestrations: {
          asOf: 'b',
          order: ['o-2', 'o-1'],
          upsert: [
            {
              id: 'o-2',
              status: 'PROCESSING',
              statusLabel: 'Processing',
              outcome: 'in_progress',
              kind: 'redemption',
              kindLabel: 'Redemption to a bank',
              fetchedAt: 't',
            },
          ],
        },
      },
    });
    const state = useAppStore.getState().state!;
    expect(state.recentOrchestrations.items.map((o) => o.id)).toEqual(['o-2', 'o-1']);
    expect(state.recentOrchestrations.asOf).toBe('b');
  });

  it('asks main for a snapshot when a delta names an item it never had', async () => {
    const getState = vi.fn(async () => ({ ok: true, value: { revision: 5, state: base } }));
    (window as unknown as { treasury: unknown }).treasury = { getState };
    useAppStore.getState().applyDelta({
      revision: 1,
      set: {},
      lists: { recentOrchestrations: { asOf: 'b', order: ['missing'], upsert: [] } },
    });
    await vi.waitFor(() => expect(getState).toHaveBeenCalled());
    await vi.waitFor(() => expect(useAppStore.getState().revision).toBe(5));
  });
});
