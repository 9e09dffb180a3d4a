// Reading one bank account for the operator: its details live from Paxos (the list carries only
// the last four digits), falling back to the cache when Paxos cannot be asked; and the facts a
// confirmation names, with the owner read from Paxos when the cache lacks it.
import { AppError } from '../../../shared/app-error';
import type { FiatAccount } from '../../../shared/paxos/responses';
import { bankAccountFacts, type BankAccountFacts } from '../views/record-facts';
import type { PaxosClient } from '../../paxos';
import type { CacheStore } from '../store/cache/cache-store';

/** Failures that mean "Paxos cannot be asked now", not "Paxos said no". */
const UNREACHABLE = ['network', 'timeout', 'not_configured', 'rate_limited'];

export const unknownBankAccount = (id: string) =>
  new AppError('not_found', 'This bank account is not known here. Refresh and try again.', { id });

export async function readFiatAccount(
  cache: CacheStore,
  client: PaxosClient | undefined,
  id: string,
  now: Date,
): Promise<{ account: FiatAccount; fetchedAt: string }> {
  try {
    if (!client) throw new AppError('not_configured', 'No credentials for this environment.');
    return { account: await client.getFiatAccount(id), fetchedAt: now.toISOString() };
  } catch (error) {
    if (!(error instanceof AppError) || !UNREACHABLE.includes(error.code)) throw error;
    const cached = await cache.get('fiatAccounts', id);
    if (!cached) throw unknownBankAccount(id);
    return { account: cached.record, fetchedAt: cached.fetchedAt };
  }
}

export function liveBankAccountFacts(
  cache: CacheStore,
  client: PaxosClient | undefined,
  id: string,
): Promise<BankAccountFacts | undefined> {
  return bankAccountFacts(cache, id, client ? (i) => client.getFiatAccount(i) : undefined);
}
