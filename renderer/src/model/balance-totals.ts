// Overview totals: each asset summed over every profile (available, as Paxos reports it), and
// all of it in USD — USD itself plus the USD-backed stablecoins, which Paxos redeems 1:1.
// Assets that are not dollars (PAXG, or one this build does not know) are left out of the USD
// figure and named, never converted at a guessed price.
import { FIAT_ASSETS, STABLECOINS } from '../../../shared/assets';
import { isDecimalString, sumAmounts } from '../../../shared/money';
import type { ProfileView } from '../../../shared/views';

export interface BalanceTotals {
  perAsset: { asset: string; total: string }[];
  usd: string;
  /** Held but not counted in USD. */
  notInUsd: string[];
}

const DOLLARS = new Set<string>([...FIAT_ASSETS, ...STABLECOINS]);

export function balanceTotals(profiles: readonly ProfileView[]): BalanceTotals {
  const byAsset = new Map<string, string[]>();
  for (const profile of profiles) {
    for (const b of profile.balances) {
      if (!isDecimalString(b.available)) continue;
      byAsset.set(b.asset, [...(byAsset.get(b.asset) ?? []), b.available]);
    }
  }
  const perAsset = [...byAsset].map(([asset, values]) => ({ asset, total: sumAmounts(values) }));
  perAsset.sort((a, b) => a.asset.localeCompare(b.asset));
  const usd = sumAmounts(perAsset.filter((p) => DOLLARS.has(p.asset)).map((p) => p.total));
  return {
    perAsset,
    usd,
    notInUsd: perAsset.filter((p) => !DOLLARS.has(p.asset)).map((p) => p.asset),
  };
}
