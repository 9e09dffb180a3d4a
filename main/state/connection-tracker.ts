// Turns what real requests to Paxos experienced into the connection slice of the state: online
// when a request was answered, offline when none could reach Paxos, cooling down after a 429.
import { isAppError } from '../../shared/app-error';
import type { Connection } from '../../shared/state';
import type { AppStateStore } from './app-state-store';

export class ConnectionTracker {
  constructor(
    private readonly state: AppStateStore,
    private readonly now: () => Date,
  ) {}

  report(reached: boolean, error: unknown, coolDownUntil: Date | null): void {
    const at = this.now().toISOString();
    const cooling = coolDownUntil !== null && coolDownUntil > this.now();
    const lastError = isAppError(error) ? error.toBridge() : null;
    const status: Connection['status'] = cooling ? 'cooling_down' : reached ? 'online' : 'offline';
    this.set({
      status,
      checkedAt: at,
      coolDownUntil: cooling ? coolDownUntil.toISOString() : null,
      lastError,
    });
  }

  synced(at: string): void {
    this.set({
      status: 'online',
      checkedAt: at,
      lastSyncAt: at,
      coolDownUntil: null,
      lastError: null,
    });
  }

  reset(status: Connection['status']): void {
    this.state.set({
      connection: {
        status,
        checkedAt: null,
        lastSyncAt: null,
        coolDownUntil: null,
        lastError: null,
      },
    });
  }

  private set(patch: Partial<Connection>): void {
    this.state.set({ connection: { ...this.state.get().connection, ...patch } });
  }
}
