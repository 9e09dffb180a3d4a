// Poll cost across every kind in flight (issue 26): the Paxos requests of each sync cycle, by
// route, with 10, 100 and 1,000 items in flight spread over redemptions, redemptions into USD
// cash, conversions, mints, wires out, rules awaiting approval, expected and arriving incoming
// wires (test/integration/desk/in-flight-mix.ts builds the desk; poll-cost.ts measures
// redemptions alone against a naive poller). Flat means the same routes, as often, at every size.
import {
  cycleRoutes,
  deskWithMix,
  inFlightKinds,
  spread,
  sum,
  wireEventCycleRoutes,
  type InFlightKind,
  type MixFixture,
} from '../test/integration/desk/in-flight-mix';
import { fmtCount, fmtMs, median, row, timeMs, type GroupOptions, type GroupResult } from './stats';

type Routes = Record<string, number>;

const SIZES = [10, 100, 1000];

/** "events 1 · orchestration/rules 1": the route without its method and API prefix. */
function byRoute(routes: Routes): string {
  const parts = Object.entries(routes).map(
    ([route, n]) => `${route.replace(/^GET \/v2\//, '')} ${fmtCount(n)}`,
  );
  return `**${fmtCount(sum(routes))}**: ${parts.join(' · ') || 'none'}`;
}

function byKind(counts: Record<InFlightKind, number>): string {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return `**${fmtCount(total)}**: ${inFlightKinds.map((k) => `${k} ${counts[k]}`).join(' · ')}`;
}

const sameRoutes = (a: Routes, b: Routes) => JSON.stringify(a) === JSON.stringify(b);

/** Runs `cycle` `runs` times; its routes (the same every run, or it throws) and median time. */
async function repeated(runs: number, cycle: () => Promise<Routes>) {
  let routes: Routes | undefined;
  const ms: number[] = [];
  for (let r = 0; r < runs; r += 1) {
    let these: Routes = {};
    ms.push(await timeMs(async () => (these = await cycle())));
    if (routes && !sameRoutes(routes, these))
      throw new Error(
        `a cycle's requests changed between runs: ${byRoute(routes)} then ${byRoute(these)}`,
      );
    routes = these;
  }
  return { routes: routes!, ms: median(ms) };
}

async function measureAt(total: number, quick: boolean) {
  const counts = spread(total);
  const built = performance.now();
  const f: MixFixture = await deskWithMix(counts);
  const setupS = (performance.now() - built) / 1000;
  try {
    const runs = quick ? 3 : 7;
    await cycleRoutes(f, 'events'); // warm-up
    const light = await repeated(runs, () => cycleRoutes(f, 'events'));
    // Each run brings one more incoming wire (the event that makes the cycle list transfers).
    const wireEvent = await repeated(runs, () => wireEventCycleRoutes(f));
    const full = await repeated(quick ? 2 : 3, () => cycleRoutes(f, 'full'));
    // Then everything that can end does (rules wait for a decision; expected wires are local).
    f.sim.control.settle();
    const ended = f.desk().records.inFlightOrchestrationIds().length + counts['wire out'];
    const completion = await repeated(1, () => cycleRoutes(f, 'events'));
    return { counts, setupS, light, wireEvent, full, completion, ended };
  } finally {
    await f.close();
  }
}

export async function pollKindsCost({ quick }: Pick<GroupOptions, 'quick'>): Promise<GroupResult> {
  const rows = [];
  const measured: Awaited<ReturnType<typeof measureAt>>[] = [];
  for (const total of SIZES) {
    const m = await measureAt(total, quick);
    measured.push(m);
    const size = `${fmtCount(total)} in flight`;
    const inFlight = byKind(m.counts);
    rows.push(
      row('Light cycle, nothing changed', size, byRoute(m.light.routes), inFlight),
      row('Light cycle whose events name a wire', size, byRoute(m.wireEvent.routes), inFlight),
      row('Full refresh', size, byRoute(m.full.routes), inFlight),
      row(
        'Cycle time, median: light · wire event · full',
        size,
        `${fmtMs(m.light.ms)} · ${fmtMs(m.wireEvent.ms)} · ${fmtMs(m.full.ms)}`,
        '—',
      ),
      row(
        'The cycle that sees them end',
        size,
        `${byRoute(m.completion.routes)} (${fmtMs(m.completion.ms)})`,
        `**${fmtCount(m.ended)}** ended`,
      ),
    );
  }
  const flat = (pick: (m: (typeof measured)[number]) => Routes) =>
    measured.every((m) => sameRoutes(pick(m), pick(measured[0]!))) ? 'flat' : 'NOT FLAT';
  return {
    title: 'Poll cost with every kind in flight',
    columns: {
      ours: 'API requests per cycle: total, by route',
      baseline: 'Items in flight: total, by kind',
    },
    rows,
    headlines: [],
    notes: [
      `Across ${SIZES.map(fmtCount).join(', ')} in flight the requests of each cycle, route by route: ` +
        `light ${flat((m) => m.light.routes)}, light with a wire event ${flat((m) => m.wireEvent.routes)}, ` +
        `full ${flat((m) => m.full.routes)}. "Flat" is computed from the counts above, not assumed.`,
      'Every item is started the way the desk starts it (outbox: ref_id written first, one POST), except expected ' +
        "incoming wires (noted locally against the profile's wire instructions) and arriving ones (the sandbox " +
        'deposit). Rules wait in PENDING approval; lifecycles are frozen (hour-long steps) while cycles are counted. ' +
        `Setup took ${measured.map((m) => `${m.setupS.toFixed(0)} s`).join(', ')}.`,
      'Requests are those the simulator counts per route, OAuth tokens and simulator control left out. A light ' +
        'cycle reads the Events API; one whose events name a wire in or out also reads the one List Transfers ' +
        '(WIRE_DEPOSIT and WIRE_WITHDRAWAL together, 1,000 a page), which settles wires out and matches wires in. ' +
        'A full refresh reads profiles, balances per profile (3 here), bank accounts, rules, in-flight ' +
        'orchestrations (one status-filtered list, 1,000 a page), events and transfers.',
      'The cycle that sees them end is not flat, by nature: events pages (3 events per orchestration, ~100 a ' +
        "page), one List Orchestrations per 100 changed, the touched profiles' balances, and the credited legs " +
        'of ended conversions (one List Transfers by ids per 100). Rules stay PENDING (no decision) and expected ' +
        'wires stay expected; arriving wires are credited.',
      `Light and wire-event cycles are repeated ${quick ? 3 : 7} times, full ${quick ? 2 : 3}: a cycle whose ` +
        'requests differed between runs would stop the benchmark.',
    ],
  };
}
