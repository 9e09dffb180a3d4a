// Issue 24, smaller items: one wording for each thing, whoever writes it — the last 4 as
// "••••1012" (screens, notices, confirmations, CSV), a network as "Ethereum" (screens, request
// summaries, main's rule confirmations).
import { describe, expect, it } from 'vitest';
import { maskedLast4 } from '../../../shared/account-label';
import { networkName } from '../../../shared/network-names';
import { destinationText } from '../../../main/desk/activity/activity-labels';
import { createRuleConfirmationFacts } from '../../../main/desk/paths/rule/rule-confirmation-facts';
import { describeBankAccount } from '../../../main/desk/views/record-facts';
import { maskAccountNumber } from '../../../main/desk/views/to-views';
import { networkLabel } from '../../../renderer/src/format/labels';

const account = {
  id: 'fa-1',
  label: 'Operating',
  bankName: 'Customers Bank',
  last4: '1012',
  owner: 'Acme Treasury Inc',
};

describe('one vocabulary', () => {
  it('writes the last 4 one way in views, notices and confirmations', () => {
    expect(maskedLast4('1012')).toBe('••••1012');
    expect(maskAccountNumber('XXXX1012')).toBe('••••1012');
    expect(destinationText({ label: 'Operating', last4: '1012' })).toBe('Operating ••••1012');
    expect(describeBankAccount(account as Parameters<typeof describeBankAccount>[0])).toBe(
      'Customers Bank ••••1012, owner Acme Treasury Inc',
    );
  });

  it('names a network in words, the same on screen and in main’s rule confirmation', () => {
    expect(networkName('ETHEREUM')).toBe('Ethereum');
    expect(networkName('POLYGON_POS')).toBe('Polygon');
    expect(networkName('NEW_CHAIN')).toBe('New chain');
    expect(networkLabel('ETHEREUM').text).toBe(networkName('ETHEREUM'));
    const facts = createRuleConfirmationFacts(
      { asset: 'USDC', network: 'ETHEREUM', profile: 'Main', profileId: 'p-1' },
      account as Parameters<typeof createRuleConfirmationFacts>[1],
    );
    expect(facts.question).toContain('deposit on Ethereum');
    expect(JSON.stringify(facts.rows)).not.toContain('ETHEREUM');
    // The audit keeps Paxos's code, for support.
    expect(facts.audit.network).toBe('ETHEREUM');
  });
});
