// The assets Treasury Desk moves and the networks an auto-redeem rule can watch.
// Paxos treats these lists as open (new networks appear), so the app validates against them
// for what it *offers* the operator, while anything Paxos returns is still shown as is.

export const STABLECOINS = ['USDC', 'USDG', 'PYUSD', 'USDP'] as const;
export type Stablecoin = (typeof STABLECOINS)[number];

export const FIAT_ASSETS = ['USD'] as const;

export const ASSETS = [...FIAT_ASSETS, ...STABLECOINS] as const;
export type Asset = (typeof ASSETS)[number];

/**
 * Maximum decimal places the app accepts per asset.
 * - USD: 2, because a wire settles in whole cents; a fraction of a cent cannot be paid out.
 * - USDC, USDG, PYUSD, USDP: 6. USDC, USDG and PYUSD are 6-decimal tokens on every chain
 *   they are issued on, so a millionth is the smallest amount that can exist on-chain. USDP is
 *   an 18-decimal token on Ethereum, but below a millionth of a dollar there is nothing to
 *   redeem, and Paxos answers over-precise amounts with an `exceed-precision` problem; one cap
 *   for all four keeps amounts representable wherever each coin lives.
 */
export const ASSET_PRECISION: Readonly<Record<Asset, number>> = {
  USD: 2,
  USDC: 6,
  USDG: 6,
  PYUSD: 6,
  USDP: 6,
};

/** Source networks accepted by Create Orchestration Rule (`source.crypto.network`). */
export const RULE_NETWORKS = ['ETHEREUM', 'SOLANA', 'STELLAR', 'BASE', 'POLYGON'] as const;
export type RuleNetwork = (typeof RULE_NETWORKS)[number];

/**
 * Which rule source networks the app offers per stablecoin. Only USDG's restriction is
 * documented (of the rule networks it is issued on Ethereum and Solana only); for the others
 * Paxos is the judge and answers an unsupported pair with a 400, which the app shows.
 */
export const RULE_NETWORKS_BY_ASSET: Readonly<Record<Stablecoin, readonly RuleNetwork[]>> = {
  USDC: RULE_NETWORKS,
  USDG: ['ETHEREUM', 'SOLANA'],
  PYUSD: RULE_NETWORKS,
  USDP: RULE_NETWORKS,
};

/**
 * Rule networks use `POLYGON`; Transfer objects use the platform-wide name `POLYGON_POS`.
 * Compare networks through this map (and case-insensitively: examples show `ethereum`).
 */
export const TRANSFER_NETWORK_BY_RULE_NETWORK: Readonly<Record<RuleNetwork, string>> = {
  ETHEREUM: 'ETHEREUM',
  SOLANA: 'SOLANA',
  STELLAR: 'STELLAR',
  BASE: 'BASE',
  POLYGON: 'POLYGON_POS',
};

export function isAsset(value: string): value is Asset {
  return (ASSETS as readonly string[]).includes(value);
}

export function isStablecoin(value: string): value is Stablecoin {
  return (STABLECOINS as readonly string[]).includes(value);
}

export function isRuleNetwork(value: string): value is RuleNetwork {
  return (RULE_NETWORKS as readonly string[]).includes(value.toUpperCase());
}

/** Decimal places allowed for an asset, or undefined for an asset the app does not know. */
export function precisionOf(asset: string): number | undefined {
  return isAsset(asset) ? ASSET_PRECISION[asset] : undefined;
}

export function ruleNetworksFor(asset: string): readonly RuleNetwork[] {
  return isStablecoin(asset) ? RULE_NETWORKS_BY_ASSET[asset] : [];
}
