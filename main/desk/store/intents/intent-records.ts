// The outbox's durable memory: every intent, in the environment's database. A create or
// update commits (fsynced: synchronous=FULL) before its promise resolves, so when `create`
// resolves the ref_id is on disk, and when a change to `sending` resolves the "may have been
// sent" mark is too: make it *before* the request. Each change commits together with its audit
// entry (when the store has an audit log): if the entry cannot be written, the change is
// refused. The intents not ended, and those ended in the last day, are held in memory, frozen
// (shared without a copy; changing one throws); the others (years of history) are read when
// asked (intent-reads.ts), so opening and each publish cost what is open, not the history.
// Every row's checksum is verified whenever it is read: a damaged row is set aside
// (damaged-intents.ts), reported in `damaged`, and sending held until all are checked with Paxos.
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
import { damagedIntentBody, listDamagedIntents, resolveDamagedIntent } from './damaged-intents';
import {
  IntentPatchSchema,
  NewIntentSchema,
  type Intent,
  type IntentKind,
  type IntentPatch,
  type IntentState,
  type NewIntent,
} from './intent';
import { toIntentRow } from './intent-row';
import { writeIntentRow } from './intent-row-write';
import {
  auditIntentWrite,
  ENDED_STATES,
  holdForDamageRead,
  IntentReads,
  isEnded,
  sendOrder,
} from './intent-reads';
import { IntentMemory } from './intent-memory';
import { assertTransition } from './intent-state-machine';

/** How long an ended intent is still shown with the open ones (the outbox's "recent"). */
const RECENT_MS = 24 * 60 * 60 * 1000;

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
  /** The intents not ended, and those that ended within RECENT_MS (or during this run). */
  private readonly memory = new IntentMemory();
  private readonly reads: IntentReads;
  private opened = false;
  private readonly watchers = new Set<(intent: Intent) => void>();
  readonly health: StorageHealth;

  constructor(
    private readonly db: DeskDatabase,
    private readonly options: IntentStoreOptions = {},
    private readonly ownsDb = false,
  ) {
    this.health = options.health ?? new StorageHealth();
    // Damage read after open is reported and held here; at open, the desk holds (open-desk.ts).
    this.reads = new IntentReads(
      db,
      () => this.now(),
      () => {
        if (this.opened) holdForDamageRead(this.health, this.damaged, options.audit);
      },
    );
    for (const intent of this.reads.notEnded()) this.memory.remember(intent);
    const since = new Date(this.now().getTime() - RECENT_MS).toISOString();
    for (const intent of this.reads.endedSince(since)) this.memory.remember(intent);
    // Index ranges only: rows the state index misses are found on a worker every send waits
    // for (background-check.ts; here it cost seconds with the file out of the OS cache).
    this.health.damagedIntents = this.damaged;
    this.opened = true;
  }

  /** Rows the state index misses, read by key and kept in memory (`list`, the recheck see them). */
  adoptUnindexed(ids: readonly string[]): number {
    let read = 0;
    for (const id of ids) {
      const intent = this.reads.byId(id); // verified: a damaged row is set aside instead
      if (!intent) continue;
      if (!this.memory.get(id)) this.memory.remember(intent);
      read += 1;
    }
    this.health.damagedIntents = this.damaged;
    return read;
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
    return this.memory.get(id) ?? frozen(this.reads.byId(id));
  }

  /**
   * Oldest first: the order the outbox sends in. Frozen intents, in a new array. States that
   * have not ended come from memory; ended ones are read (by the state index, or by the kind
   * index when `kind` is given) when asked for.
   */
  list(filter: { states?: readonly IntentState[]; kind?: IntentKind } = {}): Intent[] {
    const { states, kind } = filter;
    const wanted = (i: Intent) => kind === undefined || i.kind === kind;
    const ended = (states ?? ENDED_STATES).filter(isEnded);
    const open = this.memory
      .inOrder()
      .filter(
        (i) => !isEnded(i.state) && (states === undefined || states.includes(i.state)) && wanted(i),
      );
    if (ended.length === 0) return open;
    const rows =
      kind === undefined ? this.reads.inStates(ended) : this.reads.ofKindInStates(kind, ended);
    const read = rows.map((i) => this.memory.get(i.id) ?? deepFreeze(i));
    // Rows the state index cannot reach (adopted after the background check) are in memory only.
    const seen = new Set(read.map((i) => i.id));
    const unindexed = this.memory
      .inOrder()
      .filter((i) => isEnded(i.state) && ended.includes(i.state) && wanted(i) && !seen.has(i.id));
    return [...open, ...read, ...unindexed].sort(sendOrder);
  }

  /** What the desk shows: every intent not ended, and those that ended since `now` - 24 hours. */
  current(now: Date): Intent[] {
    const since = new Date(now.getTime() - RECENT_MS).toISOString();
    for (const intent of this.memory.inOrder())
      if (isEnded(intent.state) && intent.updatedAt < since) this.memory.forget(intent);
    return [...this.memory.inOrder()];
  }

  /** Told of every intent written (after its commit); returns the way to stop. */
  watch(onWritten: (intent: Intent) => void): () => void {
    this.watchers.add(onWritten);
    return () => this.watchers.delete(onWritten);
  }

  findByRefId(refId: string): Intent | undefined {
    return this.memory.findByRefId(refId) ?? frozen(this.reads.byRefId(refId));
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
      const current = this.get(id);
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
    this.db.transaction(() => {
      writeIntentRow(this.db, toIntentRow(intent), before?.state);
      const audit = this.options.audit;
      if (audit) auditIntentWrite(audit, intent, before, extra);
    });
    const written = this.memory.remember(intent);
    for (const watcher of this.watchers) watcher(written);
    return written;
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

const frozen = (intent: Intent | undefined) => (intent ? deepFreeze(intent) : undefined);
