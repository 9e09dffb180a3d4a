// The operator's "Rebuild the cache from Paxos" (bridge operation rebuildCache): the cache is
// emptied and loaded again from Paxos (what Paxos no longer lists is gone), queued requests
// and the audit log are kept, the result says how many orchestrations are stored, and it is
// audited. While locked it is refused like every desk operation and nothing is emptied.
import { afterAll, describe, expect, it } from 'vitest';
import { manualDesk, redemptionBody } from './desk-fixture';

describe('rebuildCache through the bridge', () => {
  let app: Awaited<ReturnType<typeof manualDesk>> | undefined;
  afterAll(async () => app?.close());

  it('reloads the cache from Paxos, keeps the outbox, states the result, and refuses while locked', async () => {
    app = await manualDesk();
    const desk = app.desk();
    await desk.refreshNow();
    await desk.partsForTests.client!.createOrchestration({
      ...redemptionBody('7.00'),
      ref_id: 'rebuild-1',
    });
    await desk.refreshNow();
    const atPaxos = desk.records.count('orchestrations');
    expect(atPaxos).toBeGreaterThan(0);
    const listed = (await desk.records.orchestrationByRefId('rebuild-1'))?.record;
    expect(listed).toBeDefined();
    // What the cache holds but Paxos never said (a damaged or stale cache).
    await desk.partsForTests.cache.put('orchestrations', {
      ...listed!,
      id: 'not-at-paxos',
      ref_id: 'not-at-paxos',
    });
    expect(desk.records.count('orchestrations')).toBe(atPaxos + 1);
    const outbox = desk.intentsIn();

    const rebuilt = await app.runtime.handlers.rebuildCache(undefined);
    expect(rebuilt).toEqual({
      ok: true,
      value: { orchestrations: atPaxos, asOf: expect.any(String) },
    });
    expect(await desk.records.get('orchestrations', 'not-at-paxos')).toBeUndefined();
    expect(desk.records.count('orchestrations')).toBe(atPaxos);
    expect(desk.intentsIn()).toEqual(outbox);
    const audit = (await desk.auditPage({ limit: 20 })).entries;
    expect(
      audit.find((e) => e.action === 'storage.rebuild_cache' && e.outcome === 'succeeded')?.details,
    ).toMatchObject({ orchestrations: atPaxos });
    expect(desk.partsForTests.audit.verification.ok).toBe(true);

    // Locked: refused, and the cache is left as it is.
    await desk.partsForTests.cache.put('orchestrations', {
      ...listed!,
      id: 'not-at-paxos',
      ref_id: 'not-at-paxos',
    });
    expect((await app.runtime.handlers.lock(undefined)).ok).toBe(true);
    const refused = await app.runtime.handlers.rebuildCache(undefined);
    expect(refused).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await desk.records.get('orchestrations', 'not-at-paxos')).toBeDefined();
    expect(desk.records.count('orchestrations')).toBe(atPaxos + 1);
  }, 120_000);
});
