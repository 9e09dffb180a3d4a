// The owner lookup behind every beneficiary the desk names (issue 24.2): a name kept in the
// cache; else Paxos's full record (then kept); "not stated" when that record names nobody;
// "not asked" when Paxos cannot be reached in time. An owner object without a name is no name.
import { describe, expect, it } from 'vitest';
import { lookUpAccountOwner, rememberOwner } from '../../../../main/desk/views/account-owner';
import type { FiatAccount } from '../../../../shared/paxos/responses';
import { beneficiaryText } from '../../../../shared/beneficiary';

function fakeCache(record: FiatAccount | undefined) {
  const store = new Map<string, { record: FiatAccount; fetchedAt: string }>();
  if (record) store.set(record.id, { record, fetchedAt: '2026-12-07T10:00:00Z' });
  const puts: FiatAccount[] = [];
  return {
    puts,
    store,
    get: (async (_c: string, id: string) => store.get(id)) as never,
    put: (async (_c: string, r: FiatAccount) => {
      puts.push(r);
      store.set(r.id, { record: r, fetchedAt: '2026-12-07T10:00:00Z' });
      return true;
    }) as never,
  };
}

const listed: FiatAccount = {
  id: 'fa-1',
  status: 'APPROVED',
  // Paxos's list example: the owner object is there, its details null (parsed to undefined).
  fiat_account_owner: { person_details: undefined },
};
const full: FiatAccount = {
  ...listed,
  fiat_account_owner: { institution_details: { name: 'Acme Treasury Inc' } },
};

describe('lookUpAccountOwner', () => {
  it('reads the full record when the list left the owner out, and keeps the owner', async () => {
    const cache = fakeCache(listed);
    let reads = 0;
    const fetchFull = async () => {
      reads += 1;
      return full;
    };
    expect(await lookUpAccountOwner(cache, 'fa-1', fetchFull)).toEqual({
      kind: 'stated',
      name: 'Acme Treasury Inc',
    });
    expect(cache.puts).toHaveLength(1);
    expect(cache.puts[0]!.fiat_account_owner).toEqual(full.fiat_account_owner);
    // Only the owner is merged in: the cached record is otherwise the list's.
    expect(cache.puts[0]).toEqual({ ...listed, fiat_account_owner: full.fiat_account_owner });
    // Next time from the cache: no second read.
    expect(await lookUpAccountOwner(cache, 'fa-1', fetchFull)).toMatchObject({ kind: 'stated' });
    expect(reads).toBe(1);
  });

  it('says "not stated" when the full record names nobody, and "not asked" when Paxos cannot answer', async () => {
    const none = await lookUpAccountOwner(fakeCache(listed), 'fa-1', async () => listed);
    expect(none).toEqual({ kind: 'not_stated' });
    expect(beneficiaryText(none!)).toBe('Beneficiary not stated by Paxos');
    const down = await lookUpAccountOwner(fakeCache(listed), 'fa-1', async () => {
      throw new Error('offline');
    });
    expect(down).toEqual({ kind: 'not_asked' });
    const slow = await lookUpAccountOwner(
      fakeCache(listed),
      'fa-1',
      () => new Promise<FiatAccount>(() => undefined),
      20,
    );
    expect(slow).toEqual({ kind: 'not_asked' });
    const wrongId = await lookUpAccountOwner(fakeCache(listed), 'fa-1', async () => ({
      ...full,
      id: 'fa-2',
    }));
    expect(wrongId).toEqual({ kind: 'not_asked' });
    expect(await lookUpAccountOwner(fakeCache(listed), 'fa-1')).toEqual({ kind: 'not_asked' });
    expect(await lookUpAccountOwner(fakeCache(undefined), 'fa-1')).toBeUndefined();
    for (const lookup of [none!, down!]) expect(beneficiaryText(lookup)).not.toMatch(/^—?$/);
  });

  it('rememberOwner ignores an answer naming no owner', async () => {
    const cache = fakeCache(listed);
    expect(await rememberOwner(cache, listed)).toBe(false);
    expect(await rememberOwner(cache, full)).toBe(true);
    expect(await rememberOwner(cache, full)).toBe(false);
  });
});
