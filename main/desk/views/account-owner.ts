// The owner of a bank account, which Paxos's list answer leaves out (only Get Fiat Account names
// it): read from the cache when an earlier full answer (create, get, a previous lookup) kept it,
// else from Paxos's full record, which is then kept in the cache so the next review, main's
// dialog, the rule review and the lists all name the same beneficiary. Only the owner is merged
// into the cached (list) record: the full account number stays out of the database.
import type { OwnerLookup } from '../../../shared/beneficiary';
import type { FiatAccount } from '../../../shared/paxos/responses';
import type { CacheStore } from '../store/cache/cache-store';
import { ownerNameOf } from './to-views';

/** Bounded: offline, a review or a dialog must not wait for the client's retries. */
export const OWNER_LOOKUP_MS = 4000;

type OwnerCache = Pick<CacheStore, 'get' | 'put'>;

/**
 * Keeps the owner named by a full record in the cached account; true when it was new. An
 * answer for another id, or one naming no owner, changes nothing.
 */
export async function rememberOwner(cache: OwnerCache, full: FiatAccount): Promise<boolean> {
  if (!ownerNameOf(full.fiat_account_owner)) return false;
  const cached = await cache.get('fiatAccounts', full.id);
  if (!cached) return false;
  const known = ownerNameOf(cached.record.fiat_account_owner);
  if (known === ownerNameOf(full.fiat_account_owner)) return false;
  return cache.put(
    'fiatAccounts',
    { ...cached.record, fiat_account_owner: full.fiat_account_owner },
    { fetchedAt: cached.fetchedAt },
  );
}

/** Undefined when the account is not in the cache at all. */
export async function lookUpAccountOwner(
  cache: OwnerCache,
  id: string,
  fetchFull?: (id: string) => Promise<FiatAccount>,
  timeoutMs = OWNER_LOOKUP_MS,
): Promise<OwnerLookup | undefined> {
  const cached = await cache.get('fiatAccounts', id);
  if (!cached) return undefined;
  const name = ownerNameOf(cached.record.fiat_account_owner);
  if (name) return { kind: 'stated', name };
  if (!fetchFull) return { kind: 'not_asked' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), timeoutMs);
    timer.unref?.();
  });
  const full = await Promise.race([fetchFull(id).catch(() => undefined), timeout]);
  clearTimeout(timer);
  if (full?.id !== id) return { kind: 'not_asked' };
  const fullName = ownerNameOf(full.fiat_account_owner);
  if (!fullName) return { kind: 'not_stated' };
  await rememberOwner(cache, full);
  return { kind: 'stated', name: fullName };
}
