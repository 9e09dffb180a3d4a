// What the cache stores: Paxos objects as last seen, with when they were seen. Records are
// opaque (`Record<string, unknown>` with an `id`): the cache indexes a few well-known fields and
// never interprets the rest, so new Paxos fields and enum values pass through untouched.
import { createHash } from 'node:crypto';
import { AppError } from '../../shared/app-error';

export const cacheCollections = [
  'profiles',
  'balances',
  'fiatAccounts',
  'rules',
  'orchestrations',
] as const;
export type CacheCollection = (typeof cacheCollections)[number];

export type PaxosRecord = Record<string, unknown> & { id: string };

export interface CachedRecord {
  record: PaxosRecord;
  /** ISO time this content was last confirmed by Paxos (see RecordSummary.fetchedAt). */
  fetchedAt: string;
}

/** The on-disk value of one cache line. */
export interface StoredRecord {
  record: PaxosRecord;
  fetchedAt: string;
  /** Content hash: a refresh that finds the record unchanged writes nothing. */
  hash: string;
}

/** Kept in memory for every record, so queries scan memory and read only their matches. */
export interface RecordSummary {
  /**
   * In memory this moves forward on every refresh, including unchanged ones, which are not
   * written; after a restart it is the time of the last *written* version: older, never newer,
   * than the truth.
   */
  fetchedAt: string;
  hash: string;
  status?: string;
  refId?: string;
  ruleId?: string;
  profileId?: string;
  createdAt?: string;
  /** Orchestrations: what Activity filters and searches on without reading records from disk. */
  asset?: string;
  amount?: string;
  memo?: string;
  updatedAt?: string;
}

/** Balances have no id in Paxos: the cache keys them by profile and asset. */
export function balanceRecord(profileId: string, balance: Record<string, unknown>): PaxosRecord {
  return { ...balance, id: `${profileId}:${String(balance.asset)}`, profile_id: profileId };
}

/** COMPLETED and FAILED are the only terminal states; anything else (including statuses this
 *  build does not know, such as PENDING_APPROVAL) is still in flight. */
export function isInFlightOrchestrationStatus(status: string | undefined): boolean {
  const upper = status?.toUpperCase();
  return upper !== 'COMPLETED' && upper !== 'FAILED';
}

export function toStoredRecord(record: unknown, fetchedAt: string): StoredRecord {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new AppError('validation', 'Paxos returned a record the app cannot store.', {
      field: 'record',
    });
  }
  const id = (record as { id?: unknown }).id;
  if (typeof id !== 'string' || id.length === 0) {
    throw new AppError('validation', 'Paxos returned a record without an id.', { field: 'id' });
  }
  const hash = createHash('sha256').update(JSON.stringify(record)).digest('base64url').slice(0, 22);
  return { record: record as PaxosRecord, fetchedAt, hash };
}

export function summarizeStoredRecord(_key: string, value: unknown): RecordSummary {
  const { record, fetchedAt, hash } = value as StoredRecord;
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  const summary: RecordSummary = { fetchedAt, hash };
  const fields: [keyof RecordSummary, unknown][] = [
    ['status', record.status],
    ['refId', record.ref_id],
    ['ruleId', record.orchestration_rule_id],
    ['profileId', record.profile_id],
    ['createdAt', record.created_at],
    ['asset', record.source_asset],
    ['amount', record.source_amount],
    ['memo', (record.destination as { fiat?: { memo?: unknown } } | undefined)?.fiat?.memo],
    ['updatedAt', record.updated_at],
  ];
  for (const [field, raw] of fields) {
    const v = text(raw);
    if (v !== undefined) summary[field] = v as never;
  }
  return summary;
}
