// A desk with many items in flight across every kind the sync follows, for the poll-cost test
// and `npm run bench` (bench/poll-kinds.ts): what the desk sends goes through its own outbox (so
// the intents that follow Paxos records are the desk's), Paxos's lifecycles frozen (hour-long
// steps, nothing advancing by itself) so nothing ends while cycles are counted.
import { SEED_IDS } from '../../../main/simulator/seed';
import type { IntentKind, IntentPayloads } from '../../../main/desk';
import { manualDesk, redemptionBody } from './desk-fixture';

export type MixFixture = Awaited<ReturnType<typeof manualDesk>>;

const HOUR = 3_600_000;

/** An outbox kind and the body it is sent with. */
type Send = { [K in IntentKind]: { kind: K; payload: IntentPayloads[K] } }[IntentKind];

const conversion = (
  from: string,
  to: string,
  toProfile: string = SEED_IDS.defaultProfile,
): Send => ({
  kind: 'create_conversion',
  payload: {
    source_asset: from,
    destination_asset: to,
    source_amount: '1.00',
    source: { profile: { profile_id: SEED_IDS.defaultProfile } },
    destination: { profile: { profile_id: toProfile } },
  },
});

/** Every kind of item in flight, and how the desk starts one. */
export const IN_FLIGHT_KINDS = {
  /** Stablecoin → USD wired to a bank: an orchestration. */
  redemption: (): Send => ({ kind: 'create_orchestration', payload: redemptionBody('1.00') }),
  /** Stablecoin → USD kept in a profile: an orchestration to a profile. */
  'redeem into cash': () => conversion('USDC', 'USD'),
  /** Stablecoin ↔ stablecoin (its credited amount is checked on completion). */
  conversion: () => conversion('PYUSD', 'USDG', SEED_IDS.payrollProfile),
  /** USD → stablecoin. */
  mint: () => conversion('USD', 'USDC', SEED_IDS.payrollProfile),
  /** USD cash wired out: a WIRE_WITHDRAWAL transfer, PENDING until the wire is sent. */
  'wire out': (): Send => ({
    kind: 'create_fiat_withdrawal',
    payload: {
      profile_id: SEED_IDS.defaultProfile,
      fiat_account_id: SEED_IDS.operatingBankAccount,
      asset: 'USD',
      amount: '1.00',
    },
  }),
  /** A Convert & Hold rule waiting for approval at Paxos (rules have no events). */
  'rule (pending approval)': (): Send => ({
    kind: 'create_rule',
    payload: {
      profile_id: SEED_IDS.operatingProfile,
      nickname: 'Hold USDC deposits as USDG',
      source_asset: 'USDC',
      destination_asset: 'USDG',
      source: { crypto: { network: 'ETHEREUM' } },
      destination: { profile: { profile_id: SEED_IDS.operatingProfile } },
    },
  }),
  /** A wire the operator expects in (noted against the profile's wire instructions). */
  'expected incoming wire': 'local',
  /** A wire deposit that arrived at Paxos and is not credited yet (PENDING). */
  'incoming wire (pending)': 'paxos',
} as const;
export type InFlightKind = keyof typeof IN_FLIGHT_KINDS;
export const inFlightKinds = Object.keys(IN_FLIGHT_KINDS) as InFlightKind[];

/** `total` spread over the kinds as evenly as it goes (the first kinds take the remainder). */
export function spread(total: number): Record<InFlightKind, number> {
  const n = inFlightKinds.length;
  return Object.fromEntries(
    inFlightKinds.map((kind, i) => [kind, Math.floor(total / n) + (i < total % n ? 1 : 0)]),
  ) as Record<InFlightKind, number>;
}

