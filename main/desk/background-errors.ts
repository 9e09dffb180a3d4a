// Background work (a flush started without a caller to answer) never throws: its failure is
// published in the storage health, where the banner shows it until a later flush adds none.
import type { StorageHealth } from './store/storage-health';

export class BackgroundErrors {
  /** Failures so far: afterEachSync compares it across a flush to know whether it ran clean. */
  count = 0;

  constructor(
    private readonly health: StorageHealth,
    private readonly now: () => Date,
    private readonly onChange: () => void,
  ) {}

  /** Shows the failure (replacing any shown before). */
  publish(message: string, refId: string | null): void {
    this.count += 1;
    this.health.backgroundError = { message, at: this.now().toISOString(), refId };
  }

  /** A flush ran clean: the failure shown before is no longer news. */
  clearShown(): void {
    if (!this.health.backgroundError) return;
    this.health.backgroundError = undefined;
    this.onChange();
  }
}
