// What main's confirmation of a Convert & Hold rule says: from now on every USD wire that quotes
// the rule's memo is converted automatically into the stablecoin and kept in the profile, with
// no further confirmation. The memo and the bank instructions are Paxos's answer: they are shown
// once Paxos makes the rule ACTIVE (a PENDING rule's memo must not be given out yet).
import { conversionPrecision, rateStatedByPaxos } from '../../../../shared/conversion';
import { networkName } from '../../../../shared/network-names';
import type { ConfirmationFacts } from '../money-path';

export function convertHoldConfirmationFacts(rule: {
  asset: string;
  accountType: string;
  profile: string;
  profileId: string;
  nickname?: string;
}): ConfirmationFacts<'rule.create'> {
  return {
    action: 'rule.create',
    question: `Convert every USD wire quoting this rule's memo to ${rule.asset} in ${rule.profile}`,
    rows: [
      ['Deposits', `USD wires (${rule.accountType}) quoting the rule's memo`],
      ['Converted to', `${rule.asset}, 1:1 at 2 decimals, kept in ${rule.profile}`],
      ['Each wire', 'every wire quoting this memo is converted automatically, without asking you'],
      ['Memo', 'Paxos gives it with the bank instructions; shown once Paxos makes the rule active'],
    ],
    notes: rule.nickname ? [['rule nickname', rule.nickname]] : [],
    confirmLabel: `Create Convert & Hold to ${rule.asset}`,
    audit: {
      kind: 'convert_hold',
      sourceAsset: 'USD',
      asset: rule.asset,
      accountType: rule.accountType,
      profileId: rule.profileId,
      profile: rule.profile,
    },
  };
}

/**
 * Convert & Hold for crypto deposits: from now on every deposit of one coin on one network to the
 * rule's address is converted to another coin and kept in the profile, without asking. The rate
 * is said as Paxos states it (1:1 between its own coins and USD) or "not stated by Paxos" (USDC),
 * with the precision the credit is cut to. The address is Paxos's answer, shown once ACTIVE.
 */
export function cryptoHoldConfirmationFacts(rule: {
  depositAsset: string;
  network: string;
  asset: string;
  profile: string;
  profileId: string;
  nickname?: string;
}): ConfirmationFacts<'rule.create'> {
  const network = networkName(rule.network);
  const places = conversionPrecision(rule.depositAsset, rule.asset);
  const rate = rateStatedByPaxos(rule.depositAsset, rule.asset)
    ? '1:1 as Paxos states it'
    : 'rate not stated by Paxos (each credited amount is read from Paxos)';
  return {
    action: 'rule.create',
    question: `Convert every ${rule.depositAsset} deposit on ${network} to ${rule.asset} in ${rule.profile}`,
    rows: [
      ['Deposits', `${rule.depositAsset} on ${network}, to the rule's deposit address`],
      ['Converted to', `${rule.asset}, kept in ${rule.profile}`],
      ['Rate', `${rate}, at ${places} decimals (any finer remainder is not credited)`],
      [
        'Each deposit',
        'every deposit to the address is converted automatically, without asking you',
      ],
      ['Address', 'Paxos gives it with the rule; shown once Paxos makes the rule active'],
    ],
    notes: rule.nickname ? [['rule nickname', rule.nickname]] : [],
    confirmLabel: `Create Convert & Hold ${rule.depositAsset} to ${rule.asset}`,
    audit: {
      kind: 'convert_hold',
      sourceAsset: rule.depositAsset,
      network: rule.network,
      asset: rule.asset,
      profileId: rule.profileId,
      profile: rule.profile,
    },
  };
}
