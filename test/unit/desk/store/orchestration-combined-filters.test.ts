// Combined Activity filters (search + chips, chips + chips, rules, bank accounts, date ranges)
// and the recent set return exactly what a plain filter over the records returns, newest
// first, in a window, in its capped count and page by page: the query shapes of
// orchestration-query.ts (tags in the search index, the recent set's union) change how rows
// are found, never which ones or in what order.
import { describe, expect, it } from 'vitest';
import { isInFlightOrchestrationStatus } from '../../../../main/desk/store/cache/cache-records';
import { CacheStore } from '../../../../main/desk/store/cache/cache-store';
import type { RecordFilter } from '../../../../main/desk/store/cache/record-query';
import { orchestration } from './orchestration-fixture';
import { closeAfterTest, useTempDirs } from './temp-dir';

const tempDir = useTempDirs('combined-filters-');
const RULES = ['rule-a', 'rule-b'];
const PROFILES = ['profile-1', 'profile-2'];
const NOW = Date.UTC(2026, 5, 1);

type Rec = ReturnType<typeof orchestration>;
const records: Rec[] = Array.from({ length: 240 }, (_, i) => {
  const created = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString();
  const memo = ['Zurich payout', 'INV_', 'wire'][i % 3]! + String(i);
  return orchestration(i, {
    status: ['COMPLETED', 'FAILED', 'PROCESSING', 'COMPLETED', 'PENDING'][i % 5],
    source_asset: ['USDC', 'USDG', 'PYUSD'][i % 4 === 3 ? 0 : i % 3],
    profile_id: PROFILES[i % 2],
    ...(i % 5 === 0 ? { orchestration_rule_id: RULES[0] } : {}),
    ...(i % 7 === 1 ? { orchestration_rule_id: RULES[1] } : {}),
    destination: { fiat: { bank_account_id: `bank-${i % 3}`, memo } },
    created_at: created,
    updated_at: i % 6 === 0 ? new Date(NOW - i * 60_000).toISOString() : created,
  });
});

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const ms = (iso: unknown) => Date.parse(text(iso));
const fiat = (r: Rec) =>
  (r.destination as { fiat: { bank_account_id: string; memo: string } }).fiat;
