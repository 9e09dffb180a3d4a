// What main's confirmations of auto-redeem rules say: a rule turns every future deposit into a
// wire, so creating one is as serious as a redemption without an amount; deleting one stops them.
import { networkName } from '../../../../shared/network-names';
import { describeBankAccount, type BankAccountFacts } from '../../views/record-facts';
import type { ConfirmationFacts } from '../money-path';

export const ruleActions = ['rule.create', 'rule.delete'] as const;

export function createRuleConfirmationFacts(
  rule: { asset: string; network: string; profile: string; profileId: string; nickname?: string },
  account: BankAccountFacts,
): ConfirmationFacts<'rule.create'> {
  const network = networkName(rule.network);
  return {
    action: 'rule.create',
    question: `Wire every ${rule.asset} deposit on ${network} to the account ending ${account.last4}`,
    rows: [
      ['Deposits', `${rule.asset} on ${network}, into ${rule.profile}`],
      ['Wire to', describeBankAccount(account)],
    ],
    notes: [
      ...(rule.nickname ? [['rule nickname', rule.nickname] as [string, string]] : []),
      ['label for the account', account.label],
    ],
    confirmLabel: `Create ${rule.asset} rule`,
    audit: {
      asset: rule.asset,
      network: rule.network,
      profileId: rule.profileId,
      profile: rule.profile,
      destinationId: account.id,
      destination: account.label,
      bankName: account.bankName,
      last4: account.last4,
      owner: account.owner,
    },
  };
}

export function deleteRuleConfirmationFacts(
  rule: {
    id: string;
    nickname: string;
    asset: string;
    network: string;
    convertHold?: { asset: string; memoId?: string };
    cryptoHold?: { asset: string };
  },
  account: BankAccountFacts | undefined,
): ConfirmationFacts<'rule.delete'> {
  if (rule.convertHold) return deleteConvertHoldFacts(rule, rule.convertHold);
  if (rule.cryptoHold) return deleteCryptoHoldFacts(rule, rule.cryptoHold.asset);
  const network = networkName(rule.network);
  return {
    action: 'rule.delete',
    question: `Delete the ${rule.asset} auto-redeem rule on ${network}`,
    rows: [
      ['Deposits', `${rule.asset} on ${network}`],
      ['Wires went to', account ? describeBankAccount(account) : '—'],
      ['After', 'New deposits stay as stablecoin; nothing is wired automatically'],
    ],
    notes: [['rule nickname', rule.nickname]],
    confirmLabel: 'Delete rule',
    audit: {
      ruleId: rule.id,
      nickname: rule.nickname,
      asset: rule.asset,
      network: rule.network,
      destination: account?.label,
      last4: account?.last4,
    },
  };
}

/** Deleting a Convert & Hold rule: wires quoting its memo afterwards stay USD in the profile. */
function deleteConvertHoldFacts(
  rule: { id: string; nickname: string },
  hold: { asset: string; memoId?: string },
): ConfirmationFacts<'rule.delete'> {
  return {
    action: 'rule.delete',
    question: `Delete the Convert & Hold rule to ${hold.asset}`,
    rows: [
      ['Deposits', `USD wires quoting memo ${hold.memoId ?? '(not given yet)'}`],
      [
        'After',
        `Deposits after deletion stay USD in the profile; nothing is converted to ${hold.asset}`,
      ],
    ],
    notes: [['rule nickname', rule.nickname]],
    confirmLabel: 'Delete rule',
    audit: {
      ruleId: rule.id,
      nickname: rule.nickname,
      kind: 'convert_hold',
      asset: hold.asset,
      memoId: hold.memoId,
    },
  };
}

/** Deleting a crypto Convert & Hold rule: deposits to its address afterwards stay as they came. */
function deleteCryptoHoldFacts(
  rule: { id: string; nickname: string; asset: string; network: string },
  asset: string,
): ConfirmationFacts<'rule.delete'> {
  const network = networkName(rule.network);
  return {
    action: 'rule.delete',
    question: `Delete the Convert & Hold rule ${rule.asset} on ${network} to ${asset}`,
    rows: [
      ['Deposits', `${rule.asset} on ${network}, to the rule's address`],
      [
        'After',
        `Deposits after deletion stay ${rule.asset} in the profile; nothing is converted to ${asset}`,
      ],
    ],
    notes: [['rule nickname', rule.nickname]],
    confirmLabel: 'Delete rule',
    audit: {
      ruleId: rule.id,
      nickname: rule.nickname,
      kind: 'convert_hold',
      sourceAsset: rule.asset,
      network: rule.network,
      asset,
    },
  };
}
