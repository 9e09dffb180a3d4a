// The desk's stores, all on one SQLite file: the cache of Paxos records, the intents, the
// notification ledger, the event cursor and the audit log, with the health they report to.
import type { DeskOptions } from './desk-options';
import { AuditLog } from './store/audit/audit-log';
import type { AuditRecord } from './store/audit/audit-entry';
import { UNKEYED, type AuditKeying } from './store/audit/audit-key';
import { CacheStore } from './store/cache/cache-store';
import type { DeskDatabase } from './store/db/desk-database';
import { IncomingStore } from './incoming/incoming-store';
import { IntentStore } from './store/intents/intent-store';
import { NotificationLedger } from './store/notifications/notification-ledger';
import { StorageHealth } from './store/storage-health';
import { EventCursor } from './sync/event-cursor';

export interface DeskStores {
  db: DeskDatabase;
  health: StorageHealth;
  cache: CacheStore;
  intents: IntentStore;
  ledger: NotificationLedger;
  cursor: EventCursor;
  audit: AuditLog;
  /** Money in: wire instructions, incoming and expected wires (migration 7). */
  incoming: IncomingStore;
}

/** The stores on an open file. The audit chain and intent checksums are verified here. */
export function storesOn(
  options: DeskOptions,
  db: DeskDatabase,
  keying: AuditKeying = UNKEYED,
): DeskStores {
  const now = options.now;
  const health = new StorageHealth();
  health.databaseDamage = db.damage;
  const audit = new AuditLog(db, {
    environment: options.environment,
    user: options.user,
    now,
    keying,
  });
  health.audit = audit.verification;
  health.auditKeyProblem = keying.problem;
  // In this order: a store that finds the file unreadable stops the rest (see openDesk).
  const intents = new IntentStore(db, { now, audit, health });
  const cache = new CacheStore(db, now);
  const ledger = new NotificationLedger(db, now);
  const cursor = new EventCursor(db);
  return { db, health, cache, intents, ledger, cursor, audit, incoming: new IncomingStore(db) };
}

/**
 * Appends to the audit log without ever failing the caller: the work it records has happened,
 * and a failed append is already visible as a gap the chain check reports.
 */
export function recordIn(audit: AuditLog, entry: AuditRecord): Promise<unknown> {
  return audit.append(entry).catch(() => undefined);
}
