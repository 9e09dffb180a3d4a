// Issue 26 in the adversarial model: conversions between stablecoins (PYUSD → USDG, USDG →
// USDC, ..., into the same or another profile) and wires out of USD cash (Create Fiat
// Withdrawal, the fee on top or deducted) go through the same bridge handlers and fault proxy as
// the redemptions, with faults of their own: a wire out's answer lost after Paxos made it, its
// request lost before, List Transfers' ref_ids lookups lagging, 409s without meta, the
// simulator ignoring a withdrawal's ref_ids filter, wire-out creates held back until after the
// operator abandoned them, outgoing wires failing, time passing at Paxos (wires end on business
// days), a pair's entitlement switched off and on. Drawn on a seeded stream of its own (seed +
// 5), so the operator's other actions, the mints and the proxy's faults of a seed keep their
// sequence. The model's operator actions (cancel, abandon, confirm, resubmit, restart,
// environment switch) reach these requests like any other.
// What it adds to the model's invariants: each decision's `differs`, the field-by-field check of
// the Paxos record it landed as, used by the model's "nothing completed without Paxos's terminal
// success record matching what was asked"; wires out are held to one transfer per ref_id.
import { amountsEqual } from '../../shared/money';
import { SEED_IDS, type RunningSimulator } from '../../main/simulator';
import { seededRandom } from '../../main/simulator/random';
import type { FaultProxy, ProxyFaults } from './fault-proxy';

type Result = { ok: boolean; value?: unknown; error?: { code: string } };
type Bridge = Record<string, (input?: unknown) => Promise<Result>>;
type PaxosRecord = Record<string, unknown>;

/** A decision the operator made, as the model follows it. */
export interface Ask {
  /** The bridge call that sends it again exactly as it was (an abandoned one keeps its ref_id). */
  again(bridge: Bridge): Promise<Result>;
  /** How the Paxos record it landed as differs from it (undefined: as asked). */
  differs(record: PaxosRecord): string | undefined;
}

export interface ConversionAsk {
  fromProfileId: string;
  fromAsset: 'USD' | Stablecoin;
  toProfileId: string;
  toAsset: Stablecoin;
  amount: string;
}
export interface WireOutAsk {
  profileId: string;
  fiatAccountId: string;
  amount: string;
  feeMode: 'on_top' | 'deducted';
}

const STABLECOINS = ['USDC', 'USDG', 'PYUSD'] as const;
type Stablecoin = (typeof STABLECOINS)[number];

