// What an operator's request reads live from Paxos, beside the cache: a bank account's record
// and owner, a movement's transfer legs, a profile's balances now. The client stays inside the
// desk: callers ask for what they need (`desk.live.…`), never for the client. Each read degrades
// to what the cache has, or to undefined ("not read"), when Paxos cannot be asked.
import type { OwnerLookup } from '../../shared/beneficiary';
import type { Balance, Orchestration, Transfer } from '../../shared/paxos/responses';
import type { PaxosClient } from '../paxos';
import {
  liveAccountOwner,
  liveBankAccountFacts,
  readFiatAccount,
  type FiatAccountRead,
} from './bank-accounts/fiat-account-reads';
import type { CacheStore } from './store/cache/cache-store';
import type { BankAccountFacts } from './views/record-facts';

export class LiveReads {
  constructor(
    private readonly cache: CacheStore,
    private readonly client: PaxosClient | undefined,
    private readonly now: () => Date,
  ) {}

  /** One bank account's details, live from Paxos, or as cached when Paxos cannot be asked. */
  readFiatAccount(id: string): Promise<FiatAccountRead> {
    return readFiatAccount(this.cache, this.client, id, this.now());
  }

  /** Who owns a bank account, from Paxos's full record when the list left it out (then kept). */
  accountOwner(id: string): Promise<OwnerLookup | undefined> {
    return liveAccountOwner(this.cache, this.client, id);
  }

  /** What a confirmation names about a bank account (owner read from Paxos if not cached). */
  bankAccountFacts(id: string): Promise<BankAccountFacts | undefined> {
    return liveBankAccountFacts(this.cache, this.client, id);
  }

  /** Transfers by id from Paxos (an export's or a statement's legs); undefined: not read. */
  async transfersByIds(ids: readonly string[]): Promise<Transfer[] | undefined> {
    if (ids.length === 0) return [];
    return this.client?.listTransfersByIds(ids).catch(() => undefined);
  }

  /** A profile's balances as Paxos reports them now (a statement); undefined: not read. */
  async balances(profileId: string): Promise<Balance[] | undefined> {
    return this.client?.listBalances(profileId).catch(() => undefined);
  }

  /** The wire legs of a redemption; offline (or on any failure) the ones that could be read. */
  async transfersOf(orchestration: Orchestration): Promise<Transfer[]> {
    const legIds = [
      orchestration.source_transfer?.transfer_id,
      orchestration.destination_transfer?.transfer_id,
    ].filter((t): t is string => !!t);
    const transfers: Transfer[] = [];
    for (const legId of legIds) {
      const transfer = await this.client?.getTransfer(legId).catch(() => undefined);
      if (transfer) transfers.push(transfer);
    }
    return transfers;
  }
}