const ids = (r: Rec) => [
  r.id,
  text(r.ref_id),
  text((r.source_transfer as { transfer_id: string }).transfer_id),
  text((r.destination_transfer as { transfer_id: string }).transfer_id),
];
const tokens = (r: Rec) =>
  [text(r.source_amount), text(r.source_asset), fiat(r).memo]
    .join(' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}.]+/u)
    .filter(Boolean);

/** The search, read plainly: an exact id, every typed word a word's prefix, or a named id. */
function searched(r: Rec, search: NonNullable<RecordFilter['search']>): boolean {
  const typed = search.text
    .toLowerCase()
    .split(/[^\p{L}\p{N}.]+/u)
    .map((w) => w.replace(/^\.+|\.+$/g, ''))
    .filter(Boolean);
  const words =
    typed.length > 0 &&
    typed.every((w) => tokens(r).some((t) => (w.length === 1 ? t === w : t.startsWith(w))));
  return (
    ids(r).includes(search.text.trim()) ||
    words ||
    (search.bankAccountIds ?? []).includes(fiat(r).bank_account_id) ||
    (search.ruleIds ?? []).includes(text(r.orchestration_rule_id))
  );
}

function plainly(filter: RecordFilter): string[] {
  const statuses = filter.status === undefined ? undefined : [filter.status].flat();
  return records
    .filter(
      (r) =>
        (statuses === undefined ||
          statuses.some((s) => s.toUpperCase() === text(r.status).toUpperCase())) &&
        (filter.assets === undefined ||
          filter.assets.some((a) => a.toUpperCase() === text(r.source_asset))) &&
        (filter.ruleId === undefined || r.orchestration_rule_id === filter.ruleId) &&
        (!filter.adhoc || r.orchestration_rule_id === undefined) &&
        (filter.profileId === undefined || r.profile_id === filter.profileId) &&
        (filter.refId === undefined || r.ref_id === filter.refId) &&
        (filter.from === undefined || ms(r.created_at) >= ms(filter.from)) &&
        (filter.to === undefined || ms(r.created_at) <= ms(filter.to)) &&
        (filter.inFlightOrChangedSince === undefined ||
          isInFlightOrchestrationStatus(text(r.status)) ||
          ms(r.updated_at) >= ms(filter.inFlightOrChangedSince)) &&
        (filter.search === undefined || searched(r, filter.search)),
    )
    .sort((a, b) => ms(b.created_at) - ms(a.created_at))
    .map((r) => r.id);
}

const FROM = new Date(Date.UTC(2026, 0, 3)).toISOString();
const TO = new Date(Date.UTC(2026, 0, 8)).toISOString();
const shapes: [string, RecordFilter][] = [
  ['two chips', { status: 'FAILED', assets: ['USDC'] }],
  ['two chips, lower case', { status: 'failed', assets: ['usdc', 'pyusd'] }],
  ['two values of one chip', { status: ['FAILED', 'PROCESSING'] }],
  ['rule + chip', { ruleId: RULES[0], status: 'COMPLETED' }],
  ['started from the app + chip', { adhoc: true, assets: ['USDG'] }],
  ['profile + chip', { profileId: PROFILES[1], status: 'PENDING' }],
  ['two chips + date range', { status: 'COMPLETED', assets: ['USDC'], from: FROM, to: TO }],
  ['a chip nobody has + chip', { status: 'REJECTED', assets: ['USDC'] }],
  ['search + chip', { search: { text: 'zurich' }, status: 'FAILED' }],
  ['search + rule', { search: { text: 'zurich' }, ruleId: RULES[0] }],
  ['search + two chips', { search: { text: 'zu pay' }, status: 'PROCESSING', assets: ['USDC'] }],
  ['search + date range', { search: { text: 'inv' }, from: FROM, to: TO }],
  ['search of a word with "_"', { search: { text: '31' }, status: 'FAILED' }],
  ['search that looks like a tag', { search: { text: '_s1 _rn' } }],
  ['search of an id + chip', { search: { text: orchestration(12).id }, status: 'PROCESSING' }],
  [
    'bank account by label + chip',
    { search: { text: 'chase', bankAccountIds: ['bank-1'] }, status: 'FAILED' },
  ],
  [
    'rule by nickname + chip',
    { search: { text: 'sweep', ruleIds: [RULES[1]!] }, status: 'FAILED' },
  ],
  ['ref_id + chip', { refId: 'desk-12', status: 'PROCESSING' }],
  ['the recent set', { inFlightOrChangedSince: new Date(NOW - 3 * 3_600_000).toISOString() }],
  ['the recent set, quiet', { inFlightOrChangedSince: new Date(NOW + 1).toISOString() }],
];

describe('combined orchestration filters', () => {
  it.each(shapes)('%s: the same rows, in the same order', async (name, filter) => {
    const cache = closeAfterTest(await CacheStore.open(await tempDir()));
    await cache.putMany('orchestrations', records.slice(120));
    await cache.putMany('orchestrations', records.slice(0, 120));
    const expected = plainly(filter);
    expect(expected.length > 0).toBe(!/nobody|like a tag/.test(name)); // a test, not a vacuous one
    const all = await cache.window('orchestrations', filter, 0, 1000);
    expect(all.items.map((i) => i.record.id)).toEqual(expected);
    expect(all.total).toBe(expected.length);
    const tail = await cache.window('orchestrations', filter, 3, 5);
    expect(tail.items.map((i) => i.record.id)).toEqual(expected.slice(3, 8));
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await cache.query('orchestrations', filter, { limit: 7, cursor });
      paged.push(...page.items.map((i) => i.record.id));
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    expect(paged).toEqual(expected);
  });

  it('follows a status change into the tags (and out of the old ones)', async () => {
    const cache = closeAfterTest(await CacheStore.open(await tempDir()));
    await cache.putMany('orchestrations', records);
    const moved: Rec = {
      ...records[2]!,
      status: 'FAILED',
      updated_at: new Date(NOW).toISOString(),
    };
    await cache.put('orchestrations', moved);
    const failedUsdc = { status: 'FAILED', assets: [text(moved.source_asset)] };
    const found = await cache.window('orchestrations', failedUsdc, 0, 1000);
    expect(found.items.map((i) => i.record.id)).toContain(moved.id);
    const processing = { status: 'PROCESSING', assets: [text(moved.source_asset)] };
    const gone = await cache.window('orchestrations', processing, 0, 1000);
    expect(gone.items.map((i) => i.record.id)).not.toContain(moved.id);
    expect(cache.statusOf('orchestrations', moved.id)).toBe('FAILED');
  });
});