const at = (record: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>(
    (value, key) =>
      value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
    record,
  );
const sameAmount = (answered: unknown, asked: string) =>
  typeof answered === 'string' && amountsEqual(answered, asked);
/** The first of `checks` ([field, as asked?]) that fails, named. */
const firstDiffering = (record: PaxosRecord, checks: [string, boolean][]) =>
  checks.find(([, ok]) => !ok)?.[0]?.concat(` ${JSON.stringify(record)}`);

/** A conversion (a mint included): assets, amount, both profiles. */
export function conversionAsk(ask: ConversionAsk): Ask {
  return {
    again: (bridge) => bridge.submitConversion!(ask),
    differs: (o) =>
      firstDiffering(o, [
        ['source_asset', o.source_asset === ask.fromAsset],
        ['destination_asset', o.destination_asset === ask.toAsset],
        ['source_amount', sameAmount(o.source_amount, ask.amount)],
        ['source profile', at(o, 'source', 'profile', 'profile_id') === ask.fromProfileId],
        ['destination profile', at(o, 'destination', 'profile', 'profile_id') === ask.toProfileId],
      ]),
  };
}

/** A redemption into a bank account: asset, amount, profile, bank account. */
export function redemptionAsk(ask: {
  profileId: string;
  asset: string;
  amount: string;
  fiatAccountId: string;
}): Ask {
  return {
    again: (bridge) => bridge.submitRedemption!(ask),
    differs: (o) =>
      firstDiffering(o, [
        ['source_asset', o.source_asset === ask.asset],
        ['destination_asset', o.destination_asset === 'USD'],
        ['source_amount', sameAmount(o.source_amount, ask.amount)],
        ['source profile', at(o, 'source', 'profile', 'profile_id') === ask.profileId],
        ['bank account', at(o, 'destination', 'fiat', 'bank_account_id') === ask.fiatAccountId],
      ]),
  };
}

/** A wire out: a WIRE_WITHDRAWAL from the profile to the bank account, the figure in its fee mode. */
export function wireOutAsk(ask: WireOutAsk): Ask {
  return {
    again: (bridge) => bridge.submitFiatWithdrawal!(ask),
    differs: (t) =>
      firstDiffering(t, [
        ['type', String(t.type).toUpperCase() === 'WIRE_WITHDRAWAL'],
        ['profile', t.profile_id === ask.profileId],
        ['bank account', t.fiat_account_id === ask.fiatAccountId],
        [
          ask.feeMode === 'on_top' ? 'amount' : 'total',
          sameAmount(t[ask.feeMode === 'on_top' ? 'amount' : 'total'], ask.amount),
        ],
      ]),
  };
}

export interface MovesDeps {
  seed: number;
  sim: RunningSimulator;
  proxy: FaultProxy;
  bridge: () => Bridge;
  inDemo: () => boolean;
  /** A decision the desk acknowledged: the model follows it like a redemption. */
  register(id: string, refId: string, ask: Ask, kind: 'conversion' | 'wireOut'): void;
  /** Wires out waiting for the operator after an attempt (what the screen offers to abandon). */
  waitingWireOuts(): string[];
  /** The operator's abandon, as the model does it. */
  abandon(id: string): Promise<void>;
  count(bucket: 'actions' | 'faults' | 'outcomes', key: string): void;
}

const WIRE_OUT = '/transfer/fiat-withdrawals';
const withdrawals = { method: 'POST', path: '/fiat-withdrawals' };

export function movesActor(deps: MovesDeps) {
  const random = seededRandom(deps.seed + 5);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const figure = (from: number, span: number) =>
    `${from + Math.floor(random() * span)}.${String(Math.floor(random() * 100)).padStart(2, '0')}`;
  const control = (path: string, body: unknown) =>
    fetch(`${deps.sim.url}/simulator/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const refused = new Set<string>();

  const convert = async () => {
    const fromAsset = pick(STABLECOINS);
    const ask: ConversionAsk = {
      fromProfileId: SEED_IDS.defaultProfile,
      fromAsset,
      toProfileId: random() < 0.5 ? SEED_IDS.payrollProfile : SEED_IDS.defaultProfile,
      toAsset: pick(STABLECOINS.filter((a) => a !== fromAsset)),
      amount: figure(1, 90),
    };
    const r = await deps.bridge().submitConversion!(ask);
    deps.count('outcomes', r.ok ? 'convert:ok' : `convert:${r.error?.code}`);
    if (!r.ok) return;
    deps.count('actions', 'convert');
    const v = r.value as { id: string; refId: string };
    deps.register(v.id, v.refId, conversionAsk(ask), 'conversion');
  };

  const wireOut = async () => {
    const ask: WireOutAsk = {
      profileId: SEED_IDS.defaultProfile,
      fiatAccountId: SEED_IDS.operatingBankAccount,
      amount: figure(30, 170), // above the 25.00 fee, so "fee deducted" leaves something to send
      feeMode: random() < 0.5 ? 'on_top' : 'deducted',
    };
    const r = await deps.bridge().submitFiatWithdrawal!(ask);
    deps.count('outcomes', r.ok ? 'wireOut:ok' : `wireOut:${r.error?.code}`);
    if (!r.ok) return;
    deps.count('actions', 'wireOut');
    const v = r.value as { id: string; refId: string };
    deps.register(v.id, v.refId, wireOutAsk(ask), 'wireOut');
  };

  /** One fault aimed at wires out (the model's own stream aims at every create and lookup). */
  const faults: [string, () => void][] = [
    [
      'wireOut:answerLost',
      () => deps.sim.control.setFaults({ drop: { count: 1, when: 'after', match: withdrawals } }),
    ],
    [
      'wireOut:requestLost',
      () => deps.sim.control.setFaults({ drop: { count: 1, when: 'before', match: withdrawals } }),
    ],
    [
      'wireOut:dropAnswer',
      () => deps.proxy.set({ dropAnswer: { method: 'POST', path: WIRE_OUT, count: 1 } }),
    ],
    [
      'wireOut:lagRefIds',
      () =>
        deps.proxy.set({
          lagRefIdReads: { path: '/transfer/transfers', count: 1 + Math.floor(random() * 6) },
        }),
    ],
    [
      'wireOut:409NoMeta',
      () => deps.proxy.set({ status: { method: 'POST', path: WIRE_OUT, status: 409, count: 1 } }),
    ],
    [
      'wireOut:stripMeta',
      () => deps.proxy.set({ stripMeta: { path: WIRE_OUT, count: 1 + Math.floor(random() * 3) } }),
    ],
    ['wireOut:refIdsIgnored', () => deps.sim.control.ignoreTransferRefIds(random() < 0.6)],
    [
      'wireOut:lateDelivery',
      () =>
        deps.proxy.set({
          lateDelivery: { method: 'POST', path: WIRE_OUT, count: 1, hold: true },
          status: { method: 'POST', path: WIRE_OUT, status: 401, after: 1, count: 2 },
        } satisfies ProxyFaults),
    ],
    ['wireOut:fails', () => deps.sim.control.failNextOutgoingWires(1)],
  ];

  /**
   * The operator gives up a wire out that waits for them after an attempt: with a held create
   * (lateDelivery) this is how a wire out lands at Paxos after it was abandoned, the case the
   * stray check must alert on (the model's own abandon rarely picks a wire out).
   */
  const giveUp = async () => {
    const id = deps.waitingWireOuts().length > 0 ? pick(deps.waitingWireOuts()) : undefined;
    if (id) await deps.abandon(id);
  };

  const fault = () => {
    const [name, inject] = pick(faults);
    deps.count('faults', name);
    inject();
  };

  /** Business days pass at Paxos: pending wires out end (and orchestrations move on). */
  const timePasses = () => {
    deps.sim.control.tick(pick([26, 74]) * 3_600_000);
    deps.count('outcomes', 'paxosDaysPassed');
  };

  /** A pair's entitlement switched off (Paxos answers 400) or back on. */
  const entitlement = async () => {
    const from = pick(STABLECOINS);
    const to = pick(STABLECOINS.filter((a) => a !== from));
    const key = `${from}>${to}`;
    const refuse = !refused.has(key);
    const answer = await control('entitlements', {
      source_asset: from,
      destination_asset: to,
      refused: refuse,
    });
    if (refuse) refused.add(key);
    else refused.delete(key);
    deps.count('outcomes', answer.ok ? `pair:${refuse ? 'off' : 'on'}` : `pair:${answer.status}`);
  };

  const acts: [number, () => Promise<void> | void][] = [
    [5, convert],
    [6, wireOut],
    [6, fault],
    [3, giveUp],
    [1, timePasses],
    [1, entitlement],
  ];
  const total = acts.reduce((sum, [w]) => sum + w, 0);
  return {
    /** One step's chance of a conversion or wire-out action, on this stream only. */
    async maybeAct(): Promise<void> {
      if (random() >= 0.15 || !deps.inDemo()) return;
      let r = random() * total;
      for (const [w, act] of acts) if ((r -= w) < 0) return void (await act());
    },
    /** Faults off at the end: List Transfers honours its filter again. */
    clear(): void {
      deps.sim.control.clearFaults();
      deps.sim.control.ignoreTransferRefIds(false);
    },
  };
}
