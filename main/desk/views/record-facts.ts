// Facts about records, read from main's own cache for confirmations and the audit log: the
// renderer may name an id, never the words the operator reads about it.
import { maskedLast4 } from '../../../shared/account-label';
import type { FiatAccount, OrchestrationRule } from '../../../shared/paxos/responses';
import { beneficiaryText } from '../../../shared/beneficiary';
import { lookUpAccountOwner } from './account-owner';
import type { CacheStore } from '../store/cache/cache-store';
import { fiatAccountView } from './to-views';

export interface BankAccountFacts {
  id: string;
  label: string;
  bankName: string;
  last4: string;
  /** The beneficiary in words (beneficiaryText): a name, or why there is none. */
  owner: string;
  status: string;
}

/** Last four characters of an account number, or '—' when there is none. */
export function lastFour(accountNumber: string | undefined): string {
  const digits = (accountNumber ?? '').replace(/[^0-9A-Za-z]/g, '');
  return digits ? digits.slice(-4) : '—';
}

/**
 * The account as main has it. Paxos' list answer leaves the owner out, so when the cache has
 * no owner and `fetchFull` is given, the full record is read from Paxos (the source of truth)
 * and its owner kept (account-owner.ts); offline the owner is said to be unknown, never taken
 * from anything the page said.
 */
export async function bankAccountFacts(
  cache: Pick<CacheStore, 'get' | 'put'>,
  id: string,
  fetchFull?: (id: string) => Promise<FiatAccount>,
): Promise<BankAccountFacts | undefined> {
  const lookup = await lookUpAccountOwner(cache, id, fetchFull);
  const cached = await cache.get('fiatAccounts', id);
  if (!cached || !lookup) return undefined;
  const account = cached.record as FiatAccount;
  const view = fiatAccountView(account, cached.fetchedAt);
  return {
    id,
    label: view.label,
    bankName: view.bankName ?? '—',
    last4: lastFour(account.fiat_network_instructions?.wire?.account_number),
    owner: beneficiaryText(lookup),
    status: view.status,
  };
}

export async function profileName(
  cache: Pick<CacheStore, 'get'>,
  id: string,
): Promise<string | undefined> {
  const cached = await cache.get('profiles', id);
  return cached ? String(cached.record.nickname ?? cached.record.id) : undefined;
}

export async function ruleFacts(cache: Pick<CacheStore, 'get'>, id: string) {
  const cached = await cache.get('rules', id);
  if (!cached) return undefined;
  const rule = cached.record as OrchestrationRule & Record<string, unknown>;
  const source = rule.source as
    { crypto?: { network?: string }; fiat?: { memo_id?: string } } | undefined;
  const destination = rule.destination as
    { fiat?: { fiat_account_id?: string }; profile?: { profile_id?: string } } | undefined;
  // Convert & Hold for crypto deposits: a deposit address converting into a profile.
  const cryptoHold =
    source?.crypto && destination?.profile && typeof rule.destination_asset === 'string'
      ? { asset: rule.destination_asset }
      : undefined;
  const convertHold =
    source?.fiat && typeof rule.destination_asset === 'string'
      ? {
          asset: rule.destination_asset,
          ...(source.fiat.memo_id ? { memoId: source.fiat.memo_id } : {}),
        }
      : undefined;
  return {
    ...(convertHold ? { convertHold } : {}),
    ...(cryptoHold ? { cryptoHold } : {}),
    id,
    nickname: typeof rule.nickname === 'string' ? rule.nickname : '—',
    asset: String(rule.source_asset ?? '—'),
    network: source?.crypto?.network ?? '—',
    profileId: typeof rule.profile_id === 'string' ? rule.profile_id : undefined,
    fiatAccountId: destination?.fiat?.fiat_account_id,
  };
}

/**
 * How a confirmation names a bank account from Paxos' facts: "Customers Bank ••••1012, owner Acme
 * Treasury Inc". Its label is the operator's own text: a confirmation shows it as a note apart.
 */
export function describeBankAccount(facts: BankAccountFacts): string {
  return `${facts.bankName} ${maskedLast4(facts.last4)}, owner ${facts.owner}`;
}
