// Publishes the open desk's slices of the app state. Projections run one after another, so an
// older snapshot never overwrites a newer one; the activity revision tells the renderer's
// Activity list to re-query (it counts syncs and environment switches).
import type { Desk } from '../desk';
import type { AppStateStore } from './app-state-store';

export class DeskPublisher {
  private activityRevision = 0;
  private publishing = Promise.resolve();

  constructor(
    private readonly state: AppStateStore,
    private readonly desk: () => Desk,
    private readonly now: () => Date,
    private readonly log?: (message: string, error?: unknown) => void,
  ) {}

  /** The activity history changed (a sync, another environment): the next projection says so. */
  activityChanged(): void {
    this.activityRevision += 1;
  }

  publish(): Promise<void> {
    this.publishing = this.publishing
      .then(async () => {
        this.state.set(await this.desk().project(this.now(), this.activityRevision));
      })
      .catch((error) => this.log?.('could not publish the desk state', error));
    return this.publishing;
  }
}
