// Each transition is announced once: a completed wire, a failed redemption, an approved bank
// account — not twice in a run and not again after a restart on the same data.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../../main/simulator';
import { manualDesk, redemptionBody } from './desk-fixture';

describe('notifications', () => {
  let dataDir: string;
  let sim: RunningSimulator;
  afterAll(async () => {
    await sim?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('fires once per transition, across a restart, and a click opens the item', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'td-notify-'));
    sim = await startSimulator({
      autoAdvance: false,
      seed: 3,
      timing: { fiatApprovalMs: 60_000, orchestrationStepMs: 60_000 },
    });
    const opened: unknown[] = [];
    // The simulator outlives both runs (an app restart does not restart Paxos).
    const shared = { ...sim, close: async () => undefined };
    const open = () =>
      manualDesk({
        dataDir,
        runtime: {
          startDemoSimulator: async () => shared,
          onOpenItem: (item) => opened.push(item),
        },
      });

    const first = await open();
    await first.desk().refreshNow();
    const client = first.desk().partsForTests.client!;
    const ok = await client.createOrchestration({ ...redemptionBody('10.00'), ref_id: 'n-ok' });
    sim.control.failNextOrchestrations(1, 'Beneficiary bank rejected the wire');
    const bad = await client.createOrchestration({ ...redemptionBody('20.00'), ref_id: 'n-bad' });
    await first.desk().sync('events');
    expect(first.notifier.shown).toEqual([]);

    sim.control.settle();
    await first.desk().sync('events');
    await first.desk().sync('full');
    const titles = first.notifier.shown.map((n) => `${n.title}:${n.target.id}`).sort();
    // Each names its amount and destination (label and last 4), never just "Wire completed".
    expect(titles).toEqual(
      [
        `Redemption failed: 20.00 USDC to Operating account ••••6789:${bad.orchestration.id}`,
        `Wire completed: $10.00 to Operating account ••••6789:${ok.orchestration.id}`,
      ].sort(),
    );
    expect(
      first.notifier.shown.find((n) => n.title.startsWith('Redemption failed'))?.body,
    ).toContain('Beneficiary bank rejected the wire');
    // The runtime also keeps them in the window's list of recent notices, with the same targets.
    expect(
      first.runtime.state
        .get()
        .recentNotices.map((n) => `${n.title}:${n.target.id}`)
        .sort(),
    ).toEqual(titles);
    first.notifier.click(0);
    expect(opened).toEqual([first.notifier.shown[0]!.target]);
    await first.runtime.dispose();

    // Restart on the same data, then make the desk see both transitions again: the cached
    // status is put back to PROCESSING and the event stream re-read from the start. Only the
    // durable notification ledger stands between this and a second "wire completed".
    const second = await open();
    await second.desk().refreshNow();
    for (const id of [ok.orchestration.id, bad.orchestration.id]) {
      const cached = await second.desk().records.get('orchestrations', id);
      await second
        .desk()
        .partsForTests.cache.put('orchestrations', { ...cached!.record, status: 'PROCESSING' });
    }
    await second.desk().partsForTests.cursor.rewind('2000-01-01T00:00:00Z');
    await second.desk().sync('events');
    expect(second.desk().records.statusOf('orchestrations', ok.orchestration.id)).toBe('COMPLETED');
    expect(second.notifier.shown).toEqual([]);
    await second.runtime.dispose();
  }, 60_000);

  it('coalesces many completions from one cycle into one summary notice', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'td-notify-many-'));
    const many = await startSimulator({
      autoAdvance: false,
      seed: 4,
      timing: { fiatApprovalMs: 60_000, orchestrationStepMs: 60_000 },
    });
    try {
      const desk = await manualDesk({
        dataDir: dir,
        runtime: { startDemoSimulator: async () => ({ ...many, close: async () => undefined }) },
      });
      await desk.desk().refreshNow();
      const client = desk.desk().partsForTests.client!;
      for (let i = 0; i < 12; i += 1)
        await client.createOrchestration({ ...redemptionBody('100.25'), ref_id: `many-${i}` });
      await desk.desk().sync('events');
      many.control.settle();
      await desk.desk().sync('events');
      await desk.desk().sync('full');
      expect(desk.notifier.shown.map((n) => n.title)).toEqual(['12 updates from Paxos']);
      expect(desk.notifier.shown[0]!.body).toBe(
        '12 wires completed ($1,203.00). Open Treasury Desk for the details.',
      );
      await desk.runtime.dispose();
    } finally {
      await many.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
