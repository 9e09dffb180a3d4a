// Paxos as it is in 2026, on the desk: an orchestration can wait PENDING for approval and end
// REJECTED; every orchestration is named by what it does; a status no document names is kept
// in flight and flagged once it has not moved for a day.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OrchestrationView } from '../../../shared/views';
import { UNKNOWN_STATUS_LOOK_AFTER_MS } from '../../../shared/paxos/status-meanings';
import { SEED_IDS, manualDesk } from './desk-fixture';

type Page = { rows: OrchestrationView[] };
type App = Awaited<ReturnType<typeof manualDesk>>;
let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function redeem(a: App, amount: string) {
  const answer = await a.runtime.handlers.submitRedemption({
    profileId: SEED_IDS.defaultProfile,
    asset: 'USDC',
    amount,
    fiatAccountId: SEED_IDS.operatingBankAccount,
  });
  expect(answer).toMatchObject({ ok: true });
  await a.desk().flush();
  const intent = a.desk().intentsIn().at(-1)!;
  expect(intent.state).toBe('submitted');
  return { intentId: intent.id, orchestrationId: intent.result!.paxosId! };
}

// The desk state is published after each change, in the background: the recent list is read
// until a projection made after the last change shows what is expected of it.
const expectRecent = (a: App, id: string, expected: Partial<OrchestrationView>) =>
  vi.waitFor(() =>
    expect(a.runtime.state.get().recentOrchestrations.items.find((o) => o.id === id)).toMatchObject(
      expected,
    ),
  );

describe('approval at Paxos (2026)', () => {
  it('REJECTED closes the request as rejected, once, and it leaves flight, totals and the chart', async () => {
    app = await manualDesk();
    await app.desk().refreshNow();
    app.sim.control.setApprovals({
      orchestrations: { mode: 'reject', reason: 'Compliance review declined' },
    });
    const { intentId, orchestrationId } = await redeem(app, '25.00');
    await expectRecent(app, orchestrationId, { statusLabel: 'Awaiting approval at Paxos' });
    app.sim.control.settle();
    await app.desk().sync('events');
    await app.desk().sync('full');

    const intent = app.desk().intent(intentId)!;
    expect(intent.state).toBe('failed');
    expect(intent.lastError?.message).toBe('Rejected by Paxos: Compliance review declined');
    const rejected = app.notifier.shown.filter((n) => n.target.id === orchestrationId);
    expect(rejected.map((n) => n.title)).toEqual([
      'Redemption rejected by Paxos: 25.00 USDC to Operating account ••••6789',
    ]);
    expect(rejected[0]!.body).toContain('Reason: Compliance review declined');
    expect(app.desk().records.inFlightOrchestrationIds()).not.toContain(orchestrationId);
    await expectRecent(app, orchestrationId, {
      statusLabel: 'Rejected by Paxos',
      outcome: 'rejected',
      kind: 'redemption',
    });
    expect(app.runtime.state.get().redeemedTodayUsd).toBe('0');

    // Activity files it with the failures, and the chart leaves it out.
    const failures = await app.runtime.handlers.queryActivity({
      filter: { outcomes: ['failed', 'rejected'] },
      offset: 0,
      limit: 50,
    });
    expect(failures).toMatchObject({ ok: true });
    const rows = failures.ok ? (failures.value as Page).rows.map((r) => r.id) : [];
    expect(rows).toContain(orchestrationId);
    const summary = await app.runtime.handlers.summarizeActivity({
      outcomes: ['rejected'],
    });
    expect(summary.ok && summary.value).toMatchObject({ count: 1, days: [] });
  });

  it('PENDING then approved goes through normally', async () => {
    app = await manualDesk();
    await app.desk().refreshNow();
    app.sim.control.setApprovals({ orchestrations: { mode: 'approve', afterMs: 60_000 } });
    const { intentId, orchestrationId } = await redeem(app, '12.00');
    await app.desk().sync('full');
    expect(app.desk().records.inFlightOrchestrationIds()).toContain(orchestrationId);
    await expectRecent(app, orchestrationId, { outcome: 'awaiting_approval' });
    app.sim.control.settle();
    await app.desk().sync('events');
    expect(app.desk().intent(intentId)!.state).toBe('completed');
    expect(app.notifier.shown.map((n) => n.title)).toEqual([
      'Wire completed: $12.00 to Operating account ••••6789',
    ]);
  });

  it('a conversion made outside the desk is announced and listed as a conversion', async () => {
    app = await manualDesk();
    await app.desk().refreshNow();
    const client = app.desk().partsForTests.client!;
    const made = await client.createOrchestration({
      ref_id: 'dashboard-conversion',
      source_asset: 'USDC',
      destination_asset: 'USDG',
      source_amount: '40.00',
      source: { profile: { profile_id: SEED_IDS.defaultProfile } },
      destination: { profile: { profile_id: SEED_IDS.defaultProfile } },
    } as never);
    await app.desk().sync('events');
    app.sim.control.settle();
    await app.desk().sync('events');
    const id = made.orchestration.id;
    const titles = app.notifier.shown.filter((n) => n.target.id === id).map((n) => n.title);
    expect(titles).toEqual(['Conversion completed: 40.00 USDC → USDG']);
    expect(titles.join()).not.toContain('Wire');
    const byKind = await app.runtime.handlers.queryActivity({
      filter: { kinds: ['conversion'] },
      offset: 0,
      limit: 50,
    });
    const rows = byKind.ok ? (byKind.value as Page).rows : [];
    expect(rows.map((r) => [r.id, r.kind, r.kindLabel])).toEqual([
      [id, 'conversion', 'Conversion'],
    ]);
  });

  it('a status no document names is shown as written, kept in flight, and flagged after a day', async () => {
    app = await manualDesk();
    await app.desk().refreshNow();
    const cache = app.desk().partsForTests.cache;
    const at = new Date('2026-07-01T00:00:00Z');
    await cache.put('orchestrations', {
      id: 'o-odd',
      status: 'HELD_FOR_REVIEW',
      source_asset: 'USDC',
      destination_asset: 'USD',
      source_amount: '5',
      created_at: at.toISOString(),
      updated_at: at.toISOString(),
    });
    expect(cache.inFlightOrchestrationIds()).toContain('o-odd');
    const soon = await app.desk().project(new Date(at.getTime() + 60_000), 0);
    expect(soon.recentOrchestrations.items.find((o) => o.id === 'o-odd')).toMatchObject({
      status: 'HELD_FOR_REVIEW',
      statusLabel: 'HELD_FOR_REVIEW',
      outcome: 'unknown',
    });
    expect(soon.needsALook).toEqual([]);
    const later = await app
      .desk()
      .project(new Date(at.getTime() + UNKNOWN_STATUS_LOOK_AFTER_MS + 1), 0);
    expect(later.needsALook).toEqual([
      expect.objectContaining({
        collection: 'orchestrations',
        id: 'o-odd',
        status: 'HELD_FOR_REVIEW',
        since: at.toISOString(),
      }),
    ]);
  });
});
