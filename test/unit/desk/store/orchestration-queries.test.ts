// The Activity queries on the orchestrations table: filters, search (prefix words, exact ids,
// bank labels and rule nicknames through ids), the capped count, and deep windows that match
// a plain newest-first ordering.
import { describe, expect, it } from 'vitest';
import { toRecordFilter, searchTooShort } from '../../../../main/desk/activity/activity-filter';
import { CacheStore, COUNT_CAP } from '../../../../main/desk/store/cache/cache-store';
import { orchestration } from './orchestration-fixture';
import { closeAfterTest, useTempDirs } from './temp-dir';

const tempDir = useTempDirs();
const refs = (w: { items: { record: { ref_id?: unknown } }[] }) =>
  w.items.map((i) => i.record.ref_id);

describe('orchestration queries', () => {
  it('searches words by prefix, ids exactly, and labels and nicknames through their ids', async () => {
    const cache = closeAfterTest(await CacheStore.open(await tempDir()));
    await cache.putMany('orchestrations', [
      orchestration(1, {
        destination: { fiat: { bank_account_id: 'bank-a', memo: 'Invoice Zurich 42' } },
      }),
      orchestration(2, { orchestration_rule_id: 'rule-9', source_amount: '777.10' }),
      orchestration(3),
    ]);
    const search = async (
      text: string,
      names = {
        bankAccounts: [{ id: 'bank-a', label: 'Chase ••1234' }],
        rules: [{ id: 'rule-9', nickname: 'USDG sweep' }],
      },
    ) => refs(await cache.window('orchestrations', toRecordFilter({ text }, names), 0, 10));
    expect(await search('zur')).toEqual(['desk-1']);
    expect(await search('invoice zurich')).toEqual(['desk-1']);
    expect(await search('777')).toEqual(['desk-2']);
    expect(await search('1234')).toEqual(['desk-1']); // last 4 of the bank account's label
    expect(await search('sweep')).toEqual(['desk-2']); // the rule's nickname
    expect(await search(orchestration(3).id)).toEqual(['desk-3']);
    expect(await search('desk-3')).toEqual(['desk-3']); // ref_id, exactly
    expect(
      await search(
        String((orchestration(2).destination_transfer as { transfer_id: string }).transfer_id),
      ),
    ).toEqual(['desk-2']);
    expect(await search('nothing-like-this')).toEqual([]);
    expect(searchTooShort({ text: 'z' })).toBe(true);
    expect(searchTooShort({ text: 'zu' })).toBe(false);
  });

  it('finds an amount however a statement writes it, the row text, and profile names', async () => {
    const cache = closeAfterTest(await CacheStore.open(await tempDir()));
    const payroll = 'profile-payroll';
    await cache.putMany('orchestrations', [
      orchestration(1, { source_amount: '150000', source_asset: 'USDC' }),
      orchestration(2, { source_amount: '25000.50', source_asset: 'USDC' }),
      orchestration(3, { source_amount: '40000.000000', source_asset: 'USDG' }),
      orchestration(4, { source_amount: '1500000', profile_id: payroll }),
      orchestration(5, { source_amount: '150000.25', destination: { fiat: { memo: 'INV 0042' } } }),
    ]);
    const names = {
      bankAccounts: [],
      rules: [],
      profiles: [{ id: payroll, nickname: 'Payroll float' }],
    };
    const search = async (text: string) =>
      refs(await cache.window('orchestrations', toRecordFilter({ text }, names), 0, 10));
    for (const typed of ['150,000.00', '$150,000.00', '150,000', '150000.00', '$150000'])
      expect(await search(typed), typed).toEqual(['desk-1']);
    // Plain digits stay a prefix word (also what is being typed): 150000, 150000.25, 1500000.
    expect(await search('150000')).toEqual(['desk-5', 'desk-4', 'desk-1']);
    expect(await search('40,000.00')).toEqual(['desk-3']);
    expect(await search('40000')).toEqual(['desk-3']);
    expect(await search('25,000.50 USDC')).toEqual(['desk-2']);
    expect(await search('25,000.5')).toEqual(['desk-2']);
    expect(await search('25,000.50 USDG')).toEqual([]);
    expect(await search('$25,000.00')).toEqual([]); // a different amount, not a prefix
    expect(await search('150,000.25')).toEqual(['desk-5']);
    expect(await search('0042')).toEqual(['desk-5']); // a memo number is still a word
    expect(await search('payroll')).toEqual(['desk-4']); // the profile's nickname
    expect(await search('Payroll float')).toEqual(['desk-4']);
  });

  it('filters by status, asset, rule, ad hoc and dates, newest first', async () => {
    const cache = closeAfterTest(await CacheStore.open(await tempDir()));
    await cache.putMany('orchestrations', [
      orchestration(1, { status: 'COMPLETED', source_asset: 'USDC' }),
      orchestration(2, { status: 'FAILED', orchestration_rule_id: 'rule-9' }),
      orchestration(3, { status: 'COMPLETED', orchestration_rule_id: 'rule-9' }),
      orchestration(4),
    ]);
    const w = async (filter: Parameters<typeof toRecordFilter>[0]) =>
      refs(await cache.window('orchestrations', toRecordFilter(filter), 0, 10));
    expect(await w({ statuses: ['completed'] })).toEqual(['desk-3', 'desk-1']);
    expect(await w({ assets: ['usdc'] })).toEqual(['desk-1']);
    expect(await w({ ruleId: 'rule-9' })).toEqual(['desk-3', 'desk-2']);
    expect(await w({ ruleId: 'adhoc' })).toEqual(['desk-4', 'desk-1']);
    expect(
      await w({
        from: String(orchestration(2).created_at),
        to: String(orchestration(3).created_at),
      }),
    ).toEqual(['desk-3', 'desk-2']);
    expect(await w({ statuses: ['NEVER_SEEN'] })).toEqual([]);
  });

  it('caps a filtered count, keeps the unfiltered one exact, and pages deep windows without gaps', async () => {
    const cache = closeAfterTest(await CacheStore.open(await tempDir()));
    const size = COUNT_CAP + 2500;
    for (let from = 0; from < size; from += 2500) {
      await cache.putMany(
        'orchestrations',
        Array.from({ length: 2500 }, (_, i) => orchestration(from + i, { status: 'COMPLETED' })),
      );
    }
    expect(await cache.window('orchestrations', { status: ['COMPLETED'] }, 0, 1)).toMatchObject({
      total: COUNT_CAP,
      totalCapped: true,
    });
    expect(await cache.window('orchestrations', {}, 0, 1)).toMatchObject({
      total: size,
      totalCapped: false,
    });
    // Windows far down the list (anchored keyset) are exactly the rows a plain ordering gives.
    for (const offset of [999, 1000, 5432, 11_999, size - 3]) {
      const got = refs(await cache.window('orchestrations', {}, offset, 3));
      expect(got, `offset ${offset}`).toEqual(
        [offset, offset + 1, offset + 2].filter((i) => i < size).map((i) => `desk-${size - 1 - i}`),
      );
    }
    // A new record at the top moves every row down by one, anchors included.
    await cache.put('orchestrations', orchestration(size));
    expect(refs(await cache.window('orchestrations', {}, 5432, 1))).toEqual([
      `desk-${size - 5432}`,
    ]);
  }, 120_000);
});
