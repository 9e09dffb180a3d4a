// Issue 23: the audit log is no longer checked page by page at open (109 MB after years: 1.4 s
// of the first state). Damage in its old pages is found by the whole-file check that runs after
// start, and must still hold sending and be shown: nothing is sent until every request was
// checked with Paxos, exactly as when opening finds damage.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { damagePageHolding, storageWorld, type StorageWorld } from './storage-harness';

const FILLER = 1_500;

describe('damage in the audit log found after start', () => {
  let world: StorageWorld;
  let dir: string;

  beforeAll(async () => {
    world = await storageWorld();
    dir = await mkdtemp(join(tmpdir(), 'td-audit-damage-'));
  });

  afterAll(async () => {
    await world?.sim.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('holds sending and says so once the whole-file check finds it', async () => {
    let desk = await world.open(dir);
    const queued = await desk.enqueue('create_orchestration', world.redemption('250.00') as never);
    for (let i = 0; i < FILLER; i += 1)
      await desk.record({
        action: 'test.history',
        outcome: 'info',
        details: { marker: `old-entry-${i}-end`, note: 'x'.repeat(200) },
      });
    await desk.close();
    // Opened once more, the chain's checkpoint moves past every filler entry, so opening reads
    // none of their pages again.
    desk = await world.open(dir);
    await desk.close();
    const file = join(dir, 'sandbox', 'desk.sqlite');
    const page = await damagePageHolding(file, `old-entry-${FILLER / 3}-end`);
    expect(page).toBeGreaterThan(1);

    desk = await world.open(dir);
    try {
      const health = desk.partsForTests.health;
      // Opening no longer reads those pages: nothing found yet, nothing sent yet either.
      expect(health.damaged).toBe(false);
      expect(world.refsAtPaxos().has(queued.refId)).toBe(false);

      await desk.start();
      await desk.wholeFileChecked();
      // The finding is published once its hold is in place (damage-hold.ts).
      await expect.poll(() => health.databaseDamage, { timeout: 30_000 }).toBeDefined();
      expect(health.databaseDamage?.problems.join(' ')).toMatch(/page|tree|corrupt|malformed/i);
      expect(desk.sendingHeld).toBeDefined();
      const view = health.view();
      expect(view.ok).toBe(false);
      expect(view.sendingHeld).toBe(true);
      expect(view.message).toMatch(/damaged.*Nothing is sent/);

      // Held: a flush has no client, so the queued request stays at the desk.
      await desk.flush().catch(() => undefined);
      expect(world.refsAtPaxos().has(queued.refId)).toBe(false);

      // The check with Paxos runs at the next sync; then (and only then) it is sent.
      await desk.refreshNow();
      await expect.poll(() => desk.sendingHeld, { timeout: 30_000 }).toBeUndefined();
      await desk.flush();
      expect(world.refsAtPaxos().has(queued.refId)).toBe(true);
      // Still shown after the check: damage is never cut away.
      expect(health.view().message).toMatch(/damaged/);
    } finally {
      await desk.close();
    }
  }, 120_000);
});
