// An orchestration the cache holds as unfinished under a status Paxos no longer lists as
// PROCESSING (an unknown status, or an end the event stream missed) is re-read by id on the
// next full refresh instead of staying "in flight" forever.
import { afterAll, describe, expect, it } from 'vitest';
import { manualDesk, redemptionBody } from './desk-fixture';

describe('full refresh', () => {
  let app: Awaited<ReturnType<typeof manualDesk>> | undefined;
  afterAll(async () => app?.close());

  it('re-reads cached unfinished orchestrations that are not PROCESSING at Paxos', async () => {
    app = await manualDesk({
      simulator: {
        autoAdvance: false,
        timing: { fiatApprovalMs: 60_000, orchestrationStepMs: 60_000 },
      },
    });
    await app.desk().refreshNow(); // the start-up sync is over before the scene is set
    const { orchestration } = await app.desk().partsForTests.client!.createOrchestration({
      ...redemptionBody('5.00'),
      ref_id: 'straggler-1',
    });
    app.sim.control.settle();
    // The cache believes it is waiting for approval; the events that ended it are already past.
    await app
      .desk()
      .partsForTests.cache.put('orchestrations', { ...orchestration, status: 'PENDING_APPROVAL' });
    await app
      .desk()
      .partsForTests.cursor.advance([{ id: 'later', created_at: '2999-01-01T00:00:00Z' }]);
    app.sim.control.resetCounts();
    await app.desk().refreshNow();
    expect(app.desk().records.statusOf('orchestrations', orchestration.id)).toBe('COMPLETED');
    expect(app.desk().records.inFlightOrchestrationIds()).toEqual([]);
  }, 60_000);
});
