// The offline cache of one environment: what Paxos last said about profiles, balances, fiat
// accounts, rules and orchestrations, with when it said it. Lives in the environment's
// database; the small collections are also held in memory, orchestrations are not (see
// orchestration-table.ts). Each call that writes is one transaction: one commit per page,
// not fsynced by itself (refetchable; the next intent or audit commit fsyncs the WAL).
import { DeskDatabase } from '../db/desk-database';
import {
  type CacheCollection,
  type CachedRecord,
  type PaxosRecord,
  type SmallCollection,
} from './cache-records';
import { HandedRefIds } from './handed-ref-ids';
import { OrchestrationTable } from './orchestration-table';
import type { PageRequest, RecordFilter } from './record-query';
import { SmallCollections } from './small-collections';
export { COUNT_CAP } from './orchestration-paging';

export interface CachePage<C extends CacheCollection = CacheCollection> {
  items: CachedRecord<C>[];
  nextCursor?: string;
}

export interface CacheWindow<C extends CacheCollection = CacheCollection> {
  /** Rows matching the filter; when totalCapped, at least this many (shown as "10,000+"). */
  total: number;
  totalCapped: boolean;
  items: CachedRecord<C>[];
  /** Orchestrations: after the last row; the next window down passes it as `after` (keyset). */
  endCursor?: string;
}

export interface PutOptions {
  /** When Paxos returned the data; defaults to now. */
  fetchedAt?: string;
  /** Also mark the whole collection as refreshed at this time. */
  asOf?: string;
}

/** The cache is refetched from Paxos: its commits skip the fsync (the next durable one covers them). */
const NOT_DURABLE = { durable: false } as const;

/** A page of history (hundreds of records) is a bulk write: see DeskDatabase.transaction. */
const cacheWrite = (records: number) => ({ durable: false, bulk: records >= 100 }) as const;

const isSmall = (c: CacheCollection): c is SmallCollection => c !== 'orchestrations';
const CACHE_TABLES = ['cache_records', 'cache_as_of', 'cache_terms', 'orchestration_rows'].concat([
  'orchestration_ids',
  'orchestration_ids_recent',
  'orchestration_words',
]);

export class CacheStore {
  private readonly small: SmallCollections;
  private readonly orchestrations: OrchestrationTable;
  private readonly asOfs = new Map<string, string>();
  /** Ref_ids handed to the cache, taken by the stray check after each cycle. */
  readonly handed = new HandedRefIds();

  constructor(
    private readonly db: DeskDatabase,
    private readonly now: () => Date = () => new Date(),
    private readonly ownsDb = false,
  ) {
    this.small = new SmallCollections(db);
    this.orchestrations = new OrchestrationTable(db);
    for (const row of db.all<{ collection: string; at: string }>(
      'SELECT collection, at FROM cache_as_of',
    ))
      this.asOfs.set(row.collection, row.at);
  }

  /** Opens the environment's database for this store alone (tests, tools). */
  static async open(envDir: string, options: { now?: () => Date } = {}): Promise<CacheStore> {
    return new CacheStore(DeskDatabase.openIn(envDir), options.now, true);
  }

  count(collection: CacheCollection): number {
    return isSmall(collection) ? this.small.count(collection) : this.orchestrations.count();
  }

  asOf(collection: CacheCollection): string | undefined {
    return this.asOfs.get(collection);
  }

  async setAsOf(collection: CacheCollection, at: string = this.now().toISOString()): Promise<void> {
    this.db.transaction(() => this.writeAsOf(collection, at), NOT_DURABLE);
    this.asOfs.set(collection, at);
  }

  async get<C extends CacheCollection>(
    collection: C,
    id: string,
  ): Promise<CachedRecord<C> | undefined> {
    return (isSmall(collection) ? this.small.get(collection, id) : this.orchestrations.get(id)) as
      CachedRecord<C> | undefined;
  }

  /** Every record of a small collection, newest first. Page orchestrations with `query`. */
  async list<C extends CacheCollection>(collection: C): Promise<CachedRecord<C>[]> {
    if (isSmall(collection)) return this.small.list(collection) as CachedRecord<C>[];
    return (await this.query(collection, {}, { limit: Number.MAX_SAFE_INTEGER })).items;
  }

  async query<C extends CacheCollection>(
    collection: C,
    filter: RecordFilter,
    page: PageRequest = {},
  ): Promise<CachePage<C>> {
    if (!isSmall(collection)) return this.orchestrations.page(filter, page) as CachePage<C>;
    return {
      items: this.small.list(collection, filter).slice(0, page.limit ?? 100) as CachedRecord<C>[],
    };
  }

  /** A window of the filtered, newest-first list (for a virtualized list), with its length. */
  async window<C extends CacheCollection>(
    collection: C,
    filter: RecordFilter,
    offset: number,
    limit: number,
    after?: string, // orchestrations: the endCursor of the window above (offset rows down)
  ): Promise<CacheWindow<C>> {
    if (!isSmall(collection))
      return this.orchestrations.window(filter, offset, limit, after) as CacheWindow<C>;
    const all = this.small.list(collection, filter);
    return {
      total: all.length,
      totalCapped: false,
      items: all.slice(offset, offset + limit) as CachedRecord<C>[],
    };
  }

  /** Activity totals of a filter, one SQL aggregate (OrchestrationTable.totals). */
  readonly totals: OrchestrationTable['totals'] = (...args) => this.orchestrations.totals(...args);