/** Requests that count against Paxos's rate limit, by route: tokens and simulator control left out. */
export function apiRoutes(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(counts)
      .filter(([route]) => !route.includes('oauth') && !route.includes('/simulator/'))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

export const sum = (routes: Record<string, number>) =>
  Object.values(routes).reduce((a, b) => a + b, 0);

/** What the desk holds as in flight, per kind, read back from its own state (not assumed). */
export function inFlightSeen(f: MixFixture): Record<InFlightKind, number> {
  const desk = f.desk();
  const submitted = desk.intentsIn(['submitted']);
  const inFlightIds = new Set(desk.records.inFlightOrchestrationIds());
  const following = (kind: IntentKind, match: (p: Record<string, unknown>) => boolean) =>
    submitted.filter(
      (i) =>
        i.kind === kind &&
        match(i.payload as Record<string, unknown>) &&
        (kind === 'create_fiat_withdrawal' || inFlightIds.has(String(i.result?.paxosId))),
    ).length;
  const slice = desk.incoming.slice(new Date());
  return {
    redemption: following('create_orchestration', () => true),
    'redeem into cash': following('create_conversion', (p) => p.destination_asset === 'USD'),
    conversion: following('create_conversion', (p) => p.source_asset === 'PYUSD'),
    mint: following('create_conversion', (p) => p.source_asset === 'USD'),
    'wire out': following('create_fiat_withdrawal', () => true),
    // A rule's request is done once Paxos accepts it; the rule itself waits at Paxos.
    'rule (pending approval)': desk
      .intentsIn(['completed'])
      .filter(
        (i) =>
          i.kind === 'create_rule' &&
          desk.partsForTests.cache.statusOf('rules', String(i.result?.paxosId)) === 'PENDING',
      ).length,
    'expected incoming wire': slice.expected.filter((e) => !e.matchedTransferId).length,
    'incoming wire (pending)': slice.wires.filter((w) => w.status.toUpperCase() === 'PENDING')
      .length,
  };
}

/**
 * A desk whose sync runs only when asked, with `counts[kind]` items of each kind in flight,
 * started the operator's way (outbox: ref_id written first, one POST each), then one full
 * refresh so the desk knows them all. Throws when the desk does not see exactly that many.
 */
export async function deskWithMix(counts: Record<InFlightKind, number>): Promise<MixFixture> {
  const f = await manualDesk({
    simulator: {
      autoAdvance: false,
      rateLimits: { enabled: false },
      timing: { fiatApprovalMs: HOUR, orchestrationStepMs: HOUR, wireDepositMs: HOUR },
      approvals: { rules: { mode: 'manual' } },
    },
  });
  try {
    const desk = f.desk();
    await desk.refreshNow(); // balances and accounts in the cache: the prechecks read them
    for (const kind of inFlightKinds) {
      const start = IN_FLIGHT_KINDS[kind];
      if (typeof start !== 'function') continue;
      for (let i = 0; i < counts[kind]; i += 1) {
        const { kind: intentKind, payload } = start();
        await desk.enqueue(intentKind, payload);
      }
    }
    const flushed = await desk.flush();
    if (flushed.stoppedOffline) throw new Error('the flush stopped: Paxos unreachable');
    const expected = counts['expected incoming wire'];
    const arriving = counts['incoming wire (pending)'];
    if (expected + arriving > 0) await desk.incoming.instructions(SEED_IDS.defaultProfile, 'ABA');
    for (let i = 0; i < expected; i += 1)
      await desk.incoming.noteExpected({
        profileId: SEED_IDS.defaultProfile,
        routingType: 'ABA',
        amount: '1000.00',
        expectedOn: '2030-01-02',
        note: `Expected wire ${i + 1}`,
      });
    for (let i = 0; i < arriving; i += 1)
      await desk.incoming.simulateWire(SEED_IDS.defaultProfile, 'ABA', '7.00');
    await desk.refreshNow();
    const seen = inFlightSeen(f);
    const wrong = inFlightKinds.filter((kind) => seen[kind] !== counts[kind]);
    if (wrong.length > 0)
      throw new Error(
        `in flight, asked → seen: ${wrong.map((k) => `${k} ${counts[k]} → ${seen[k]}`).join(', ')}`,
      );
    return f;
  } catch (error) {
    await f.close();
    throw error;
  }
}

/** The API requests of one cycle of `kind`, by route. */
export async function cycleRoutes(
  f: MixFixture,
  kind: 'full' | 'events',
): Promise<Record<string, number>> {
  f.sim.control.resetCounts();
  await f.desk().sync(kind);
  return apiRoutes(f.sim.control.counts());
}

/**
 * A light cycle whose events name a wire (one more incoming wire arrives): it runs the money-in
 * step, whose one List Transfers also reads every wire out the desk follows.
 */
export async function wireEventCycleRoutes(f: MixFixture): Promise<Record<string, number>> {
  await f.desk().incoming.simulateWire(SEED_IDS.defaultProfile, 'ABA', '3.00');
  return cycleRoutes(f, 'events');
}
