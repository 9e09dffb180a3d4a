// What main's confirmation of a Convert & Hold rule says: from now on every USD wire that quotes
// the rule's memo is converted automatically into the stablecoin and kept in the profile, with
// no further confirmation. The memo and the bank instructions are Paxos's answer: they are shown
// once Paxos makes the rule ACTIVE (a PENDING rule's memo must not be given out yet).
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
