// Overview totals: each asset summed over every profile (available, as Paxos reports it), and the
// two dollar figures kept apart: the USD-backed stablecoins (what "Redeem to USD" turns into a
// wire, 1:1 at Paxos) and the USD cash already held at Paxos. Adding them would overstate what a
// redemption can deliver. Assets that are not dollars (PAXG, or one this build does not know) are
// in neither figure and named, never converted at a guessed price.
import { FIAT_ASSETS, STABLECOINS } from '../../../shared/assets';
import { isDecimalString, sumAmounts } from '../../../shared/money';
import type { ProfileView } from '../../../shared/views';

export interface BalanceTotals {
  perAsset: { asset: string; total: string }[];
  /** USDC, USDG, PYUSD, USDP over every profile, counted 1:1 in USD. */
  stablecoinsUsd: string;
  /** USD held at Paxos (cash), over every profile. */
  usdCash: string;
  /** Held but counted in neither. */
  notInUsd: string[];
}

const COINS = new Set<string>(STABLECOINS);
const CASH = new Set<string>(FIAT_ASSETS);

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
  const sumOf = (kinds: Set<string>) =>
    sumAmounts(perAsset.filter((p) => kinds.has(p.asset)).map((p) => p.total));
  return {
    perAsset,
    stablecoinsUsd: sumOf(COINS),
    usdCash: sumOf(CASH),
    notInUsd: perAsset.filter((p) => !COINS.has(p.asset) && !CASH.has(p.asset)).map((p) => p.asset),
  };
}
