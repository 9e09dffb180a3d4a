// Reading one bank account for the operator: its details live from Paxos (the list carries only
// the last four digits), falling back to the cache when Paxos cannot be asked; and the facts a
// confirmation names, with the owner read from Paxos when the cache lacks it.
import { AppError } from '../../../shared/app-error';
import type { FiatAccount } from '../../../shared/paxos/responses';
import type { OwnerLookup } from '../../../shared/beneficiary';
import { lookUpAccountOwner, rememberOwner } from '../views/account-owner';
import { bankAccountFacts, type BankAccountFacts } from '../views/record-facts';
import { ownerNameOf } from '../views/to-views';
import type { PaxosClient } from '../../paxos';
import type { CacheStore } from '../store/cache/cache-store';

/** Failures that mean "Paxos cannot be asked now", not "Paxos said no". */
const UNREACHABLE = ['network', 'timeout', 'not_configured', 'rate_limited'];

export const unknownBankAccount = (id: string) =>
  new AppError('not_found', 'This bank account is not known here. Refresh and try again.', { id });

/** The account, when it was read, and who owns it as far as Paxos has said (or could be asked). */
export interface FiatAccountRead {
  account: FiatAccount;
  fetchedAt: string;
  owner: OwnerLookup;
}

export async function readFiatAccount(
  cache: CacheStore,
  client: PaxosClient | undefined,
  id: string,
  now: Date,
): Promise<FiatAccountRead> {
  try {
    if (!client) throw new AppError('not_configured', 'No credentials for this environment.');
    const account = await client.getFiatAccount(id);
    // The list leaves the owner out: keep the one this full record names for every other view.
    await rememberOwner(cache, account);
    const name = ownerNameOf(account.fiat_account_owner);
    return {
      account,
      fetchedAt: now.toISOString(),
      owner: name ? { kind: 'stated', name } : { kind: 'not_stated' },
    };
  } catch (error) {
    if (!(error instanceof AppError) || !UNREACHABLE.includes(error.code)) throw error;
    const cached = await cache.get('fiatAccounts', id);
    if (!cached) throw unknownBankAccount(id);
    const name = ownerNameOf(cached.record.fiat_account_owner);
    return {
      account: cached.record,
      fetchedAt: cached.fetchedAt,
      owner: name ? { kind: 'stated', name } : { kind: 'not_asked' },
    };
  }
}

export function liveBankAccountFacts(
  cache: CacheStore,
  client: PaxosClient | undefined,
  id: string,
): Promise<BankAccountFacts | undefined> {
  return bankAccountFacts(cache, id, client ? (i) => client.getFiatAccount(i) : undefined);
}

/** Who owns the account, reading Paxos's full record when the cache has no owner (kept after). */
export function liveAccountOwner(
  cache: CacheStore,
  client: PaxosClient | undefined,
  id: string,
): Promise<OwnerLookup | undefined> {
  return lookUpAccountOwner(cache, id, client ? (i) => client.getFiatAccount(i) : undefined);
}
