// What the cache stores: Paxos objects as last seen, with when they were seen. Records keep
// every field Paxos sent (new fields and enum values pass through untouched); each collection
// has its own row type, so call sites get an Orchestration, a FiatAccount, ... not a bag.
import { createHash } from 'node:crypto';
import { AppError } from '../../../../shared/app-error';
import { isTerminalOrchestration } from '../../../../shared/paxos/status-meanings';
import type {
  Balance,
  FiatAccount,
  Orchestration,
  OrchestrationRule,
  Profile,
} from '../../../../shared/paxos/responses';

export const cacheCollections = [
  'profiles',
  'balances',
  'fiatAccounts',
  'rules',
  'orchestrations',
] as const;
export type CacheCollection = (typeof cacheCollections)[number];
/** The collections small enough to be held in memory (a few thousand records at most). */
export type SmallCollection = Exclude<CacheCollection, 'orchestrations'>;

export type PaxosRecord = Record<string, unknown> & { id: string };

/** The row type of each collection. Balances have no id at Paxos: see balanceRecord. */
export interface CollectionRecords {
  profiles: Profile;
  balances: Balance & { id: string; profile_id: string };
  fiatAccounts: FiatAccount;
  rules: OrchestrationRule;
  orchestrations: Orchestration;
}
export type RecordOf<C extends CacheCollection> = CollectionRecords[C] & PaxosRecord;

export interface CachedRecord<C extends CacheCollection = CacheCollection> {
  record: RecordOf<C>;
  /** ISO time this content was last written (a refresh that finds it unchanged writes nothing). */
  fetchedAt: string;
}

/** Balances have no id in Paxos: the cache keys them by profile and asset. */
export function balanceRecord(profileId: string, balance: Record<string, unknown>): PaxosRecord {
  return { ...balance, id: `${profileId}:${String(balance.asset)}`, profile_id: profileId };
}

/** In flight until the status table (shared/paxos/status-meanings.ts) calls it terminal:
 *  COMPLETED, FAILED, REJECTED. A status no document names (PENDING_APPROVAL, a new value)
 *  stays in flight: it may still move, and Paxos is the one to say it ended. */
export function isInFlightOrchestrationStatus(status: string | undefined): boolean {
  return !isTerminalOrchestration((status ?? '').toUpperCase());
}

/** Checks the one thing the cache relies on (an id); returns the record's JSON. */
export function checkRecord(record: unknown): { record: PaxosRecord; json: string } {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new AppError('validation', 'Paxos returned a record the app cannot store.', {
      field: 'record',
    });
  }
  const id = (record as { id?: unknown }).id;
  if (typeof id !== 'string' || id.length === 0) {
    throw new AppError('validation', 'Paxos returned a record without an id.', { field: 'id' });
  }
  return { record: record as PaxosRecord, json: JSON.stringify(record) };
}

/** A short content hash: a refresh that finds a small-collection record unchanged writes nothing. */
export function contentHash(json: string): string {
  return createHash('sha256').update(json).digest('base64url').slice(0, 22);
}

/** A non-empty string field, else undefined. */
export function textField(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
