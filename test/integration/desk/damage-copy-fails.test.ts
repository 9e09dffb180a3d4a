// Damage found by the whole-file check after start is copied aside for support before it is
// reported. That copy can fail (a full disk: the file is large after years); sending must be
// held all the same, and the operator told, never a check that ends in an error with sending
// left open and the storage view still saying all is well.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as SetAside from '../../../main/desk/store/db/set-aside';
import { damagePageHolding, storageWorld, type StorageWorld } from './storage-harness';

const copies = vi.hoisted(() => ({ fail: false }));
vi.mock('../../../main/desk/store/db/set-aside', async (importOriginal) => {
  const real = await importOriginal<typeof SetAside>();
  return {
    ...real,
    copyAside: (...args: Parameters<typeof real.copyAside>) => {
      if (copies.fail) throw new Error('ENOSPC: no space left on device, copyfile');
      return real.copyAside(...args);
    },
  };
});

const FILLER = 1_500;

describe('damage found after start when it cannot be copied aside', () => {
  let world: StorageWorld;
  let dir: string;

  beforeAll(async () => {
    world = await storageWorld();
    dir = await mkdtemp(join(tmpdir(), 'td-audit-copy-fails-'));
  });

  afterAll(async () => {
    await world?.sim.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('still holds sending and says why', async () => {
    let desk = await world.open(dir);
    const queued = await desk.enqueue('create_orchestration', world.redemption('250.00') as never);
    for (let i = 0; i < FILLER; i += 1)
      await desk.record({
        action: 'test.history',
        outcome: 'info',
        details: { marker: `old-entry-${i}-end`, note: 'x'.repeat(200) },
      });
    await desk.close();
    desk = await world.open(dir);
    await desk.close();
    await damagePageHolding(join(dir, 'sandbox', 'desk.sqlite'), `old-entry-${FILLER / 3}-end`);

    desk = await world.open(dir);
    try {
      copies.fail = true;
      await desk.start();
      await desk.wholeFileChecked();
      expect(desk.sendingHeld).toBeDefined();
      const health = desk.partsForTests.health;
      expect(health.lastCheckError).toMatch(/could not be copied aside.*ENOSPC/);
      const view = health.view();
      expect(view.ok).toBe(false);
      expect(view.sendingHeld).toBe(true);
      expect(view.message).toMatch(/damaged.*Nothing is sent/);
      expect(view.problems.join(' ')).toMatch(/page|tree|corrupt|malformed/i);
      await desk.flush().catch(() => undefined);
      expect(world.refsAtPaxos().has(queued.refId)).toBe(false);
    } finally {
      copies.fail = false;
      await desk.close();
    }
  }, 120_000);
});
