// Main's copy of the app state. Services change slices through `set`; every change becomes one
// small delta (only the slices that changed) pushed to the renderer, numbered so the renderer
// can tell it missed one and ask for a snapshot.
import type { AppState, StateDelta, StateSnapshot } from '../../shared/state';

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
    this.state = { ...this.state, ...changed };
    this.revision += 1;
    const delta: StateDelta = { revision: this.revision, set: changed };
    for (const listener of this.listeners) listener(delta);
  }

  subscribe(listener: DeltaListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
