// Mirror of main's state: a snapshot at start, then deltas from the `state` event. A missing
// revision means a delta was lost; the store then asks main for a fresh snapshot.
import { create } from 'zustand';
import type { AppInfo } from '../../../shared/app-info';
import { applyListDelta, type ListDelta, type ListSlice } from '../../../shared/list-delta';
import type { AppState, ListSliceKey, StateDelta, StateSnapshot } from '../../../shared/state';
import { call, treasuryApi } from '../bridge/treasury';

export interface AppStoreState {
  info: AppInfo | null;
  state: AppState | null;
  revision: number;
  loadError: string | null;
  applySnapshot(snapshot: StateSnapshot): void;
  applyDelta(delta: StateDelta): void;
  connect(): Promise<() => void>;
}

export const useAppStore = create<AppStoreState>((set, get) => ({
  info: null,
  state: null,
  revision: -1,
  loadError: null,
  // A snapshot older than the deltas already applied (e.g. returned by a slow call) is ignored.
  applySnapshot: (snapshot) => {
    if (snapshot.revision < get().revision) return;
    set({ state: snapshot.state, revision: snapshot.revision });
  },
  applyDelta: (delta) => {
    const { state, revision } = get();
    if (!state || delta.revision <= revision) return;
    if (delta.revision !== revision + 1) {
      void call('getState').then(get().applySnapshot);
      return;
    }
    const next: AppState = { ...state, ...delta.set };
    for (const [key, list] of Object.entries(delta.lists ?? {}) as [
      ListSliceKey,
      ListDelta<{ id: string }>,
    ][]) {
      const applied = applyListDelta(state[key] as ListSlice<{ id: string }>, list);
      if (!applied) {
        // It names an item this mirror never had: out of step, so start again from a snapshot.
        void call('getState').then(get().applySnapshot);
        return;
      }
      (next as Record<ListSliceKey, unknown>)[key] = applied;
    }
    set({ state: next, revision: delta.revision });
  },
  connect: async () => {
    const unsubscribe = treasuryApi().onState((delta) => get().applyDelta(delta));
    try {
      const [info, snapshot] = await Promise.all([call('getAppInfo'), call('getState')]);
      set({ info, loadError: null });
      get().applySnapshot(snapshot);
    } catch (error) {
      set({ loadError: error instanceof Error ? error.message : String(error) });
    }
    return unsubscribe;
  },
}));
