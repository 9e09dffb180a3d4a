// Simulator conversions between profiles for every pair the Convert screen offers (issue 26):
// stablecoin → stablecoin credits 1:1 at 6 decimals, stablecoin → USD cash is cut to 2 decimals
// (the rest is not converted), and a pair switched off by the entitlement switch is a 400 before
// anything moves.
import { describe, expect, it } from 'vitest';
import { SimClock } from '../../../main/simulator/clock';
import { NO_APPROVALS } from '../../../main/simulator/approvals';
import { setPairRefused } from '../../../main/simulator/handlers/mint';
import { createOrchestration } from '../../../main/simulator/handlers/orchestrations';
import { settle } from '../../../main/simulator/lifecycle';
import { QueryReader } from '../../../main/simulator/query';
import { seededRandom } from '../../../main/simulator/random';
import { SEED_IDS, seedState } from '../../../main/simulator/seed';
import type { JsonObject } from '../../../main/simulator/types';
import type { World } from '../../../main/simulator/world';

function world(): World {
  const clock = new SimClock(() => Date.parse('2026-05-01T14:00:00Z'));
  return {
    state: seedState(clock, true),
    clock,
    random: seededRandom(7),
    timing: { fiatApprovalMs: 1000, orchestrationStepMs: 100 },
    approvals: { ...NO_APPROVALS },
    pendingFailures: [],
    touch: () => undefined,
  };
}
const req = (body: unknown) => ({
  params: {},
  query: new QueryReader(new URLSearchParams()),
  body,
});
const profileOf = (w: World, id: string) => w.state.profiles.find((p) => p.data.id === id)!;
const convert = (ref: string, from: string, to: string, amount: string) => ({
  ref_id: ref,
  source_asset: from,
  destination_asset: to,
  source_amount: amount,
  source: { profile: { profile_id: SEED_IDS.defaultProfile } },
  destination: { profile: { profile_id: SEED_IDS.payrollProfile } },
});

describe('simulator conversions per pair', () => {
  it('PYUSD → USDG between two profiles credits 1:1 at 6 decimals', () => {
    const w = world();
    profileOf(w, SEED_IDS.defaultProfile).balances.PYUSD = '100.123456';
    const before = profileOf(w, SEED_IDS.payrollProfile).balances.USDG ?? '0';
    const o = createOrchestration(w, req(convert('c1', 'PYUSD', 'USDG', '100.123456')))
      .body as JsonObject;
    settle(w);
    const done = w.state.orchestrations.find((x) => x.data.id === o.id)!;
    expect(done.data.status).toBe('COMPLETED');
    expect(profileOf(w, SEED_IDS.defaultProfile).balances.PYUSD).toBe('0');
    expect(
      Number(profileOf(w, SEED_IDS.payrollProfile).balances.USDG) - Number(before),
    ).toBeCloseTo(100.123456, 6);
  });

  it('USDC → USD cash is cut to 2 decimals: 10.123456 credits 10.12', () => {
    const w = world();
    profileOf(w, SEED_IDS.defaultProfile).balances.USDC = '10.123456';
    const before = profileOf(w, SEED_IDS.payrollProfile).balances.USD ?? '0';
    createOrchestration(w, req(convert('c2', 'USDC', 'USD', '10.123456')));
    settle(w);
    const credited = Number(profileOf(w, SEED_IDS.payrollProfile).balances.USD) - Number(before);
    expect(credited.toFixed(6)).toBe('10.120000');
  });

  it('a pair switched off is a 400 naming it, and nothing moves', () => {
    const w = world();
    profileOf(w, SEED_IDS.defaultProfile).balances.PYUSD = '50';
    setPairRefused(w, 'PYUSD', 'USDG', true);
    let problem: { status?: number; detail?: string } = {};
    try {
      createOrchestration(w, req(convert('c3', 'PYUSD', 'USDG', '50')));
    } catch (error) {
      problem = error as typeof problem;
    }
    expect(problem.status).toBe(400);
    expect(problem.detail).toContain('PYUSD to USDG');
    expect(profileOf(w, SEED_IDS.defaultProfile).balances.PYUSD).toBe('50');
    expect(w.state.orchestrations.filter((o) => o.data.ref_id === 'c3')).toHaveLength(0);
    // The other direction stays enabled.
    profileOf(w, SEED_IDS.defaultProfile).balances.USDG = '5';
    expect(() => createOrchestration(w, req(convert('c4', 'USDG', 'PYUSD', '5')))).not.toThrow();
  });
});
