// The outbox's durable memory: every intent, as a journal (<envDir>/outbox/intents.jsonl) in
// which each create and update appends the whole intent and is fsynced before the promise
// resolves. So when `create` resolves the ref_id is on disk, and when `update(id, {state:
// 'sending'})` resolves the "may have been sent" mark is too: do that *before* the request.
// Intents are few (hundreds), so they are also held in memory and read synchronously.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { AppError } from '../../../../shared/app-error';
import { Journal, type JournalRecovery } from '../journal/journal';
import { SerialQueue } from '../journal/serial-queue';
import { IntentPatchSchema, NewIntentSchema, StoredIntentSchema, type Intent, type IntentPatch, type IntentState, type NewIntent } from './intent';
import { assertTransition } from './intent-state-machine';

export interface IntentStoreOptions {
  now?: () => Date;
  newId?: () => string;
}

export class IntentStore {
  // Check-then-write must be atomic: an operator's cancel and the sender's "sending" for the
  // same intent are decided in call order against the latest state.
  private readonly queue = new SerialQueue();

  private constructor(
    private readonly journal: Journal,
    private readonly intents: Map<string, Intent>,
    /** Ids of stored records this version could not read (damaged, or from a newer version). */
    readonly unreadable: string[],
    private readonly now: () => Date,
    private readonly newId: () => string,
  ) {}

  static async open(envDir: string, options: IntentStoreOptions = {}): Promise<IntentStore> {
    const journal = await Journal.open({ path: join(envDir, 'outbox', 'intents.jsonl') });
    const values = await journal.getMany(journal.keys());
    const intents = new Map<string, Intent>();
    const unreadable: string[] = [];
    for (const [id, value] of values) {
      const parsed = StoredIntentSchema.safeParse(value);
      if (parsed.success) intents.set(id, parsed.data as Intent);
      else unreadable.push(id);
    }
    return new IntentStore(journal, intents, unreadable, options.now ?? (() => new Date()), options.newId ?? randomUUID);
  }

  get recovery(): JournalRecovery {
    return this.journal.recovery;
  }

  get(id: string): Intent | undefined {
    const intent = this.intents.get(id);
    return intent && structuredClone(intent);
  }

  /** Oldest first: the order the outbox sends in. */
  list(filter: { states?: readonly IntentState[] } = {}): Intent[] {
    return [...this.intents.values()]
      .filter((i) => filter.states === undefined || filter.states.includes(i.state))
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
      .map((i) => structuredClone(i));
  }

  findByRefId(refId: string): Intent | undefined {
    for (const intent of this.intents.values()) if (intent.refId === refId) return structuredClone(intent);
    return undefined;
  }

  /** Durable: resolves only after the intent is fsynced. The caller chooses the ref_id. */
  create(input: NewIntent): Promise<Intent> {
    const parsed = NewIntentSchema.safeParse(input);
    if (!parsed.success) return Promise.reject(invalid(parsed.error.issues[0]?.path.join('.')));
    return this.queue.run(async () => {
      if (this.findByRefId(parsed.data.refId)) {
        throw new AppError('conflict', 'Another request already uses this reference id.', { refId: parsed.data.refId });
      }
      const at = this.now().toISOString();
      const intent: Intent = { id: this.newId(), ...parsed.data, state: 'queued', createdAt: at, updatedAt: at, attempts: 0 };
      return this.write(intent);
    });
  }

  /**
   * Durable. A state change must be allowed by the state machine (else AppError 'conflict');
   * entering `sending` counts an attempt. `null` clears lastError / attentionReason.
   * `ifState`: fail with 'conflict' unless the intent is currently in that state.
   */
  update(id: string, patch: IntentPatch, options: { ifState?: IntentState } = {}): Promise<Intent> {
    const parsed = IntentPatchSchema.safeParse(patch);
    if (!parsed.success) return Promise.reject(invalid(parsed.error.issues[0]?.path.join('.')));
    return this.queue.run(async () => {
      const current = this.intents.get(id);
      if (!current) throw new AppError('not_found', 'This outbox request no longer exists.', { id });
      if (options.ifState !== undefined && current.state !== options.ifState) {
        throw new AppError('conflict', 'This request changed in the meantime; look at it again.', { id, state: current.state });
      }
      const { state, lastError, attentionReason, ...rest } = parsed.data;
      const next: Intent = { ...structuredClone(current), ...rest, updatedAt: this.now().toISOString() };
      if (state !== undefined && state !== current.state) {
        assertTransition(current.state, state);
        next.state = state;
        if (state === 'sending') next.attempts += 1;
      }
      if (lastError === null) delete next.lastError;
      else if (lastError !== undefined) next.lastError = lastError;
      if (attentionReason === null) delete next.attentionReason;
      else if (attentionReason !== undefined) next.attentionReason = attentionReason;
      return this.write(next);
    });
  }

  close(): Promise<void> {
    return this.queue.run(() => this.journal.close());
  }

  private async write(intent: Intent): Promise<Intent> {
    await this.journal.put(intent.id, intent, { durable: true });
    this.intents.set(intent.id, intent);
    return structuredClone(intent);
  }
}

function invalid(field: string | undefined): AppError {
  return new AppError('validation', 'The outbox request is incomplete or malformed.', { field: field ?? '' });
}
