// 2026 notices: a rule's approval at Paxos is announced (active, or rejected with why), and an
// orchestration is named by what it does: a conversion is never "Wire completed", and a
// summary counts conversions apart from wires.
import { describe, expect, it } from 'vitest';
import { coalesceNotices, noticeFor } from '../../../../main/desk/notify/transition-notices';
import type { StatusTransition } from '../../../../main/desk/sync/change-detector';
import { defaultSettings } from '../../../../shared/settings';

const labels = {
  bankAccount: () => undefined,
  rule: (id: string) => (id === 'r-1' ? 'Sweep' : undefined),
};
const rule = (from: string | undefined, to: string, extra = {}): StatusTransition => ({
  collection: 'rules',
  id: 'r-1',
  from,
  to,
  record: { id: 'r-1', status: to, ...extra },
});
const conversion = (id: string, to = 'COMPLETED'): StatusTransition => ({
  collection: 'orchestrations',
  id,
  from: 'PROCESSING',
  to,
  record: {
    id,
    status: to,
    source_asset: 'USDC',
    destination_asset: 'USDG',
    source_amount: '100',
    destination: { profile: { profile_id: 'p-1' } },
  },
});

describe('rule notices', () => {
  it('PENDING → ACTIVE says the rule is active; → REJECTED says rejected by Paxos and why', () => {
    expect(noticeFor(rule('PENDING', 'ACTIVE'), defaultSettings, labels)).toMatchObject({
      title: 'Auto-redeem rule is active: Sweep',
      ledgerKeys: ['rule:r-1:ACTIVE'],
      target: { screen: 'auto-redeem', id: 'r-1' },
    });
    const rejected = noticeFor(
      rule('PENDING', 'REJECTED', { fail_reason: { detail: 'Address screening' } }),
      defaultSettings,
      labels,
    );
    expect(rejected?.title).toBe('Auto-redeem rule rejected by Paxos: Sweep');
    expect(rejected?.body).toContain('Reason: Address screening');
  });

  it('a rule first seen, or deleted, is not announced', () => {
    expect(noticeFor(rule(undefined, 'ACTIVE'), defaultSettings, labels)).toBeUndefined();
    expect(noticeFor(rule('ACTIVE', 'DELETED'), defaultSettings, labels)).toBeUndefined();
  });
});

describe('orchestrations by kind', () => {
  it('a completed conversion is a conversion, not a wire', () => {
    const notice = noticeFor(conversion('o-1'), defaultSettings, labels);
    expect(notice?.title).toBe('Conversion completed: 100.00 USDC → USDG');
    expect(notice?.usd).toBeUndefined();
  });

  it('a summary counts conversions apart from wires', () => {
    const notices = ['a', 'b', 'c', 'd'].map((id) =>
      noticeFor(conversion(id), defaultSettings, labels)!,
    );
    notices.push(noticeFor(conversion('e', 'REJECTED'), defaultSettings, labels)!);
    expect(coalesceNotices(notices)[0]!.body).toBe(
      '4 conversions completed, 1 conversion rejected. Open Treasury Desk for the details.',
    );
  });
});
