// Issue 22 (deliverable 5): the desk reads events through page_cursor, 100 at most a page, and a
// cycle whose later step fails still announces the transitions it already stored (they are in
// the cache now: the next cycle sees no change, so a lost announcement is lost for good).
import { afterEach, describe, expect, it } from 'vitest';
import type { FetchLike } from '../../../main/paxos/transport';
import { manualDesk, redemptionBody } from './desk-fixture';

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((d) => d.close()));
});

/** Every GET /events URL the desk sends. */
function recordingEvents(): { fetch: FetchLike; urls: URL[] } {
  const urls: URL[] = [];
  return {
    urls,
    fetch: (input, init) => {
      const url = new URL(String(input));
      if (url.pathname.endsWith('/events')) urls.push(url);
      return fetch(input, init);
    },
  };
}

describe('the event walk', () => {
  it('reads more than a page of events through page_cursor, never asking for more than 100', async () => {
    const recorder = recordingEvents();
    const app = await manualDesk({
      simulator: {
        autoAdvance: false,
        timing: { fiatApprovalMs: 60_000, orchestrationStepMs: 60_000 },
      },
      runtime: {
        clientOptions: {
          timeoutMs: 3000,
          backoff: { baseDelayMs: 20, maxDelayMs: 200, maxAttempts: 3 },
          fetch: recorder.fetch,
        },
      },
    });
    opened.push(app);
    await app.desk().refreshNow();
    const client = app.desk().partsForTests.client!;
    const created = [];
    for (let i = 0; i < 60; i += 1)
      created.push(
        await client.createOrchestration({ ...redemptionBody('1.00'), ref_id: `w-${i}` }),
      );
    app.sim.control.settle(); // every one completes: well over 100 events, many at one instant
    recorder.urls.length = 0;
    await app.desk().sync('events');
    const limits = recorder.urls.map((u) => Number(u.searchParams.get('limit') ?? 100));
    expect(limits.every((l) => l >= 1 && l <= 100)).toBe(true);
    expect(recorder.urls.length).toBeGreaterThan(1);
    expect(recorder.urls.slice(1).every((u) => u.searchParams.get('page_cursor'))).toBe(true);
    for (const { orchestration } of created)
      expect(app.desk().records.statusOf('orchestrations', orchestration.id)).toBe('COMPLETED');
  }, 60_000);

  it('announces what a cycle stored even when a later step fails', async () => {
    const app = await manualDesk({
      simulator: {
        autoAdvance: false,
        timing: { fiatApprovalMs: 60_000, orchestrationStepMs: 60_000 },
      },
    });
    opened.push(app);
    await app.desk().refreshNow();
    const client = app.desk().partsForTests.client!;
    const { orchestration } = await client.createOrchestration({
      ...redemptionBody('10.00'),
      ref_id: 'later-step-fails',
    });
    await app.desk().sync('events'); // the desk knows it in flight
    expect(app.desk().records.inFlightOrchestrationIds()).toContain(orchestration.id);
    app.sim.control.settle();
    // The full cycle stores COMPLETED (in-flight step), then the event step fails.
    app.sim.control.setFaults({ error: { count: 10, status: 503, match: { path: '/events' } } });
    await app.desk().sync('full');
    expect(app.desk().records.statusOf('orchestrations', orchestration.id)).toBe('COMPLETED');
    const completed = () =>
      app.notifier.shown.filter(
        (n) => n.target.id === orchestration.id && n.title.startsWith('Wire completed'),
      );
    expect(completed()).toHaveLength(1);
    // Once Paxos answers again, nothing is announced twice.
    app.sim.control.clearFaults();
    await app.desk().sync('full');
    expect(completed()).toHaveLength(1);
  }, 60_000);
});
