// A conversion between profiles: one asset in a profile becomes another asset in the same or
// another profile, inside Paxos (a mint is USD → a stablecoin; issue 26 adds stablecoin →
// stablecoin and stablecoin → USD kept in a profile on the same path). Paxos converts its own
// assets 1:1 "at the lowest precision of the pair": what is credited is the amount cut to the
// fewer decimals of the two assets, never rounded up. These rules are shared so the review, main's
// confirmation, the completion check and the screen all say the same numbers.
import { ASSET_PRECISION, isAsset, isStablecoin } from './assets';

/** What a conversion does, named for the operator. */
export type ConversionKind = 'mint' | 'redeem_to_cash' | 'conversion';

export function conversionKind(from: string, to: string): ConversionKind {
  if (from === 'USD') return 'mint';
  if (to === 'USD') return 'redeem_to_cash';
  return 'conversion';
}

/** Decimal places Paxos keeps for this pair: the fewer of the two (unknown assets: 2). */
export function conversionPrecision(from: string, to: string): number {
  const places = (asset: string) => (isAsset(asset) ? ASSET_PRECISION[asset] : 2);
  return Math.min(places(from), places(to));
}

/** Cuts a plain decimal to `places` decimals (down, never up): "1.239" at 2 → "1.23". */
export function cutToPlaces(amount: string, places: number): string {
  const [whole = '0', fraction = ''] = amount.split('.');
  const kept = fraction.slice(0, places).replace(/0+$/, '');
  return kept ? `${whole}.${kept}` : whole;
}

/** What 1:1 at the pair's precision credits for `amount` of `from`. */
export function expectedCredit(amount: string, from: string, to: string): string {
  return cutToPlaces(amount, conversionPrecision(from, to));
}

/**
 * Whether Paxos states the rate of this pair: USD ↔ a stablecoin is 1:1 (mint and redeem at par),
 * and so is a conversion between Paxos's own stablecoins; for USDC ↔ another stablecoin nothing is
 * published. Either way the credited amount is read from the destination leg and checked.
 */
export function rateStatedByPaxos(from: string, to: string): boolean {
  if (from === 'USD' || to === 'USD') return true;
  const own = (asset: string) => isStablecoin(asset) && asset !== 'USDC';
  return own(from) && own(to);
}
