// Issue 13, bug 6: notices name their item (amount, bank account label and last 4), two
// approvals give two different notices, and a cycle with many completions gives one summary.
import { describe, expect, it } from 'vitest';
import {
  coalesceNotices,
  MAX_SEPARATE_NOTICES,
  noticeFor,
  type NoticeLabels,
} from '../../../../main/desk/notify/transition-notices';
import type { StatusTransition } from '../../../../main/desk/sync/change-detector';
import { defaultSettings } from '../../../../shared/settings';

const settings = defaultSettings;
const labels: NoticeLabels = {
  bankAccount: (id) =>
    ({
      'fa-op': { label: 'Operating account', last4: '6789' },
      'fa-pay': { label: 'Payroll', last4: '1012' },
    })[id],
  rule: (id) => (id === 'rule-1' ? 'Nightly sweep' : undefined),
};

const completed = (
  id: string,
  amount: string,
  account = 'fa-op',
  extra: Record<string, unknown> = {},
): StatusTransition => ({
  collection: 'orchestrations',
  id,
  from: 'PROCESSING',
  to: 'COMPLETED',
  record: {
    id,
    status: 'COMPLETED',
    source_amount: amount,
    source_asset: 'USDC',
    destination: { fiat: { bank_account_id: account } },
    ...extra,
  },
});
const approved = (id: string): StatusTransition => ({
  collection: 'fiatAccounts',
  id,
  from: 'PENDING',
  to: 'APPROVED',
  record: { id, status: 'APPROVED' },
});

describe('transition notices', () => {
  it('"Wire completed" names the USD amount and the destination label and last 4', () => {
    const notice = noticeFor(
      completed('o-1', '250000', 'fa-op', { orchestration_rule_id: 'rule-1' }),
      settings,
      labels,
    );
    expect(notice?.title).toBe('Wire completed: $250,000.00 to Operating account ••••6789');
    expect(notice?.body).toBe(
      '250,000.00 USDC redeemed to USD and wired to Operating account ••••6789 (auto-redeem "Nightly sweep").',
    );
    expect(notice?.target).toEqual({ screen: 'activity', id: 'o-1' });
  });

  it('two approvals read as two different notices', () => {
    const a = noticeFor(approved('fa-op'), settings, labels);
    const b = noticeFor(approved('fa-pay'), settings, labels);
    expect(a?.title).toBe('Bank account approved: Operating account ••••6789');
    expect(b?.title).toBe('Bank account approved: Payroll ••••1012');
  });

  it('a failure says what, where, and why', () => {
    const t: StatusTransition = {
      ...completed('o-2', '20', 'fa-pay'),
      to: 'FAILED',
      record: {
        ...completed('o-2', '20', 'fa-pay').record,
        fail_reason: { detail: 'Beneficiary bank rejected the wire' },
      },
    };
    const notice = noticeFor(t, settings, labels);
    expect(notice?.title).toBe('Redemption failed: 20.00 USDC to Payroll ••••1012');
    expect(notice?.body).toContain('Reason: Beneficiary bank rejected the wire');
  });

  it('a few notices stay separate', () => {
    const few = [1, 2, 3].map((i) => noticeFor(completed(`o-${i}`, '1'), settings, labels)!);
    expect(coalesceNotices(few)).toEqual(few);
    expect(few).toHaveLength(MAX_SEPARATE_NOTICES);
  });

  it('hundreds from one cycle become one summary that covers every ledger key', () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      noticeFor(completed(`o-${i}`, '1000.50'), settings, labels)!,
    );
    many.push(
      noticeFor({ ...completed('o-f', '5'), to: 'FAILED' }, settings, labels)!,
      noticeFor(approved('fa-pay'), settings, labels)!,
    );
    const shown = coalesceNotices(many);
    expect(shown).toHaveLength(1);
    expect(shown[0]!.title).toBe('302 updates from Paxos');
    expect(shown[0]!.body).toBe(
      '300 wires completed ($300,150.00), 1 redemption failed, 1 bank account approved. Open Treasury Desk for the details.',
    );
    expect(shown[0]!.ledgerKeys).toHaveLength(302);
    expect(shown[0]!.target).toEqual({ screen: 'activity', id: '' });
  });
});
