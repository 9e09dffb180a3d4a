// Confirmations of auto-redeem rules: a rule turns every future deposit into a wire, so
// creating one is as serious as a redemption without an amount; deleting one stops them.
import type { EnvironmentKind } from '../../shared/environment';
import type { ConfirmationRequest } from './confirmation';
import type { BankAccountFacts } from '../desk';
import { describeBankAccount } from './describe-bank-account';
import { environmentFact, environmentShortNames } from './environment-names';

export interface Decision {
  request: ConfirmationRequest;
  audit: Record<string, unknown>;
}

export function createRuleConfirmation(
  environment: EnvironmentKind,
  rule: { asset: string; network: string; profile: string; profileId: string; nickname?: string },
  account: BankAccountFacts,
): Decision {
  return {
    request: {
      action: 'rule.create',
      environment,
      message: `Wire every ${rule.asset} deposit on ${rule.network} to ${account.label} in ${environmentShortNames[environment]}?`,
      facts: [
        environmentFact(environment),
        ['Rule', rule.nickname || '—'],
        ['Deposits', `${rule.asset} on ${rule.network}, into ${rule.profile}`],
        ['Wire to', describeBankAccount(account)],
      ],
      confirmLabel: `Create ${rule.asset} rule`,
    },
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

export function deleteRuleConfirmation(
  environment: EnvironmentKind,
  rule: { id: string; nickname: string; asset: string; network: string },
  account: BankAccountFacts | undefined,
): Decision {
  return {
    request: {
      action: 'rule.delete',
      environment,
      message: `Delete the auto-redeem rule "${rule.nickname}" in ${environmentShortNames[environment]}?`,
      facts: [
        environmentFact(environment),
        ['Deposits', `${rule.asset} on ${rule.network}`],
        ['Wires went to', account ? describeBankAccount(account) : '—'],
        ['After', 'New deposits stay as stablecoin; nothing is wired automatically'],
      ],
      confirmLabel: 'Delete rule',
    },
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
