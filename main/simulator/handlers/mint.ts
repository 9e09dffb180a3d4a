// Minting and converting between profiles in the simulator, and Convert & Hold wires:
//   - entitlements: which pairs this entity may convert is Paxos's entitlement; a pair switched
//     off here is answered 400 (orchestrations and rules alike), naming the pair;
//   - precision: what a conversion credits is 1:1 cut to the fewer decimals of the pair
//     (shared/conversion.ts); `shortCreditNext` makes the next conversions credit less, so a
//     test can see the desk catch a credited amount that is not the confirmed one;
//   - a USD wire quoting a Convert & Hold rule's memo: a WIRE_DEPOSIT transfer, and, while the
//     rule is ACTIVE, a rule-made mint orchestration (system ref_id, orchestration_rule_id, a
//     fiat source) crediting the stablecoin to the rule's profile. Not ACTIVE: the USD is credited
//     unconverted, as Paxos documents for a deleted rule.
// Knobs live beside the world (not in its persisted state): they are test switches.
import { expectedCredit } from '../../../shared/conversion';
import { addAmounts, compareAmounts, subtractAmounts } from '../../../shared/money';
import { isObj } from '../body';
import { checkSourceAmount } from './amounts';
import { badRequest, notFound, SimProblem } from '../problems';
import { failReasonFor, newOrchestration, newTransfer } from '../records';
import type { Route } from '../router';
import { findProfile } from '../store';
import type { JsonObject } from '../types';
import { emitTransferEvent, newId, type World } from '../world';

interface MintKnobs {
  /** "USD>PYUSD": pairs this entity may not convert. */
  refused: Set<string>;
  /** Amounts the next conversions credit short by, one each. */
  shortCredits: string[];
}
const knobs = new WeakMap<World, MintKnobs>();

function knobsOf(world: World): MintKnobs {
  let k = knobs.get(world);
  if (!k) {
    k = { refused: new Set(), shortCredits: [] };
    knobs.set(world, k);
  }
  return k;
}

const pairKey = (from: string, to: string) => `${from.toUpperCase()}>${to.toUpperCase()}`;

/** Switch a pair off (or on again) for this entity. */
export function setPairRefused(world: World, from: string, to: string, refused: boolean): void {
  if (refused) knobsOf(world).refused.add(pairKey(from, to));
  else knobsOf(world).refused.delete(pairKey(from, to));
}

/** The next conversion credits `by` less than 1:1 would (a test of the desk's credited check). */
export function shortCreditNext(world: World, by: string): void {
  knobsOf(world).shortCredits.push(by);
}

/** 400 for a pair this entity is not entitled to, as Paxos answers it. */
export function checkEntitlement(world: World, from: string, to: string): void {
  if (from === to || !knobsOf(world).refused.has(pairKey(from, to))) return;
  throw new SimProblem(
    400,
    'Bad Request',
    `conversion from ${from} to ${to} is not enabled for this account`,
    'about:blank',
    { field: 'destination_asset', source_asset: from, destination_asset: to },
  );
}

/** What a conversion of `amount` credits: 1:1 at the pair's precision (less a test's shortfall). */
export function creditFor(world: World, amount: string, from: string, to: string): string {
  const credit = expectedCredit(amount, from, to);
  const short = knobsOf(world).shortCredits.shift();
  if (!short) return credit;
  const less = subtractAmounts(credit, short);
  return compareAmounts(less, '0') > 0 ? less : '0';
}

/** A USD wire arrives quoting `memo_id`: converted by the rule whose memo it is, if ACTIVE. */
export function wireDeposit(
  world: World,
  input: { memo_id: string; amount: string },
): { transfer: JsonObject; orchestration: JsonObject | null } {
  const rule = world.state.rules.find((r) => {
    const fiat = isObj(r.data.source) && isObj(r.data.source.fiat) ? r.data.source.fiat : {};
    return fiat.memo_id === input.memo_id;
  });
  if (!rule) throw notFound(`no orchestration rule quotes memo ${input.memo_id}`);
  const fiat = (rule.data.source as JsonObject).fiat as JsonObject;
  const amount = checkSourceAmount(input.amount, 'USD', 'amount');
  const deposit = newTransfer(world, {
    profileId: rule.data.profile_id,
    amount,
    asset: 'USD',
    direction: 'CREDIT',
    type: 'WIRE_DEPOSIT',
    extra: { memo: input.memo_id },
  });
  emitTransferEvent(world, deposit.data);
  const asset = String(rule.data.destination_asset);
  const destination = isObj(rule.data.destination) ? rule.data.destination : {};
  const to = isObj(destination.profile)
    ? String(destination.profile.profile_id)
    : rule.data.profile_id;
  if (rule.data.status !== 'ACTIVE') {
    const profile = findProfile(world.state, rule.data.profile_id);
    if (profile) profile.balances.USD = addAmounts(profile.balances.USD ?? '0', amount);
    deposit.data.status = 'COMPLETED';
    emitTransferEvent(world, deposit.data);
    world.touch();
    return { transfer: deposit.data, orchestration: null };
  }
  const id = newId();
  const orchestration = newOrchestration(world, {
    id,
    refId: `orchestration_id.${id}`,
    profileId: rule.data.profile_id,
    ruleId: rule.data.id,
    sourceAsset: 'USD',
    destinationAsset: asset,
    amount,
    source: {
      fiat: { deposit_instructions_id: String(fiat.deposit_instructions_id), memo: input.memo_id },
    },
    destination: { profile: { profile_id: to } },
    sourceTransfer: deposit,
    failReason: failReasonFor(world, undefined),
    credit: { profileId: to, asset, amount: creditFor(world, amount, 'USD', asset) },
  });
  // The USD came in from outside: nothing to give back to the profile if the mint fails but
  // the USD itself (refund is the source asset into the rule's profile).
  world.touch();
  return { transfer: deposit.data, orchestration: orchestration.data };
}

type RouteMaker = (method: Route['method'], path: string, handler: Route['handler']) => Route;

/**
 * Simulator-only control (under /v2/simulator/):
 *   POST /entitlements  { source_asset, destination_asset, refused: boolean }
 *   POST /short-credit  { by: "0.01" }   the next conversion credits that much less
 *   POST /wire-deposits { memo_id, amount }  a USD wire quoting a Convert & Hold memo
 */
export function mintControlRoutes(route: RouteMaker): Route[] {
  const body = (b: unknown): Record<string, unknown> => (isObj(b) ? b : {});
  const text = (b: Record<string, unknown>, key: string) => {
    const v = b[key];
    if (typeof v !== 'string' || !v) throw badRequest(`${key} must be set`, key);
    return v;
  };
  return [
    route('POST', '/entitlements', (world, req) => {
      const b = body(req.body);
      setPairRefused(
        world,
        text(b, 'source_asset'),
        text(b, 'destination_asset'),
        b.refused !== false,
      );
      return { status: 200, body: { refused: [...knobsOf(world).refused] } };
    }),
    route('POST', '/short-credit', (world, req) => {
      shortCreditNext(world, text(body(req.body), 'by'));
      return { status: 200, body: { ok: true } };
    }),
    route('POST', '/wire-deposits', (world, req) => {
      const b = body(req.body);
      return {
        status: 200,
        body: wireDeposit(world, { memo_id: text(b, 'memo_id'), amount: text(b, 'amount') }),
      };
    }),
  ];
}
