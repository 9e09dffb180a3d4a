// The outbox's durable memory: every intent, in the environment's database. A create or
// update commits (fsynced: synchronous=FULL) before its promise resolves, so when `create`
// resolves the ref_id is on disk, and when a change to `sending` resolves the "may have been
// sent" mark is too: make it *before* the request. Each change commits together with its audit
// entry (when the store has an audit log): if the entry cannot be written, the change is
// refused. Intents are also held in memory, frozen: readers share them without a copy (a
// projection of the desk reads every intent on each publish, and copying thousands of them
// each time was most of that cost), and a reader that tries to change one throws.
//
// At open every row's checksum is verified. A damaged row is set aside (damaged-intents.ts),
// never read as an intent, and reported in `damaged`; the desk then holds sending until every
// intent has been checked with Paxos.
//
// This is the generic layer (any allowed patch, through `update`); IntentStore adds the named
// transitions the outbox speaks in.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../../shared/app-error';
import type { AuditRecord } from '../audit/audit-entry';
import type { AuditLog } from '../audit/audit-log';
import type { DeskDatabase } from '../db/desk-database';
import { deepFreeze } from '../deep-freeze';
import { StorageHealth, type DamagedIntent } from '../storage-health';
import {
  damagedIntentBody,
  listDamagedIntents,
  readIntentRows,
  resolveDamagedIntent,
} from './damaged-intents';
import {
  IntentPatchSchema,
  NewIntentSchema,
  type Intent,
  type IntentPatch,
  type IntentState,
  type NewIntent,
} from './intent';
import {
  INTENT_ROW_COLUMNS,
  INTENT_ROW_PLACEHOLDERS,
  intentRowValues,
  toIntentRow,
} from './intent-row';
import { assertTransition } from './intent-state-machine';

export interface IntentStoreOptions {
  now?: () => Date;
  newId?: () => string;
  /** Every create and state change is audited in the same transaction. */
  audit?: AuditLog;
  /** Shared with the desk: damage found, and whether sending is held. */
  health?: StorageHealth;
}

export interface WriteOptions {
  /** An operator's entry to record with the change (same transaction). */
  audit?: AuditRecord;
  /** The damage check records what Paxos already has: allowed while sending is held (nothing is sent). */
  recheck?: boolean;
}

export type UpdateOptions = { ifState?: IntentState } & WriteOptions;

export class IntentRecords {
  private readonly intents = new Map<string, Intent>();
  private readonly byRefId = new Map<string, Intent>();
  /** Every intent in send order; rebuilt after a write changes the set. */
  private ordered: Intent[] | undefined;
  private readonly watchers = new Set<(intent: Intent) => void>();
  readonly health: StorageHealth;

  constructor(
    private readonly db: DeskDatabase,
    private readonly options: IntentStoreOptions = {},
    private readonly ownsDb = false,
  ) {
    this.health = options.health ?? new StorageHealth();
    for (const intent of readIntentRows(db, () => this.now())) this.remember(intent);
    this.health.damagedIntents = this.damaged;
  }

  /** Rows that failed their check, set aside (unresolved ones first). */
  get damaged(): DamagedIntent[] {
    return listDamagedIntents(this.db);
  }

  /** Kept for callers of the journal era: ids of rows that could not be read. */
  get unreadable(): string[] {
    return this.damaged.filter((d) => d.resolution === undefined).map((d) => d.id);
  }

  /** The stored body of a damaged row, if it still parses (for the check with Paxos). */
  damagedBody(id: string): unknown {
    return damagedIntentBody(this.db, id);
  }

  /** Records what the check with Paxos found for a damaged row. */
  resolveDamaged(id: string, resolution: string): void {
    resolveDamagedIntent(this.db, this.options.audit, id, resolution);
    this.health.damagedIntents = this.damaged;
  }

  /** While held, no intent may enter `sending` (the desk holds it after damage). */
  holdSending(reason: string): void {
    this.health.heldBecause = reason;
  }

  releaseSending(): void {
    this.health.heldBecause = undefined;
  }

  get sendingHeld(): string | undefined {
    return this.health.heldBecause;
  }

  /** Frozen: change an intent through `update` or a named transition. */
  get(id: string): Intent | undefined {
    return this.intents.get(id);
  }

  /** Oldest first: the order the outbox sends in. Frozen intents, in a new array. */
  list(filter: { states?: readonly IntentState[] } = {}): Intent[] {
    this.ordered ??= [...this.intents.values()].sort(sendOrder);
    const { states } = filter;
    return states === undefined
      ? [...this.ordered]
      : this.ordered.filter((i) => states.includes(i.state));
  }

  /** Told of every intent written (after its commit); returns the way to stop. */
  watch(onWritten: (intent: Intent) => void): () => void {
    this.watchers.add(onWritten);
    return () => this.watchers.delete(onWritten);
  }

