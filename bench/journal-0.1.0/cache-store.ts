// FROZEN copy of the 0.1.0 store (main/desk/store/journal + cache), kept only as the benchmark baseline.
// The offline cache of one environment: what Paxos last said about profiles, balances, fiat
// accounts, rules and orchestrations, with when it said it. One journal file per collection
// (<envDir>/cache/<collection>.jsonl), so a busy orchestrations log never rewrites the others;
// collection "as of" times live in <envDir>/cache/as-of.jsonl.
// Not fsynced: Paxos is the source of truth and anything lost in a power cut is refetched.
import { join } from 'node:path';
import { Journal, type JournalStats } from './journal';
import {
  cacheCollections,
  isInFlightOrchestrationStatus,
  summarizeStoredRecord,
  toStoredRecord,
  type CacheCollection,
  type CachedRecord,
  type PaxosRecord,
  type RecordSummary,
  type StoredRecord,
} from './cache-records';
import { matches, pageIds, windowIds, type PageRequest, type RecordFilter } from './record-query';

export interface CachePage {
  items: CachedRecord[];
  nextCursor?: string;
}

export interface PutOptions {
  /** When Paxos returned the data; defaults to now. */
  fetchedAt?: string;
  /** Also mark the whole collection as refreshed at this time. */
  asOf?: string;
}

type Journals = Record<CacheCollection, Journal<RecordSummary>>;

export class CacheStore {
  private constructor(
    private readonly journals: Journals,
    private readonly asOfJournal: Journal<string>,
    private readonly now: () => Date,
  ) {}

  static async open(envDir: string, options: { now?: () => Date } = {}): Promise<CacheStore> {
    const dir = join(envDir, 'cache');
    const opened = await Promise.all(
      cacheCollections.map((c) =>
        Journal.open({ path: join(dir, `${c}.jsonl`), summarize: summarizeStoredRecord }),
      ),
    );
    const journals = Object.fromEntries(cacheCollections.map((c, i) => [c, opened[i]])) as Journals;
    const asOf = await Journal.open({
      path: join(dir, 'as-of.jsonl'),
      summarize: (_k, v) => String(v),
    });
    return new CacheStore(journals, asOf, options.now ?? (() => new Date()));
  }

  count(collection: CacheCollection): number {
    return this.journals[collection].size;
  }

  asOf(collection: CacheCollection): string | undefined {
    return this.asOfJournal.summary(collection);
  }

  async setAsOf(collection: CacheCollection, at: string = this.now().toISOString()): Promise<void> {
    await this.asOfJournal.put(collection, at);
  }

  async get(collection: CacheCollection, id: string): Promise<CachedRecord | undefined> {
    return (await this.read(collection, [id]))[0];
  }

  /** Every record of a small collection, newest first. Page orchestrations with `query`. */
  async list(collection: CacheCollection): Promise<CachedRecord[]> {
    return (await this.query(collection, {}, { limit: Number.MAX_SAFE_INTEGER })).items;
  }

  async query(
    collection: CacheCollection,
    filter: RecordFilter,
    page: PageRequest = {},
  ): Promise<CachePage> {
    const { ids, nextCursor } = pageIds(this.journals[collection].summaries(), filter, page);
    const items = await this.read(collection, ids);
    return nextCursor === undefined ? { items } : { items, nextCursor };
  }

  /** A window of the filtered, newest-first list (for a virtualized list), with its length. */
  async window(
    collection: CacheCollection,
    filter: RecordFilter,
    offset: number,
    limit: number,
  ): Promise<{ total: number; items: CachedRecord[] }> {
    const { ids, total } = windowIds(this.journals[collection].summaries(), filter, offset, limit);
    return { total, items: await this.read(collection, ids) };
  }

  /** Resolves true if the record changed (and was written), false if Paxos sent it unchanged. */
  async put(
    collection: CacheCollection,
    record: PaxosRecord,
    options: PutOptions = {},
  ): Promise<boolean> {
    return (await this.putMany(collection, [record], options)) === 1;
  }

