// Main's copy of the app state. Services change slices through `set`; every change becomes one
// small delta pushed to the renderer — the slices that changed, and for list slices only the
// items that changed plus the order — numbered so the renderer can tell it missed one and ask
// for a snapshot.
import { diffList, type ListSlice } from '../../shared/list-delta';
import {
  listSliceKeys,
  type AppState,
  type ListSliceKey,
  type StateDelta,
  type StateSnapshot,
} from '../../shared/state';

const isListSlice = (key: keyof AppState): key is ListSliceKey =>
  (listSliceKeys as readonly string[]).includes(key);

export type DeltaListener = (delta: StateDelta) => void;

export class AppStateStore {
  private state: AppState;
  private revision = 0;
  private readonly listeners = new Set<DeltaListener>();

  constructor(initial: AppState) {
    this.state = initial;
  }

  snapshot(): StateSnapshot {
    return { revision: this.revision, state: this.state };
  }

  get(): AppState {
    return this.state;
  }

  set(patch: Partial<AppState>): void {
    const changed: Partial<AppState> = {};
    for (const key of Object.keys(patch) as (keyof AppState)[]) {
      if (JSON.stringify(this.state[key]) !== JSON.stringify(patch[key])) {
        (changed as Record<string, unknown>)[key] = patch[key];
      }
    }
    if (Object.keys(changed).length === 0) return;
    const previous = this.state;
    this.state = { ...this.state, ...changed };
    this.revision += 1;
    const delta: StateDelta = { revision: this.revision, set: {} };
    for (const key of Object.keys(changed) as (keyof AppState)[]) {
      if (isListSlice(key)) {
        const lists = (delta.lists ??= {}) as Record<ListSliceKey, unknown>;
        lists[key] = diffList(
          previous[key] as ListSlice<{ id: string }>,
          this.state[key] as ListSlice<{ id: string }>,
        );
      } else {
        (delta.set as Record<string, unknown>)[key] = changed[key];
      }
    }
    for (const listener of this.listeners) listener(delta);
  }

  subscribe(listener: DeltaListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
