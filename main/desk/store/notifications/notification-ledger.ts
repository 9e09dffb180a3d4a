// Which notifications were already shown, so each is shown once: not twice in one run, not
// again after a restart. Keys name the transition, e.g. `orchestration:<id>:COMPLETED` or
// `fiat-account:<id>:APPROVED`. Mark *before* showing: a crash between the two loses one
// notification rather than repeating it (a repeated "wire completed" could be read as a second
// wire). A sync cycle marks all its transitions in one commit (markMany), not one per key.
import { DeskDatabase } from '../db/desk-database';

export class NotificationLedger {
  constructor(
    private readonly db: DeskDatabase,
    private readonly now: () => Date = () => new Date(),
    private readonly ownsDb = false,
  ) {}

  static async open(
    envDir: string,
    options: { now?: () => Date } = {},
  ): Promise<NotificationLedger> {
    return new NotificationLedger(DeskDatabase.openIn(envDir), options.now, true);
  }

  /** True the first time a key is seen (after it is committed), false every time after. */
  async markOnce(key: string): Promise<boolean> {
    return (await this.markMany([key])).has(key);
  }

  /** Marks every key in one transaction; resolves with the keys that were new. */
  markMany(keys: readonly string[]): Promise<Set<string>> {
    if (keys.some((k) => k.length === 0))
      return Promise.reject(new TypeError('notification key must not be empty'));
    try {
      const at = this.now().toISOString();
      const fresh = new Set<string>();
      this.db.transaction(() => {
        for (const key of keys) {
          if (fresh.has(key)) continue;
          if (
            Number(
              this.db.run(
                'INSERT OR IGNORE INTO notification_ledger (key, at) VALUES (?, ?)',
                key,
                at,
              ).changes,
            ) === 1
          )
            fresh.add(key);
        }
      });
      return Promise.resolve(fresh);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  has(key: string): boolean {
    return this.db.get('SELECT 1 AS x FROM notification_ledger WHERE key = ?', key) !== undefined;
  }

  async close(): Promise<void> {
    if (this.ownsDb) this.db.close();
  }
}
