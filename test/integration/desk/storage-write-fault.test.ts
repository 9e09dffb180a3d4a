// Faults speak (issue 21, Deliver 8): the disk fills up (SQLITE_FULL / ENOSPC) or starts
// failing (SQLITE_IOERR / EIO) under a running desk with a redemption queued. The desk's state
// says so at once — not "fine": the local database cannot be written, and nothing is sent until
// it can — and nothing reaches Paxos meanwhile. Once the disk takes writes again the fault
// clears by itself, the audit log records it, and the queued redemption is sent exactly once.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toBridgeError } from '../../../main/bridge/to-bridge-error';
import type { Desk } from '../../../main/desk/desk';
import { sqliteDiskError, type StorageFaults } from '../../../main/desk/store/db/storage-faults';
import { storageWorld, type StorageWorld } from './storage-harness';

/** A disk that can be filled up (or made to fail) and freed again while the desk runs. */
class SwitchableDisk implements StorageFaults {
  failing: 'ENOSPC' | 'EIO' | undefined;
  before(): void {
    if (this.failing) throw sqliteDiskError(this.failing);
  }
}

describe('a storage write error speaks', () => {
  let world: StorageWorld;
  const made: string[] = [];
  const opened: Desk[] = [];

  beforeAll(async () => {
    world = await storageWorld();
  });
  afterAll(async () => {
    for (const desk of opened) await desk.close().catch(() => undefined);
    await world?.sim.close();
    await Promise.all(made.map((d) => rm(d, { recursive: true, force: true })));
  });

  async function deskOn(disk: SwitchableDisk): Promise<Desk> {
    const dir = await mkdtemp(join(tmpdir(), 'td-write-fault-'));
    made.push(dir);
    const desk = await world.open(dir, disk);
    opened.push(desk);
    await desk.refreshNow();
    return desk;
  }

  it.each([
    ['ENOSPC', 'the disk is full', 'Free some space on the disk'],
    ['EIO', 'the disk reported an input/output error', 'Check the disk'],
  ] as const)(
    '%s: the banner state says what happened and that nothing is sent; nothing is sent until it is fixed',
    async (errno, words, advice) => {
      const disk = new SwitchableDisk();
      const desk = await deskOn(disk);
      const queued = await desk.enqueue('create_orchestration', world.redemption('77.00') as never);
      expect(desk.storage().ok).toBe(true);

      disk.failing = errno;
      // The operator's own request is refused in words, not "something went wrong".
      const refused = await desk
        .enqueue('create_orchestration', world.redemption('78.00') as never)
        .then(
          () => undefined,
          (error: unknown) => toBridgeError(error),
        );
      expect(refused).toMatchObject({ code: 'storage', details: { fault: expect.any(String) } });
      expect(refused?.message).toContain(words);
      for (let cycle = 0; cycle < 3; cycle += 1) await desk.refreshNow().catch(() => undefined);

      const storage = desk.storage();
      expect(storage.ok).toBe(false);
      expect(storage.sendingHeld).toBe(true);
      expect(storage.writeFault).toMatchObject({ since: expect.any(String) });
      expect(storage.message).toContain(`The local database cannot be written: ${words}.`);
      expect(storage.message).toContain('Nothing is sent until it can be written again.');
      expect(storage.message).toContain(advice);
      expect(world.refsAtPaxos()).not.toContain(queued.refId);
      expect(desk.intent(queued.id)?.state).toBe('queued');

      // The disk takes writes again: the next cycle clears the fault and sends, once.
      disk.failing = undefined;
      await desk.refreshNow();
      await desk.flush();
      const after = desk.storage();
      expect(after.ok).toBe(true);
      expect(after.writeFault).toBeNull();
      expect(after.message).toBeNull();
      const atPaxos = world.sim.control
        .snapshot()
        .orchestrations.filter((o) => o.ref_id === queued.refId);
      expect(atPaxos).toHaveLength(1);
      const audit = await desk.auditPage({ limit: 200 });
      expect(audit.entries.map((e) => e.action)).toContain('storage.write_failed');
    },
    60_000,
  );
});