  /** One append for the whole batch; unchanged records only refresh their in-memory time. */
  async putMany(
    collection: CacheCollection,
    records: readonly PaxosRecord[],
    options: PutOptions = {},
  ): Promise<number> {
    const fetchedAt = options.fetchedAt ?? this.now().toISOString();
    const journal = this.journals[collection];
    const changed: [string, StoredRecord][] = [];
    for (const record of records) {
      const stored = toStoredRecord(record, fetchedAt);
      const known = journal.summary(stored.record.id);
      if (known?.hash === stored.hash) {
        if (known.fetchedAt < fetchedAt) known.fetchedAt = fetchedAt;
      } else {
        changed.push([stored.record.id, stored]);
      }
    }
    if (changed.length > 0) await journal.putMany(changed);
    if (options.asOf !== undefined) await this.setAsOf(collection, options.asOf);
    return changed.length;
  }

  /**
   * A full listing from Paxos: store it and drop cached records it no longer contains. `scope`
   * limits what may be dropped (e.g. the balances of the one profile that was listed).
   */
  async replaceAll(
    collection: CacheCollection,
    records: readonly PaxosRecord[],
    options: PutOptions & { scope?: RecordFilter } = {},
  ): Promise<{ written: number; removed: string[] }> {
    const keep = new Set(records.map((r) => r.id));
    const journal = this.journals[collection];
    const removed = [...journal.summaries()]
      .filter(([id, summary]) => !keep.has(id) && matches(summary, options.scope ?? {}))
      .map(([id]) => id);
    const written = await this.putMany(collection, records, options);
    for (const id of removed) await journal.delete(id);
    return { written, removed };
  }

  delete(collection: CacheCollection, id: string): Promise<boolean> {
    return this.journals[collection].delete(id);
  }

  // ---- orchestration helpers for the UI and the sync engine

  orchestrationsByStatus(
    statuses: string | readonly string[],
    page?: PageRequest,
  ): Promise<CachePage> {
    return this.query('orchestrations', { status: statuses }, page);
  }

  orchestrationsByRule(ruleId: string, page?: PageRequest): Promise<CachePage> {
    return this.query('orchestrations', { ruleId }, page);
  }

  async orchestrationByRefId(refId: string): Promise<CachedRecord | undefined> {
    return (await this.query('orchestrations', { refId }, { limit: 1 })).items[0];
  }

  /** The cached status of a record (from memory), or undefined when it is not cached. */
  statusOf(collection: CacheCollection, id: string): string | undefined {
    const summary = this.journals[collection].summary(id);
    return summary ? (summary.status ?? '') : undefined;
  }

  /** Whether any cached record of the collection has this status (case-insensitive). */
  hasStatus(collection: CacheCollection, status: string): boolean {
    for (const [, s] of this.journals[collection].summaries())
      if (s.status?.toUpperCase() === status.toUpperCase()) return true;
    return false;
  }

  /** Ids of cached orchestrations not yet COMPLETED or FAILED (unknown statuses included). */
  inFlightOrchestrationIds(): string[] {
    const ids: string[] = [];
    for (const [id, s] of this.journals.orchestrations.summaries()) {
      if (isInFlightOrchestrationStatus(s.status)) ids.push(id);
    }
    return ids;
  }

  stats(collection: CacheCollection): JournalStats & { path: string } {
    return { ...this.journals[collection].stats(), path: this.journals[collection].path };
  }

  async close(): Promise<void> {
    await Promise.all([...Object.values(this.journals), this.asOfJournal].map((j) => j.close()));
  }

  private async read(collection: CacheCollection, ids: readonly string[]): Promise<CachedRecord[]> {
    const journal = this.journals[collection];
    const values = await journal.getMany(ids);
    return ids.flatMap((id) => {
      const stored = values.get(id) as StoredRecord | undefined;
      const summary = journal.summary(id);
      return stored && summary ? [{ record: stored.record, fetchedAt: summary.fetchedAt }] : [];
    });
  }
}
