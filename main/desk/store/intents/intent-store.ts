// The outbox's durable memory: every intent, in the environment's database. A create or
// update commits (fsynced: synchronous=FULL) before its promise resolves, so when `create`
// resolves the ref_id is on disk, and when `update(id, {state: 'sending'})` resolves the "may
// have been sent" mark is too: do that *before* the request. Each change commits together with
// its audit entry (when the store has an audit log): if the entry cannot be written, the
// change is refused. Intents are also held in memory, frozen: readers share them without a
// copy (a projection of the desk reads every intent on each publish, and copying thousands of
// them each time was most of that cost), and a reader that tries to change one throws.
//
// At open every row's checksum is verified. A damaged row is moved to intents_damaged (kept
// for support), never read as an intent, and reported in `damaged`; the desk then holds
// sending until every intent has been checked with Paxos.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../../shared/app-error';
import type { AuditRecord } from '../audit/audit-entry';
import type { AuditLog } from '../audit/audit-log';
import { DeskDatabase } from '../db/desk-database';
import {
  IntentPatchSchema,
  NewIntentSchema,
  type Intent,
  type IntentPatch,
  type IntentState,
  type NewIntent,
} from './intent';
import {
  fromIntentRow,
  INTENT_ROW_COLUMNS,
  INTENT_ROW_PLACEHOLDERS,
  intentRowValues,
  toIntentRow,
  type IntentRow,
} from './intent-row';
import { assertTransition } from './intent-state-machine';
import { StorageHealth, type DamagedIntent } from '../storage-health';
import { deepFreeze } from '../deep-freeze';

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

export class IntentStore {
  private readonly intents = new Map<string, Intent>();
  private readonly byRefId = new Map<string, Intent>();
  /** Every intent in send order; rebuilt after a write changes the set. */
  private ordered: Intent[] | undefined;
  readonly health: StorageHealth;

  constructor(
    private readonly db: DeskDatabase,
    private readonly options: IntentStoreOptions = {},
    private readonly ownsDb = false,
  ) {
    this.health = options.health ?? new StorageHealth();
    const damaged: IntentRow[] = [];
    for (const row of db.all<IntentRow>(`SELECT ${INTENT_ROW_COLUMNS} FROM intents`)) {
      const intent = fromIntentRow(row);
      if (intent) this.remember(intent);
      else damaged.push(row);
    }
    if (damaged.length > 0) this.setAside(damaged);
    this.health.damagedIntents = this.damaged;
  }

  static async open(envDir: string, options: IntentStoreOptions = {}): Promise<IntentStore> {
    return new IntentStore(DeskDatabase.openIn(envDir), options, true);
  }

  /** Rows that failed their check, set aside (unresolved ones first). */
  get damaged(): DamagedIntent[] {
    return this.db
      .all<{
        id: string;
        ref_id: string | null;
        kind: string | null;
        state: string | null;
        resolution: string | null;
      }>(
        'SELECT id, ref_id, kind, state, resolution FROM intents_damaged ORDER BY resolution IS NOT NULL, rowid',
      )
      .map((r) => ({
        id: r.id,
        ...(r.ref_id ? { refId: r.ref_id } : {}),
        ...(r.kind ? { kind: r.kind } : {}),
        ...(r.state ? { claimedState: r.state } : {}),
        ...(r.resolution ? { resolution: r.resolution } : {}),
      }));
  }

  /** Kept for callers of the journal era: ids of rows that could not be read. */
  get unreadable(): string[] {
    return this.damaged.filter((d) => d.resolution === undefined).map((d) => d.id);
  }

  /** The stored body of a damaged row, if it still parses (for the check with Paxos). */
  damagedBody(id: string): unknown {
    const row = this.db.get<{ body: string | null }>(
      'SELECT body FROM intents_damaged WHERE id = ? ORDER BY rowid DESC LIMIT 1',
      id,
    );
    try {
      return row?.body ? (JSON.parse(row.body) as unknown) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Records what the check with Paxos found for a damaged row. */
  resolveDamaged(id: string, resolution: string): void {
    this.db.transaction(() => {
      this.db.run(
        'UPDATE intents_damaged SET resolution = ? WHERE id = ? AND resolution IS NULL',
        resolution,
        id,
      );
      this.options.audit?.appendNow({
        action: 'intent.damaged_checked',
        outcome: 'info',
        details: { id, resolution },
      });
    });
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

  /** Frozen: change an intent through `update`. */
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
  update(
    id: string,
    patch: IntentPatch,
    options: { ifState?: IntentState } & WriteOptions = {},
  ): Promise<Intent> {
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
    return this.remember(intent);
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

  private setAside(rows: IntentRow[]): void {
    const at = this.now().toISOString();
    this.db.transaction(() => {
      for (const r of rows) {
        this.db.run(
          'INSERT INTO intents_damaged (id, found_at, ref_id, kind, state, body, checksum) VALUES (?, ?, ?, ?, ?, ?, ?)',
          r.id,
          at,
          r.ref_id,
          r.kind,
          r.state,
          r.body,
          r.checksum,
        );
        this.db.run('DELETE FROM intents WHERE id = ?', r.id);
      }
    });
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
