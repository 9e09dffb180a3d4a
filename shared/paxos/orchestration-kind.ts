// What an orchestration does, read from its source and destination (and the assets), for
// orchestrations the desk made and for those made elsewhere on the account (the Dashboard, other
// desks, rules). Notices, Activity rows, filters and the CSV name it by this, so a USDC → USDG
// conversion is never announced as a wire.

export const ORCHESTRATION_KINDS = [
  'redemption', // stablecoin → USD wired to a bank account
  'redeem_to_cash', // stablecoin → USD kept in a profile
  'mint', // USD → stablecoin in a profile
  'conversion', // stablecoin → another stablecoin in a profile
  'send_to_address', // to a crypto address
  'other', // a shape no kind above describes: shown as Paxos wrote it
] as const;
export type OrchestrationKind = (typeof ORCHESTRATION_KINDS)[number];

export const ORCHESTRATION_KIND_LABELS: Record<OrchestrationKind, string> = {
  redemption: 'Redemption to a bank',
  redeem_to_cash: 'Redemption to USD cash',
  mint: 'Mint from USD',
  conversion: 'Conversion',
  send_to_address: 'Send to an address',
  other: 'Other movement',
};

/** The fields of an orchestration the kind is read from (every one optional: Paxos may omit). */
export interface OrchestrationShape {
  source_asset?: string;
  destination_asset?: string;
  destination?: { fiat?: object; crypto?: object; profile?: object } | undefined;
}

const isUsd = (asset: string | undefined) => asset?.toUpperCase() === 'USD';

export function orchestrationKind(o: OrchestrationShape): OrchestrationKind {
  const destination = o.destination ?? {};
  if (destination.fiat) return 'redemption';
  if (destination.crypto) return 'send_to_address';
  if (!o.source_asset || !o.destination_asset) return 'other';
  if (isUsd(o.source_asset) && !isUsd(o.destination_asset)) return 'mint';
  if (!isUsd(o.source_asset) && isUsd(o.destination_asset)) {
    // A USD destination without a bank is cash kept at Paxos (profile, or unnamed).
    return 'redeem_to_cash';
  }
  if (!isUsd(o.source_asset) && !isUsd(o.destination_asset)) return 'conversion';
  return 'other';
}

/** Money that leaves Paxos (a wire or a send) as against money converting inside it. */
export function leavesPaxos(kind: OrchestrationKind): boolean {
  return kind === 'redemption' || kind === 'send_to_address';
}
