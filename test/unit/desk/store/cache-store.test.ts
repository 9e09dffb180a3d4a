import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CacheStore, type CachePage } from '../../../../main/desk/store/cache/cache-store';
import { balanceRecord } from '../../../../main/desk/store/cache/cache-records';
import { environmentDir } from '../../../../main/desk/store/environment-dir';
import { orchestration } from './orchestration-fixture';
import { closeAfterTest, useTempDirs } from './temp-dir';

const tempDir = useTempDirs();
const T1 = '2026-03-01T10:00:00.000Z';
const T2 = '2026-03-01T10:05:00.000Z';

describe('CacheStore', () => {
  it('keeps records with their fetch time and the collection as-of time across a reopen', async () => {
    const dir = await tempDir();
    const cache = closeAfterTest(await CacheStore.open(dir));
    await cache.putMany(
      'fiatAccounts',
      [
        { id: 'fa-1', status: 'PENDING' },
        { id: 'fa-2', status: 'APPROVED' },
      ],
      {
        fetchedAt: T1,
        asOf: T1,
      },
    );
    await cache.close();

    const reopened = closeAfterTest(await CacheStore.open(dir));
    expect(await reopened.get('fiatAccounts', 'fa-1')).toEqual({
      record: { id: 'fa-1', status: 'PENDING' },
      fetchedAt: T1,
    });
    expect(reopened.asOf('fiatAccounts')).toBe(T1);
    expect(reopened.asOf('rules')).toBeUndefined();
    expect(reopened.count('fiatAccounts')).toBe(2);
    expect(reopened.count('profiles')).toBe(0);
  });

  it('writes nothing when Paxos returns a record unchanged, but still reports the newer fetch time', async () => {
    const cache = closeAfterTest(await CacheStore.open(await tempDir()));
    expect(await cache.put('rules', { id: 'r-1', status: 'ACTIVE' }, { fetchedAt: T1 })).toBe(true);
    const writes = cache.stats().writes;
    expect(await cache.put('rules', { id: 'r-1', status: 'ACTIVE' }, { fetchedAt: T2 })).toBe(
      false,
    );
    expect(cache.stats().writes).toBe(writes);
    expect((await cache.get('rules', 'r-1'))?.fetchedAt).toBe(T2);
    expect(await cache.put('rules', { id: 'r-1', status: 'DELETED' }, { fetchedAt: T2 })).toBe(
      true,
    );
    expect((await cache.get('rules', 'r-1'))?.record.status).toBe('DELETED');
  });

  it('rejects a record without an id', async () => {
    const cache = closeAfterTest(await CacheStore.open(await tempDir()));
    await expect(cache.put('profiles', { nickname: 'x' } as never)).rejects.toMatchObject({
      code: 'validation',
    });
    await expect(cache.put('profiles', { id: '' })).rejects.toMatchObject({ code: 'validation' });
  });

  it('answers orchestration queries by status, rule and ref_id, and lists in-flight ones', async () => {
    const cache = closeAfterTest(await CacheStore.open(await tempDir()));
    await cache.putMany('orchestrations', [
      orchestration(1, { status: 'COMPLETED' }),
      orchestration(2, { status: 'processing', orchestration_rule_id: 'rule-9' }),
      orchestration(3, { status: 'FAILED', orchestration_rule_id: 'rule-9' }),
      orchestration(4, { status: 'PENDING_APPROVAL' }),
      orchestration(5),
    ]);
    const ids = (page: CachePage) => page.items.map((i) => i.record.ref_id);
    expect(ids(await cache.orchestrationsByStatus('PROCESSING'))).toEqual(['desk-5', 'desk-2']);
    expect(ids(await cache.orchestrationsByStatus(['COMPLETED', 'FAILED']))).toEqual([
      'desk-3',
      'desk-1',
    ]);
    expect(ids(await cache.orchestrationsByRule('rule-9'))).toEqual(['desk-3', 'desk-2']);
    expect((await cache.orchestrationByRefId('desk-4'))?.record.status).toBe('PENDING_APPROVAL');
    expect(await cache.orchestrationByRefId('desk-404')).toBeUndefined();
    expect(cache.inFlightOrchestrationIds().sort()).toEqual(
      [2, 4, 5].map((i) => orchestration(i).id).sort(),
    );
  });

  it('pages newest first without repeats or gaps, even when new records arrive between pages', async () => {
    const cache = closeAfterTest(await CacheStore.open(await tempDir()));
    await cache.putMany(
      'orchestrations',
      Array.from({ length: 25 }, (_, i) => orchestration(i)),
    );
    const seen: unknown[] = [];
    let page = await cache.query('orchestrations', {}, { limit: 10 });
    seen.push(...page.items.map((i) => i.record.ref_id));
    await cache.put('orchestrations', orchestration(100)); // newer: belongs before page 1
    while (page.nextCursor !== undefined) {
      page = await cache.query('orchestrations', {}, { limit: 10, cursor: page.nextCursor });
      seen.push(...page.items.map((i) => i.record.ref_id));
    }
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => `desk-${24 - i}`));
    await expect(cache.query('orchestrations', {}, { cursor: 'garbage' })).rejects.toMatchObject({
      code: 'validation',
    });
  });

  it('replaces a full listing, dropping only records inside the listed scope', async () => {
    const cache = closeAfterTest(await CacheStore.open(await tempDir()));
    const bal = (profile: string, asset: string, available: string) =>
      balanceRecord(profile, { asset, available });
    await cache.putMany('balances', [
      bal('p1', 'USDG', '10'),
      bal('p1', 'USDC', '5'),
      bal('p2', 'USDG', '7'),
    ]);
    const result = await cache.replaceAll('balances', [bal('p1', 'USDG', '12')], {
      scope: { profileId: 'p1' },
      asOf: T2,
    });
    expect(result).toEqual({ written: 1, removed: ['p1:USDC'] });
    expect(
      (await cache.list('balances')).map((b) => [b.record.id, b.record.available]).sort(),
    ).toEqual([
      ['p1:USDG', '12'],
      ['p2:USDG', '7'],
    ]);
    expect(cache.asOf('balances')).toBe(T2);
  });
});

describe('per-environment separation', () => {
  it("keeps each environment in its own folder and never shows one environment the other's data", async () => {
    const dataDir = await tempDir();
    const sandbox = closeAfterTest(await CacheStore.open(environmentDir(dataDir, 'sandbox')));
    const production = closeAfterTest(await CacheStore.open(environmentDir(dataDir, 'production')));
    await sandbox.put('orchestrations', orchestration(1));
    await production.put('orchestrations', orchestration(2));
    expect((await sandbox.list('orchestrations')).map((r) => r.record.ref_id)).toEqual(['desk-1']);
    expect((await production.list('orchestrations')).map((r) => r.record.ref_id)).toEqual([
      'desk-2',
    ]);
    await sandbox.close();
    await production.close();

    expect((await readdir(dataDir)).sort()).toEqual(['production', 'sandbox']);
    expect((await stat(join(dataDir, 'sandbox', 'desk.sqlite'))).isFile()).toBe(true);
    const demo = closeAfterTest(await CacheStore.open(environmentDir(dataDir, 'demo')));
    expect(demo.count('orchestrations')).toBe(0);
  });

  it('refuses an environment name that is not one of the three', () => {
    expect(() => environmentDir('/data', '../production' as never)).toThrow(
      expect.objectContaining({ code: 'validation' }),
    );
  });
});
