// Offline: the cache serves every view with its as-of times, requests made meanwhile wait in
// the outbox as "queued", and are sent exactly once each when Paxos is reachable again.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../../main/simulator';
import { manualDesk, SEED_IDS } from './desk-fixture';

describe('offline', () => {
  const cleanup: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it('queues while Paxos is unreachable and sends each intent exactly once when it returns', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'td-offline-'));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    const stateFile = join(dir, 'sim.json');
    const timing = { fiatApprovalMs: 60_000, orchestrationStepMs: 60_000 };
    let sim: RunningSimulator = await startSimulator({ stateFile, timing, seed: 5 });
    const port = Number(new URL(sim.url).port);
    const app = await manualDesk({
      runtime: { startDemoSimulator: async () => ({ ...sim, close: async () => undefined }) },
    });
    cleanup.push(() => app.close());
    const { handlers, state } = app.runtime;
    await app.desk().refreshNow();
    const onlineAsOf = state.get().profiles.asOf;
    expect(state.get().connection.status).toBe('online');

    await sim.close(); // Paxos unreachable: connection refused.
    await app.desk().refreshNow();
    expect(state.get().connection.status).toBe('offline');

    // Every view still answers, from the cache, with the time it was fetched.
    const snapshot = state.get();
    expect(snapshot.profiles.items.length).toBeGreaterThan(0);
    expect(snapshot.profiles.asOf).toBe(onlineAsOf);
    expect(snapshot.fiatAccounts.asOf).not.toBeNull();
    expect(await handlers.queryActivity({ filter: {}, offset: 0, limit: 50 })).toMatchObject({
      ok: true,
    });

    const request = {
      profileId: SEED_IDS.defaultProfile,
      asset: 'USDC',
      fiatAccountId: SEED_IDS.operatingBankAccount,
    };
    const review = await handlers.reviewRedemption({ ...request, amount: '125.50' });
    expect(review).toMatchObject({ ok: true, value: { willQueue: true } });
    const submitted = [];
    for (const amount of ['125.50', '200.00', '75.25']) {
      const result = await handlers.submitRedemption({ ...request, amount });
      expect(result).toMatchObject({ ok: true, value: { state: 'queued' } });
      if (result.ok) submitted.push((result.value as { refId: string }).refId);
    }
    await app.desk().sync('events'); // still offline: nothing leaves
    expect(
      app
        .desk()
        .intentsIn(['queued'])
        .map((i) => i.refId)
        .sort(),
    ).toEqual([...submitted].sort());
    expect(state.get().outbox.items.filter((i) => i.state === 'queued')).toHaveLength(3);

    sim = await startSimulator({ stateFile, timing, seed: 5, port }); // back on the same address
    cleanup.push(() => sim.close());
    await app.desk().sync('events');
    await app.desk().sync('events');
    expect(state.get().connection.status).toBe('online');
    const byRef = new Map<string, number>();
    for (const o of sim.control.snapshot().orchestrations as { ref_id?: string }[]) {
      byRef.set(String(o.ref_id), (byRef.get(String(o.ref_id)) ?? 0) + 1);
    }
    for (const refId of submitted) expect(byRef.get(refId), refId).toBe(1);
    expect(app.desk().intentsIn(['submitted'])).toHaveLength(3);
  }, 60_000);
});
