// Issue 26: a poll cycle's Paxos requests must not grow with what is in flight, whatever its
// kind: redemptions, redemptions into USD cash, conversions, mints, wires out, rules awaiting
// approval, expected and arriving incoming wires. The same desk is built with 1 of each kind and
// with 30 of each (120 orchestrations: more than one list page of 100), and every cycle the sync runs (light, light with a wire event, full) must ask
// exactly the same routes the same number of times. A lookup per item (a GET by id, a list by one
// id, a List Transfers per wire out) makes the two differ. `npm run bench` measures it at 1,000.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cycleRoutes,
  deskWithMix,
  inFlightKinds,
  wireEventCycleRoutes,
  type InFlightKind,
  type MixFixture,
} from './in-flight-mix';

const PER_KIND = 30;
const each = (n: number) =>
  Object.fromEntries(inFlightKinds.map((k) => [k, n])) as Record<InFlightKind, number>;

interface Costs {
  light: Record<string, number>;
  wireEvent: Record<string, number>;
  full: Record<string, number>;
}

async function costsOf(f: MixFixture): Promise<Costs> {
  const light = await cycleRoutes(f, 'events');
  const wireEvent = await wireEventCycleRoutes(f);
  const full = await cycleRoutes(f, 'full');
  return { light, wireEvent, full };
}

describe('poll cost per cycle with every kind in flight', () => {
  const fixtures: MixFixture[] = [];
  let small: Costs;
  let large: Costs;

  beforeAll(async () => {
    const few = await deskWithMix(each(1));
    fixtures.push(few);
    small = await costsOf(few);
    const many = await deskWithMix(each(PER_KIND));
    fixtures.push(many);
    large = await costsOf(many);
    console.info(
      'requests per cycle by route, 8 vs 240 in flight:',
      JSON.stringify({ small, large }),
    );
  }, 240_000);
  afterAll(async () => Promise.all(fixtures.map((f) => f.close())));

  it('a quiet light cycle asks the same routes, as often, with 8 or 240 items in flight', () => {
    expect(large.light).toEqual(small.light);
    // It does ask Paxos: one page of events (a cycle that asked nothing would pass trivially).
    expect(small.light['GET /v2/events']).toBe(1);
  });

  it('a light cycle whose events name a wire adds one List Transfers, whatever is in flight', () => {
    expect(large.wireEvent).toEqual(small.wireEvent);
    expect(small.wireEvent['GET /v2/transfer/transfers']).toBe(1);
  });

  it('a full refresh costs the same too', () => {
    expect(large.full).toEqual(small.full);
    expect(small.full['GET /v2/orchestration/rules']).toBe(1);
    expect(small.full['GET /v2/transfer/transfers']).toBe(1);
  });

  it('no cycle reads any record by its id', () => {
    for (const costs of [small, large])
      for (const routes of Object.values(costs))
        expect(Object.keys(routes).filter((route) => route.endsWith('{id}'))).toEqual([]);
  });

  it('the cycle that sees them end reads the credited legs of all conversions in one list, not one GET each', async () => {
    const f = fixtures[1]!;
    f.sim.control.settle();
    const routes = await cycleRoutes(f, 'events');
    const conversions = 3 * PER_KIND; // into cash, stablecoin ↔ stablecoin, mint
    const ended = f
      .desk()
      .intentsIn(['completed'])
      .filter((i) => i.kind === 'create_conversion');
    // Each one completed, its credited amount checked (as confirmed: no alert).
    expect(ended).toHaveLength(conversions);
    expect(ended.filter((i) => i.lastError ?? i.alert)).toEqual([]);
    expect(routes['GET /v2/transfer/transfers/{id}']).toBeUndefined();
    // The money-in step's one list (wire events) and one list by ids per 100 legs.
    expect(routes['GET /v2/transfer/transfers']).toBe(1 + Math.ceil(conversions / 100));
    expect(f.desk().records.inFlightOrchestrationIds()).toEqual([]);
    expect(f.desk().intentsIn(['submitted'])).toEqual([]);
  });
});