  /** Resolves true if the record changed (and was written), false if Paxos sent it unchanged. */
  async put(
    collection: CacheCollection,
    record: PaxosRecord,
    options: PutOptions = {},
  ): Promise<boolean> {
    return (await this.putMany(collection, [record], options)) === 1;
  }

  /** One transaction for the whole batch; unchanged records write nothing. */
  async putMany(
    collection: CacheCollection,
    records: readonly PaxosRecord[],
    options: PutOptions = {},
  ): Promise<number> {
    return this.replace(collection, records, options, undefined).written;
  }

  /**
   * A full listing from Paxos: store it and drop cached records it no longer contains, in one
   * transaction. `scope` limits what may be dropped (e.g. the balances of one profile).
   */
  async replaceAll(
    collection: CacheCollection,
    records: readonly PaxosRecord[],
    options: PutOptions & { scope?: RecordFilter } = {},
  ): Promise<{ written: number; removed: string[] }> {
    return this.replace(collection, records, options, options.scope ?? {});
  }

  async delete(collection: CacheCollection, id: string): Promise<boolean> {
    if (!isSmall(collection)) {
      try {
        return this.db.transaction(() => this.orchestrations.delete(id), NOT_DURABLE);
      } catch (error) {
        this.orchestrations.rolledBack();
        throw error;
      }
    }
    const { removed, apply } = this.db.transaction(
      () => this.small.delete(collection, [id]),
      NOT_DURABLE,
    );
    apply();
    return removed.length === 1;
  }

  orchestrationsByStatus(
    statuses: string | readonly string[],
    page?: PageRequest,
  ): Promise<CachePage<'orchestrations'>> {
    return this.query('orchestrations', { status: statuses }, page);
  }

  orchestrationsByRule(ruleId: string, page?: PageRequest): Promise<CachePage<'orchestrations'>> {
    return this.query('orchestrations', { ruleId }, page);
  }

  async orchestrationByRefId(refId: string): Promise<CachedRecord<'orchestrations'> | undefined> {
    return (await this.query('orchestrations', { refId }, { limit: 1 })).items[0];
  }

  /** The cached status of a record, or undefined when it is not cached. */
  statusOf(collection: CacheCollection, id: string): string | undefined {
    return isSmall(collection)
      ? this.small.statusOf(collection, id)
      : this.orchestrations.statusOf(id);
  }

  /** Whether any cached record of the collection has this status (case-insensitive). */
  hasStatus(collection: CacheCollection, status: string): boolean {
    return isSmall(collection)
      ? this.small.hasStatus(collection, status)
      : this.orchestrations.hasStatus(status);
  }

  /** Ids of cached orchestrations not yet COMPLETED or FAILED (unknown statuses included). */
  inFlightOrchestrationIds(): string[] {
    return this.orchestrations.inFlightIds();
  }

  /** Where the database is and how many writes this connection made. */
  stats(): { path: string; writes: number } {
    return { path: this.db.path, writes: this.db.writes };
  }

  /** Empties the cache (rebuilt from Paxos by the next full sync). */
  async clear(): Promise<void> {
    this.db.transaction(() => {
      for (const table of CACHE_TABLES) this.db.run(`DELETE FROM ${table}`);
    });
    this.asOfs.clear();
    this.orchestrations.rolledBack();
    this.small.clear();
  }

  async close(): Promise<void> {
    if (this.ownsDb) this.db.close();
  }

  private replace(
    collection: CacheCollection,
    records: readonly PaxosRecord[],
    options: PutOptions,
    scope: RecordFilter | undefined,
  ): { written: number; removed: string[] } {
    try {
      return this.replaceNow(collection, records, options, scope);
    } catch (error) {
      this.orchestrations.rolledBack();
      throw error;
    }
  }

  private replaceNow(
    collection: CacheCollection,
    records: readonly PaxosRecord[],
    options: PutOptions,
    scope: RecordFilter | undefined,
  ): { written: number; removed: string[] } {
    const fetchedAt = options.fetchedAt ?? this.now().toISOString();
    const keep = new Set(records.map((r) => r.id));
    const applies: (() => void)[] = [];
    const result = this.db.transaction(() => {
      let written: number;
      let removed: string[] = [];
      if (isSmall(collection)) {
        const put = this.small.putMany(collection, records, fetchedAt);
        applies.push(put.apply);
        written = put.changed;
        if (scope) {
          const gone = this.small.delete(
            collection,
            this.small.ids(collection, scope).filter((id) => !keep.has(id)),
          );
          applies.push(gone.apply);
          removed = gone.removed;
        }
      } else {
        written = this.orchestrations.putMany(records, fetchedAt);
        if (scope)
          removed = this.orchestrations
            .ids(scope)
            .filter((id) => !keep.has(id) && this.orchestrations.delete(id));
      }
      if (options.asOf !== undefined) this.writeAsOf(collection, options.asOf);
      return { written, removed };
    }, cacheWrite(records.length));
    for (const apply of applies) apply();
    this.handed.note(collection, records);
    if (options.asOf !== undefined) this.asOfs.set(collection, options.asOf);
    return result;
  }

  private writeAsOf(collection: CacheCollection, at: string): void {
    this.db.run(
      'INSERT INTO cache_as_of (collection, at) VALUES (?, ?) ON CONFLICT (collection) DO UPDATE SET at = excluded.at',
      collection,
      at,
    );
  }
}