  findByRefId(refId: string): Intent | undefined {
    return this.byRefId.get(refId);
  }

  /** Durable: resolves only after the intent (and its audit entry) is committed. The caller chooses the ref_id. */
  create(input: NewIntent, options: WriteOptions = {}): Promise<Intent> {
    const parsed = NewIntentSchema.safeParse(input);
    if (!parsed.success) return Promise.reject(invalid(parsed.error.issues[0]?.path.join('.')));
    return this.attempt(() => {
      const taken =
        this.findByRefId(parsed.data.refId) ??
        this.damaged.find((d) => d.refId === parsed.data.refId);
      if (taken)
        throw new AppError('conflict', 'Another request already uses this reference id.', {
          refId: parsed.data.refId,
        });
      const at = this.now().toISOString();
      const intent: Intent = {
        id: this.newId(),
        ...parsed.data,
        state: 'queued',
        createdAt: at,
        updatedAt: at,
        attempts: 0,
      };
      return this.write(intent, undefined, options.audit);
    });
  }

  /**
   * Durable. A state change must be allowed by the state machine (else AppError 'conflict');
   * entering `sending` counts an attempt. `null` clears lastError / attentionReason.
   * `ifState`: fail with 'conflict' unless the intent is currently in that state.
   */
  update(id: string, patch: IntentPatch, options: UpdateOptions = {}): Promise<Intent> {
    const parsed = IntentPatchSchema.safeParse(patch);
    if (!parsed.success) return Promise.reject(invalid(parsed.error.issues[0]?.path.join('.')));
    return this.attempt(() => {
      const current = this.intents.get(id);
      if (!current)
        throw new AppError('not_found', 'This outbox request no longer exists.', { id });
      if (options.ifState !== undefined && current.state !== options.ifState) {
        throw new AppError('conflict', 'This request changed in the meantime; look at it again.', {
          id,
          state: current.state,
        });
      }
      const { state, lastError, attentionReason, ...rest } = parsed.data;
      const next: Intent = {
        ...structuredClone(current),
        ...rest,
        updatedAt: this.now().toISOString(),
      };
      if (state !== undefined && state !== current.state) {
        assertTransition(current.state, state);
        if (state === 'sending' && this.sendingHeld !== undefined && !options.recheck) {
          throw new AppError('conflict', `Sending is paused: ${this.sendingHeld}`, { id });
        }
        next.state = state;
        if (state === 'sending') next.attempts += 1;
      }
      if (lastError === null) delete next.lastError;
      else if (lastError !== undefined) next.lastError = lastError;
      if (attentionReason === null) delete next.attentionReason;
      else if (attentionReason !== undefined) next.attentionReason = attentionReason;
      return this.write(next, current, options.audit);
    });
  }

  async close(): Promise<void> {
    if (this.ownsDb) this.db.close();
  }

  private attempt(fn: () => Intent): Promise<Intent> {
    try {
      return Promise.resolve(fn());
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** Intent row and audit entries in one transaction; memory changes only after the commit. */
  private write(
    intent: Intent,
    before: Intent | undefined,
    extra: AuditRecord | undefined,
  ): Intent {
    const row = toIntentRow(intent);
    this.db.transaction(() => {
      this.db.run(
        `INSERT INTO intents (${INTENT_ROW_COLUMNS}) VALUES (${INTENT_ROW_PLACEHOLDERS})
         ON CONFLICT (id) DO UPDATE SET state = excluded.state, body = excluded.body, checksum = excluded.checksum`,
        ...intentRowValues(row),
      );
      const audit = this.options.audit;
      if (audit && before?.state !== intent.state) {
        audit.appendNow({
          action: before ? `intent.state.${intent.state}` : 'intent.created',
          outcome: 'info',
          refId: intent.refId,
          details: {
            id: intent.id,
            kind: intent.kind,
            from: before?.state ?? null,
            to: intent.state,
            attempts: intent.attempts,
            payload: intent.payload,
          },
        });
      }
      if (audit && extra) audit.appendNow({ ...extra, refId: extra.refId ?? intent.refId });
    });
    const written = this.remember(intent);
    for (const watcher of this.watchers) watcher(written);
    return written;
  }

  private remember(intent: Intent): Intent {
    const frozen = deepFreeze(intent);
    const before = this.intents.get(frozen.id);
    if (before && before.refId !== frozen.refId) this.byRefId.delete(before.refId);
    this.intents.set(frozen.id, frozen);
    this.byRefId.set(frozen.refId, frozen);
    this.ordered = undefined;
    return frozen;
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private newId(): string {
    return (this.options.newId ?? randomUUID)();
  }
}

function invalid(field: string | undefined): AppError {
  return new AppError('validation', 'The outbox request is incomplete or malformed.', {
    field: field ?? '',
  });
}

/** Oldest first; the same millisecond by id, so the order is the same before and after a restart. */
function sendOrder(a: Intent, b: Intent): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
