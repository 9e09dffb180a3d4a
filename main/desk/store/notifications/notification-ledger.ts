// Remembers, durably, which notifications were already shown, so each transition is announced
// once: not twice in one run, not again after a restart. Keys name the transition, e.g.
// `orchestration:<id>:COMPLETED` or `fiat-account:<id>:APPROVED`.
// Call markOnce *before* showing: a crash between the two loses one notification rather than
// repeating it (a repeated "wire completed" could be read as a second wire).
import { join } from 'node:path';
import { Journal } from '../journal/journal';
import { SerialQueue } from '../journal/serial-queue';

export class NotificationLedger {
  private readonly queue = new SerialQueue();

  private constructor(
    private readonly journal: Journal,
    private readonly now: () => Date,
  ) {}

  static async open(envDir: string, options: { now?: () => Date } = {}): Promise<NotificationLedger> {
    const journal = await Journal.open({ path: join(envDir, 'notifications', 'ledger.jsonl') });
    return new NotificationLedger(journal, options.now ?? (() => new Date()));
  }

  /** True the first time a key is seen (after it is fsynced), false every time after. */
  markOnce(key: string): Promise<boolean> {
    if (key.length === 0) return Promise.reject(new TypeError('notification key must not be empty'));
    return this.queue.run(async () => {
      if (this.journal.has(key)) return false;
      await this.journal.put(key, this.now().toISOString(), { durable: true });
      return true;
    });
  }

  has(key: string): boolean {
    return this.journal.has(key);
  }

  close(): Promise<void> {
    return this.queue.run(() => this.journal.close());
  }
}
