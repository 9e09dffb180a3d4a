// The desk's position for Overview: USD cash and each stablecoin over all profiles (as Paxos
// reports the balances), what is arriving (incoming wires still PENDING), what is converting
// (orchestrations in flight that stay inside Paxos: mints, conversions, redemptions kept as USD
// cash, whatever their source and destination assets) and what is leaving (in flight to a bank
// or an address). Only orchestrations not ended count as moving; an unknown status stays in.
import { isDecimalString, sumAmounts } from '../../../shared/money';
import type { IncomingWireView } from '../../../shared/money-in';
import { leavesPaxos } from '../../../shared/paxos/orchestration-kind';
import type { OrchestrationView, ProfileView } from '../../../shared/views';
import { balanceTotals } from './balance-totals';

export interface Moving {
  /** "USD → USDC", "USDG → USD (wire)". */
  what: string;
  sourceAsset: string;
  total: string;
  count: number;
}

export interface Position {
  cashUsd: string;
  stablecoins: { asset: string; total: string }[];
  arriving: { totalUsd: string; count: number; unmatched: number };
  converting: Moving[];
  leaving: Moving[];
}

const MOVING = new Set(['awaiting_approval', 'in_progress', 'unknown']);

function group(items: readonly OrchestrationView[], leaving: boolean): Moving[] {
  const byPair = new Map<string, { sourceAsset: string; amounts: string[] }>();
  for (const o of items) {
    const source = o.sourceAsset ?? '?';
    const to = leaving
      ? o.kind === 'redemption'
        ? 'bank wire'
        : 'address'
      : (o.destinationAsset ?? '?');
    const key = `${source} → ${to}`;
    const entry = byPair.get(key) ?? { sourceAsset: source, amounts: [] };
    if (o.sourceAmount && isDecimalString(o.sourceAmount)) entry.amounts.push(o.sourceAmount);
    byPair.set(key, entry);
  }
  return [...byPair].map(([what, { sourceAsset, amounts }]) => ({
    what,
    sourceAsset,
    total: sumAmounts(amounts),
    count: amounts.length,
  }));
}

export function position(
  profiles: readonly ProfileView[],
  orchestrations: readonly OrchestrationView[],
  wires: readonly IncomingWireView[],
): Position {
  const totals = balanceTotals(profiles);
  const pending = wires.filter((w) => w.status.toUpperCase() === 'PENDING');
  const moving = orchestrations.filter((o) => MOVING.has(o.outcome));
  return {
    cashUsd: totals.perAsset.find((p) => p.asset === 'USD')?.total ?? '0',
    stablecoins: totals.perAsset.filter((p) => p.asset !== 'USD'),
    arriving: {
      totalUsd: sumAmounts(
        pending.flatMap((w) => (w.amount && isDecimalString(w.amount) ? [w.amount] : [])),
      ),
      count: pending.length,
      unmatched: pending.filter((w) => !w.expectedId).length,
    },
    converting: group(
      moving.filter((o) => !leavesPaxos(o.kind)),
      false,
    ),
    leaving: group(
      moving.filter((o) => leavesPaxos(o.kind)),
      true,
    ),
  };
}
