// What the desk hands out besides its API: its cached records, read only, and (tests and
// benchmarks only) its parts, to arrange faults the API cannot cause.
import type { PaxosClient } from '../paxos';
import type { Outbox } from './outbox/outbox';
import type { AuditLog } from './store/audit/audit-log';
import type { CacheStore } from './store/cache/cache-store';
import type { IntentStore } from './store/intents/intent-store';
import type { NotificationLedger } from './store/notifications/notification-ledger';
import type { StorageHealth } from './store/storage-health';
import type { EventCursor } from './sync/event-cursor';
import type { SyncEngine } from './sync/sync-engine';

/** The cached Paxos records (profiles, balances, accounts, rules, orchestrations), read only. */
export type DeskRecords = Pick<
  CacheStore,
  | 'get'
  | 'list'
  | 'window'
  | 'totals'
  | 'query'
  | 'stats'
  | 'asOf'
  | 'statusOf'
  | 'count'
  | 'inFlightOrchestrationIds'
  | 'orchestrationByRefId'
>;

/** Tests and benchmarks only: the desk's parts, to arrange faults the API cannot cause. */
export interface DeskParts {
  client: PaxosClient | undefined;
  cache: CacheStore;
  intents: IntentStore;
  outbox: Outbox;
  sync: SyncEngine;
  audit: AuditLog;
  health: StorageHealth;
  ledger: NotificationLedger;
  cursor: EventCursor;
}
