// Activity search matches what the list shows for a row: the destination label and last 4, the
// bank, the profile, the rule nickname (or "ad hoc"), the formatted amount, and the ids an
// operator pastes (Paxos ids, ref_id, transfer ids). Issue 13, bug 4.
import { describe, expect, it } from 'vitest';
import { toRecordFilter } from '../../../../main/desk/activity/activity-filter';
import { activityLabels } from '../../../../main/desk/activity/activity-labels';
import { groupedAmount } from '../../../../main/desk/activity/activity-search-text';
import { formatAmount } from '../../../../shared/money';
import type { RecordSummary } from '../../../../main/desk/store/cache/cache-records';
import { matches } from '../../../../main/desk/store/cache/record-query';

const at = '2026-11-24T10:00:00Z';
const labels = activityLabels({
  fiatAccounts: [
    { id: 'fa-op', label: 'Operating account', bankName: 'JPMorgan Chase', accountNumberMasked: '••••6789', status: 'APPROVED', ownerName: 'Acme', network: 'wire', fetchedAt: at },
    { id: 'fa-pay', label: 'Payroll', bankName: 'Wells Fargo', accountNumberMasked: '••••1012', status: 'APPROVED', ownerName: 'Acme', network: 'wire', fetchedAt: at },
  ],
  rules: [{ id: 'rule-1', nickname: 'Nightly sweep', status: 'ACTIVE', fetchedAt: at }],
  profiles: [{ id: 'p-1', nickname: 'Treasury main', type: 'DEFAULT', balances: [], fetchedAt: at }],
});

const rows: [string, RecordSummary][] = [
  ['o-adhoc', { fetchedAt: at, hash: 'a', status: 'COMPLETED', asset: 'USDC', amount: '1500.25', fiatAccountId: 'fa-op', profileId: 'p-1', refId: 'ref-adhoc', createdAt: at, sourceTransferId: 'tr-src-111', destinationTransferId: 'tr-wire-222' }],
  ['o-rule', { fetchedAt: at, hash: 'b', status: 'FAILED', asset: 'USDP', amount: '20000', fiatAccountId: 'fa-pay', profileId: 'p-1', ruleId: 'rule-1', refId: 'ref-rule', createdAt: at }],
];

const search = (text: string) => rows.filter(([id, s]) => matches(s, toRecordFilter({ text }, labels), id)).map(([id]) => id);

describe('Activity search matches what the list shows', () => {
  it.each([
    ['Operating', ['o-adhoc']],
    ['JPMorgan', ['o-adhoc']],
    ['6789', ['o-adhoc']],
    ['••1012', ['o-rule']],
    ['Nightly sweep', ['o-rule']],
    ['ad hoc', ['o-adhoc']],
    ['1,500.25', ['o-adhoc']],
    ['$1,500.25', ['o-adhoc']],
    ['1500.25', ['o-adhoc']],
    ['20,000.00 USDP', ['o-rule']],
    ['tr-wire-222', ['o-adhoc']],
    ['ref-rule', ['o-rule']],
    ['treasury main', ['o-adhoc', 'o-rule']],
    // Every word must match: narrowing, never widening.
    ['operating failed', []],
    ['payroll failed', ['o-rule']],
    ['nothing like this', []],
  ])('%j finds %j', (text, expected) => {
    expect(search(text)).toEqual(expected);
  });

  it('without labels (an account not synced yet) still finds ids and amounts', () => {
    const bare = rows.filter(([id, s]) => matches(s, toRecordFilter({ text: '1,500.25' }), id)).map(([id]) => id);
    expect(bare).toEqual(['o-adhoc']);
    expect(rows.filter(([id, s]) => matches(s, toRecordFilter({ text: 'Operating' }), id))).toEqual([]);
  });
});

describe('the fast amount formatting used by search', () => {
  it.each(['0', '0.5', '1500.25', '1500.250', '0001500.1', '1234567.000001', '20000', '999999999999999.999999999999999999'])('writes %j as formatAmount does', (value) => {
    expect(groupedAmount(value)).toBe(formatAmount(value));
  });
});
