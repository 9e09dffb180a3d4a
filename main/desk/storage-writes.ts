// Faults speak (issue 21, Deliver 8): a write the disk or the folder refuses (full disk, I/O
// error, no permission, read-only) is published in the storage health at once: the banner says
// what happened and that nothing is sent until it is fixed, and the desk's state is not "fine".
// The outbox gets no client meanwhile. It clears by itself: any write that commits again (the
// next sync's cache, or the small probe tried before each flush) ends it, and the audit log
// then records how long it lasted (it could not be written while it lasted).
import { recordIn, type DeskStores } from './desk-stores';
import { writeFaultOf } from './store/db/write-fault';

export class StorageWrites {
  constructor(
    private readonly stores: Pick<DeskStores, 'db' | 'health' | 'audit'>,
    private readonly now: () => Date,
    private readonly onChange: () => void,
  ) {
    stores.db.onWriteEnded = (error) => this.ended(error);
  }

  /** Whether the disk takes writes: while a fault is shown, one small durable write tries again. */
  writable(): boolean {
    const { db, health } = this.stores;
    if (!health.writeFault) return true;
    try {
      db.run(
        'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        'storage.write_probe',
        this.now().toISOString(),
      );
    } catch {
      // Still failing: the fault stays shown (ended() saw it).
    }
    return health.writeFault === undefined;
  }

  private ended(error: unknown): void {
    const { health, audit } = this.stores;
    const shown = health.writeFault;
    if (error === undefined) {
      if (!shown) return;
      health.writeFault = undefined;
      queueMicrotask(() => {
        void recordIn(audit, {
          action: 'storage.write_failed',
          outcome: 'info',
          details: { fault: shown.kind, since: shown.since, until: this.now().toISOString() },
        });
      });
      this.onChange();
      return;
    }
    const fault = writeFaultOf(error);
    if (!fault || shown?.kind === fault.kind) return;
    health.writeFault = { ...fault, since: shown?.since ?? this.now().toISOString() };
    this.onChange();
  }
}
