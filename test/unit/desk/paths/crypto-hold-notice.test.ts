// What the operator hears when Paxos decides on a Convert & Hold rule for crypto deposits: ACTIVE
// names the coin, the network and what it becomes (its address may now be shared); REJECTED says
// deposits are not converted and not to send, with Paxos's reason or that it gave none; a rule
// first seen ACTIVE was never pending here and is not announced.
import { describe, expect, it } from 'vitest';
import { ruleNotice } from '../../../../main/desk/paths/rule/rule-notice';
import { defaultSettings } from '../../../../shared/settings';

const record = {
  id: 'r-1',
  nickname: 'USDC in, USDG kept',
  source_asset: 'USDC',
  destination_asset: 'USDG',
  source: { crypto: { address: '0xabc', network: 'ETHEREUM' } },
  destination: { profile: { profile_id: 'p-1' } },
};
const labels = { bankAccount: () => undefined, rule: () => undefined };
const notice = (from: string | undefined, to: string, extra: object = {}) =>
  ruleNotice(
    { collection: 'rules', id: 'r-1', from, to, record: { ...record, ...extra, status: to } },
    defaultSettings,
    labels,
  );

describe('crypto Convert & Hold rule notices', () => {
  it('PENDING → ACTIVE: converted and kept, the address can be shared', () => {
    expect(notice('PENDING', 'ACTIVE')).toMatchObject({
      kind: 'approved',
      ledgerKeys: ['rule:r-1:ACTIVE'],
      title: 'Convert & Hold rule is active: USDC in, USDG kept',
      body: 'Paxos approved "USDC in, USDG kept": USDC deposits on Ethereum to its address are now converted to USDG and kept in the profile. Its address can be shared.',
    });
  });

  it('REJECTED: not converted, do not send; the reason when Paxos gives one', () => {
    expect(notice('PENDING', 'REJECTED')?.body).toBe(
      'Paxos rejected "USDC in, USDG kept": USDC deposits on Ethereum to its address are not converted to USDG; do not send funds to it. Paxos gave no reason.',
    );
    expect(
      notice('PENDING', 'REJECTED', { fail_reason: { detail: 'pair not enabled' } })?.body,
    ).toContain('Reason: pair not enabled');
  });

  it('a rule first seen ACTIVE is not announced as approved', () => {
    expect(notice(undefined, 'ACTIVE')).toBeUndefined();
  });
});
