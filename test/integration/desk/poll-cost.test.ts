// The sync engine's API cost per poll cycle must not grow with the number of redemptions in
// flight: it reads the Events API and lists what changed, never one GET per orchestration.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualDesk, redemptionBody } from './desk-fixture';

type Fixture = Awaited<ReturnType<typeof manualDesk>>;

async function withInFlight(count: number): Promise<Fixture> {
  const f = await manualDesk({
    simulator: {
      autoAdvance: false,
      rateLimits: { enabled: false },
      timing: { fiatApprovalMs: 3_600_000, orchestrationStepMs: 3_600_000 },
    },
  });
  const client = f.desk().partsForTests.client!;
  for (let i = 0; i < count; i += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, count - i) }, () =>
        client.createOrchestration({ ...redemptionBody('1.00'), ref_id: `load-${randomUUID()}` }),
      ),
    );
  }
  await f.desk().refreshNow();
  expect(f.desk().records.inFlightOrchestrationIds().length).toBe(count);
  return f;
}

function apiRequests(counts: Record<string, number>): number {
  return Object.entries(counts)
    .filter(([route]) => !route.includes('oauth') && !route.includes('/simulator/'))
    .reduce((sum, [, n]) => sum + n, 0);
}

describe('poll cost per cycle', () => {
  const costs = new Map<number, { light: number; full: number; routes: Record<string, number> }>();
  const fixtures: Fixture[] = [];

  beforeAll(async () => {
    for (const inFlight of [1, 100, 1000]) {
      const f = await withInFlight(inFlight);
      fixtures.push(f);
      f.sim.control.resetCounts();
      await f.desk().sync('events');
      const light = f.sim.control.counts();
      f.sim.control.resetCounts();
      await f.desk().sync('full');
      const full = f.sim.control.counts();
      costs.set(inFlight, { light: apiRequests(light), full: apiRequests(full), routes: light });
    }
    console.info(
      'API requests per cycle by in-flight count:',
      JSON.stringify([...costs].map(([n, c]) => ({ inFlight: n, light: c.light, full: c.full }))),
    );
  }, 180_000);
  afterAll(async () => Promise.all(fixtures.map((f) => f.close())));

  it('a light cycle costs the same with 1, 100 and 1,000 redemptions in flight', () => {
    const light = [1, 100, 1000].map((n) => costs.get(n)!.light);
    expect(light[0]).toBeGreaterThan(0);
    expect(new Set(light).size).toBe(1);
    expect(
      Object.keys(costs.get(1000)!.routes).some((route) =>
        /orchestrations\/[0-9a-f-]{36}$/.test(route),
      ),
    ).toBe(false);
  });

  it('a full refresh costs the same too (one status-filtered list covers up to 1,000 in flight)', () => {
    const full = [1, 100, 1000].map((n) => costs.get(n)!.full);
    expect(new Set(full).size).toBe(1);
    expect(full[0]).toBeLessThan(20);
  });

  it('picks up 1,000 completions with one list call per 100 changed orchestrations (10), never one GET each', async () => {
    const f = fixtures[2]!;
    f.sim.control.settle();
    f.sim.control.resetCounts();
    await f.desk().sync('events');
    expect(f.desk().records.inFlightOrchestrationIds().length).toBe(0);
    // Each of the 1,000 produced three events (wire pending, wire completed, orchestration
    // completed). Events are read 100 per call through page_cursor (2026); the walk starts at
    // the stored mark (gte), so a few already-seen events at the mark are read again: at most
    // ceil(3000 / 99) + 1 calls. Then one List Orchestrations per 100 changed ids and the one
    // touched profile's balances.
    const counts = f.sim.control.counts();
    expect(counts['GET /v2/events']).toBeLessThanOrEqual(Math.ceil(3000 / 99) + 1);
    expect(counts['GET /v2/orchestration/orchestrations']).toBe(1000 / 100);
    expect(Object.keys(counts).some((route) => /orchestrations\/[0-9a-f-]{36}$/.test(route))).toBe(
      false,
    );
  });
});
