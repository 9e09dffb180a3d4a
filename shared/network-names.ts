// Networks in words, one spelling for every place that names one: the screens (format/labels),
// main's summaries of requests (desk/views/intent-view) and main's confirmations of rules
// ("USDC on Ethereum", never "on ETHEREUM" in one place and "Ethereum" in the next). Paxos's
// list of networks is open: an unknown code is shown in plain words, never dropped.

export const NETWORK_NAMES: Readonly<Record<string, string>> = {
  ETHEREUM: 'Ethereum',
  SOLANA: 'Solana',
  STELLAR: 'Stellar',
  BASE: 'Base',
  POLYGON: 'Polygon',
  POLYGON_POS: 'Polygon',
  ARBITRUM: 'Arbitrum',
  ARBITRUM_ONE: 'Arbitrum',
  WIRE: 'Wire',
};

/** "ETHEREUM" → "Ethereum"; an unknown "NEW_CHAIN" → "New chain". */
export function networkName(code: string): string {
  const known = NETWORK_NAMES[code.toUpperCase()];
  if (known) return known;
  const words = code
    .replace(/[_.\-\s]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : code;
}
