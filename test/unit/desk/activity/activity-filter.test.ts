// Search names ids the way the list does: from the same account and rule views activityLabels
// reads, so what the operator sees on a row is what finds it.
import { describe, expect, it } from 'vitest';
import { searchNames, toRecordFilter } from '../../../../main/desk/activity/activity-filter';
import { activityLabels } from '../../../../main/desk/activity/activity-labels';
import type { FiatAccountView, RuleView } from '../../../../shared/views';

const at = '2026-05-01T12:00:00.000Z';
const account: FiatAccountView = {
  id: 'fa-1',
  status: 'APPROVED',
  label: 'Payroll',
  labelHistory: [{ label: 'Operating' }, { label: 'Payroll', since: '2026-06-01T00:00:00.000Z' }],
  ownerName: 'Example Corp',
  network: 'WIRE',
  accountNumberMasked: 'XXXX4512',
  fetchedAt: at,
};
const active = { status: 'ACTIVE', statusLabel: 'Active', takesDeposits: true };
const rule: RuleView = { id: 'rule-1', nickname: 'USDG sweep', ...active, fetchedAt: at };
const unnamed: RuleView = { id: 'rule-2', ...active, fetchedAt: at };
const views = { fiatAccounts: [account], rules: [rule, unnamed], profiles: [] };

describe('activity search names', () => {
  it('finds a rule by the nickname the list shows for it', () => {
    expect(activityLabels(views).rule('rule-1')).toBe('USDG sweep');
    const filter = toRecordFilter({ text: 'sweep' }, searchNames(views));
    expect(filter.search?.ruleIds).toEqual(['rule-1']);
  });

  it('finds a renamed account only over the time its matching label was shown', () => {
    const names = searchNames(views);
    const before = Date.parse('2026-06-01T00:00:00.000Z');
    expect(toRecordFilter({ text: 'operating' }, names).search).toMatchObject({
      bankAccountIds: [],
      bankAccountSpans: [{ id: 'fa-1', beforeMs: before }],
    });
    expect(toRecordFilter({ text: '4512' }, names).search).toMatchObject({
      bankAccountSpans: [
        { id: 'fa-1', beforeMs: before },
        { id: 'fa-1', fromMs: before },
      ],
    });
    // The row's own text, "Payroll ••4512", finds the account too.
    expect(toRecordFilter({ text: 'Payroll ••4512' }, names).search).toMatchObject({
      bankAccountSpans: [{ id: 'fa-1', fromMs: before }],
    });
    // The list names a May redemption "Operating": the label search found it under.
    expect(activityLabels(views).bankAccount('fa-1', at)?.label).toBe('Operating');
  });
});
