// The exactly-once outbox. Every create and delete the operator asks for is first written as
// an intent with its ref_id (fsynced), then sent; the "sending" mark is fsynced before the
// request leaves. After a crash or an unclear answer the intent is looked up by ref_id before
// anything is resent, and creates always carry the same ref_id, so Paxos holds exactly one
// record per intent.
//
// Operator decisions (issue 11): a request that never left this desk may be cancelled; one that
// may have reached Paxos is settled only by a definite lookup: found, it follows the
// orchestration; absent, the operator may abandon it ("not found at Paxos after N checks").
// Sending it again reuses its ref_id. A cancelled or abandoned request later seen at Paxos raises
// an alert and follows what Paxos has. Every background flush is caught and reported, and one
// intent's failure never stops the others.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/app-error';
import type { PaxosClient } from '../../paxos';
import type { CacheStore } from '../store/cache/cache-store';
import { intentRequest } from '../../../shared/intent-payloads';
import type { Intent, IntentKind, IntentPayloads } from '../store/intents/intent';
import {
  assertCancellable,
  isQueuedIntentExpired,
  mayHaveBeenSent,
} from '../store/intents/intent-state-machine';
import type { IntentStore } from '../store/intents/intent-store';
import type { Delivered } from '../paths/money-path';
import { routeFor } from '../paths/registry';
import type { RuleFieldMemory } from './rule-field-memory';
import { classifySendFailure } from './send-outcome';

export interface OutboxOptions {
  intents: IntentStore;
  cache: CacheStore;
  /** The client for this environment, or undefined while it has no credentials. */
  getClient: () => PaxosClient | undefined;
  now: () => Date;
  expiryMinutes: () => number;
  /** Returns why a queued intent must be confirmed again (balance or destination changed). */
  precheck?: (intent: Intent) => Promise<string | undefined>;
  onChange?: () => void;
  /** Told whether the last attempt reached Paxos. */
  onReachability?: (reached: boolean, error?: unknown) => void;
  onOutcome?: (
    intent: Intent,
    outcome: 'submitted' | 'failed' | 'needs_attention',
    error?: unknown,
  ) => void;
  /** A background flush or one intent's handling failed unexpectedly (e.g. storage): record and show it. */
  onBackgroundError?: (error: unknown, intent?: Intent) => void;
  /** A cancelled or abandoned request turned up at Paxos. */
  onAlert?: (intent: Intent) => void;
  /** Which name this environment's Paxos accepted for a rule's bank account (finding 7). */
  ruleFields?: RuleFieldMemory;
}

export interface FlushResult {
  sent: number;
  stoppedOffline: boolean;
}

const errorOf = (error: unknown) => {
  if (!(error instanceof AppError))
    return { code: 'internal', message: 'Unexpected error while sending.' };
  if (error.code === 'answer_mismatch') {
    return {
      code: error.code,
      message: error.message,
      asked: String(error.details?.asked ?? ''),
      answered: String(error.details?.answered ?? ''),
    };
  }
  // A 409 whose existing record differs from our request: the same mismatch, by another road.
  if (error.code === 'already_exists' && error.details?.reason) {
    return {
      code: 'answer_mismatch',
      message: error.message,
      asked: `this request (ref_id ${String(error.details.refId ?? '')})`,
      answered: String(error.details.reason),
    };
  }
  return { code: error.code, message: error.message };
};

/** Kinds whose record can turn up at Paxos under the intent's ref_id. */
const strayCollections = {
  create_orchestration: 'orchestrations',
  create_rule: 'rules',
  create_fiat_account: 'fiatAccounts',
} as const;

export class Outbox {
  private flushing: Promise<FlushResult> | undefined;

  constructor(private readonly options: OutboxOptions) {}

  /**
   * A new request, or, when the operator sends again exactly what they abandoned, the abandoned
   * intent itself back in the queue under its ref_id (so if it did reach Paxos, Paxos answers 409).
   */
  async enqueue<K extends IntentKind>(kind: K, payload: IntentPayloads[K]): Promise<Intent> {
    const request = intentRequest(kind, payload);
    const same = this.options.intents
      .list({ states: ['abandoned'] })
      .find((i) => i.kind === kind && sameJson(i.payload, request.payload));
    const intent = same
      ? await this.options.intents.update(
          same.id,
          { state: 'queued', confirmedAt: this.options.now().toISOString() },
          { ifState: 'abandoned' },
        )
      : await this.options.intents.create({ ...request, refId: `td-${randomUUID()}` });
    this.options.onChange?.();
    return intent;
  }

  /**
   * Only a request that never left this desk. The check and the write are decided on the same
   * state (`ifState`); `attempts` only grows by entering `sending`, which changes the state.
   */
  async cancel(id: string): Promise<Intent> {
    const current = this.require(id);
    assertCancellable(current);
    const intent = await this.options.intents.update(
      id,
      { state: 'cancelled' },
      { ifState: current.state },
    );
    this.options.onChange?.();
    return intent;
  }

  /**
   * The operator gives up a request that may have reached Paxos. Allowed only after a definite
   * lookup, done now: found, the intent follows what Paxos has; absent, it is abandoned,
   * labelled with the number of checks. Unreachable Paxos: refused, nothing changes.
   */
  async abandon(id: string): Promise<Intent> {
    const current = this.require(id);
    if (current.state !== 'needs_attention')
      throw new AppError('conflict', 'Only a request waiting for you can be abandoned.', {
        state: current.state,
      });
    if (!mayHaveBeenSent(current))
      throw new AppError('conflict', 'This request never left Treasury Desk: cancel it instead.', {
        state: current.state,
      });
    if (current.lastError?.code === 'answer_mismatch') {
      throw new AppError(
        'conflict',
        'Paxos holds a different record under this reference. Resolve it with Paxos; it cannot be abandoned.',
        { refId: current.refId },
      );
    }
    const client = this.options.getClient();
    if (!client)
      throw new AppError(
        'not_configured',
        'Paxos cannot be checked without credentials, so the request cannot be abandoned yet.',
      );
    const found = await routeFor(current.kind).lookup(client, current);
    const checks = (current.checks ?? 0) + 1;
    if (found) {
      await this.delivered(current, found, { ifState: 'needs_attention' });
      return this.require(id);
    }
    const intent = await this.options.intents.update(
      id,
      { state: 'abandoned', checks, attentionReason: null },
      { ifState: 'needs_attention' },
    );
    this.options.onChange?.();
    return intent;
  }

  /**
   * After a sync: a cancelled or abandoned request that Paxos does hold (by its ref_id, in the
   * refreshed cache) raises an alert, and the intent follows the record.
   */
  async noticeStrays(): Promise<number> {
    let found = 0;
    for (const intent of this.options.intents.list({ states: ['cancelled', 'abandoned'] })) {
      const collection = strayCollections[intent.kind as keyof typeof strayCollections];
      if (!collection) continue;
      const hit = (
        await this.options.cache.query(collection, { refId: intent.refId }, { limit: 1 })
      ).items[0];
      if (!hit) continue;
      const alert = `${intent.state === 'cancelled' ? 'Cancelled' : 'Abandoned'} request ${intent.refId} was found at Paxos as ${String(hit.record.id)}; Treasury Desk now follows it.`;
      const updated = await this.options.intents.update(
        intent.id,
        { state: 'submitted', result: { paxosId: String(hit.record.id) }, alert },
        { ifState: intent.state },
      );
      if (intent.kind !== 'create_orchestration')
        await this.options.intents.update(intent.id, { state: 'completed' });
      this.options.onAlert?.(updated);
      this.options.onChange?.();
      found += 1;
    }
    return found;
  }

  /** Starts a flush in the background: its failure is caught, recorded and shown, never escapes. */
  flushInBackground(): Promise<void> {
    return this.flush().then(
      () => undefined,
      (error: unknown) => this.options.onBackgroundError?.(error),
    );
  }

  /** The operator confirmed again: an expired or flagged intent may be sent. */
  async confirm(id: string): Promise<Intent> {
    const current = this.require(id);
    if (current.lastError?.code === 'answer_mismatch' && current.state === 'needs_attention') {
      throw new AppError(
        'conflict',
        'Paxos answered with a different record for this request. It is not sent again; resolve it with Paxos.',
        { refId: current.refId },
      );
    }
    const confirmedAt = this.options.now().toISOString();
    const patch =
      current.state === 'needs_attention'
        ? { state: 'queued' as const, attentionReason: null, confirmedAt }
        : { confirmedAt };
    const intent = await this.options.intents.update(id, patch, { ifState: current.state });
    this.options.onChange?.();
    return intent;
  }

  /** At start: anything caught mid-send may have reached Paxos, so it is looked up first. */
  async recover(): Promise<number> {
    const stuck = this.options.intents.list({ states: ['sending'] });
    for (const intent of stuck)
      await this.options.intents.update(intent.id, { state: 'reconciling' });
    return stuck.length;
  }

  /** Sends what can be sent, oldest first; one flush at a time. */
  flush(): Promise<FlushResult> {
    this.flushing ??= this.runFlush().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  /** An orchestration reached COMPLETED or FAILED: close the intent that created it. */
  async settleOrchestration(paxosId: string, status: 'COMPLETED' | 'FAILED'): Promise<void> {
    for (const intent of this.options.intents.list({ states: ['submitted'] })) {
      if (intent.kind !== 'create_orchestration' || intent.result?.paxosId !== paxosId) continue;
      await this.options.intents.update(intent.id, {
        state: status === 'COMPLETED' ? 'completed' : 'failed',
      });
      this.options.onChange?.();
    }
  }

  private async runFlush(): Promise<FlushResult> {
    const client = this.options.getClient();
    if (!client) return { sent: 0, stoppedOffline: false };
    // Cooling down after a 429 (at most ten minutes, or until "retry now"): nothing would leave,
    // so nothing is marked as sending; queued stays "never left this desk".
    if (client.coolDownUntil()) return { sent: 0, stoppedOffline: true };
    // Flushes run one at a time, so an intent still in `sending` here was left by a send whose
    // outcome could not be stored (a storage error): look it up like after a crash.
    await this.recover();
    for (const intent of this.options.intents.list({ states: ['reconciling'] })) {
      const ok = await this.isolated(intent, () => this.reconcile(client, intent), true);
      if (!ok) return { sent: 0, stoppedOffline: true };
    }
    let sent = 0;
    for (const intent of this.options.intents.list({ states: ['queued'] })) {
      const outcome = await this.isolated(
        intent,
        () => this.sendOne(client, intent),
        'skipped' as const,
      );
      if (outcome === 'stop') return { sent, stoppedOffline: true };
      if (outcome === 'sent') sent += 1;
    }
    return { sent, stoppedOffline: false };
  }

  /** One intent's handling: a state conflict (the operator acted meanwhile) or a storage error stays with it. */
  private async isolated<T>(intent: Intent, work: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const raced = error instanceof AppError && error.code === 'conflict';
      if (!raced) this.options.onBackgroundError?.(error, intent);
      this.options.onChange?.();
      return fallback;
    }
  }

  private require(id: string): Intent {
    const current = this.options.intents.get(id);
    if (!current) throw new AppError('not_found', 'This outbox request no longer exists.', { id });
    return current;
  }

  /** Returns false when Paxos could not be asked (stop for now). */
  private async reconcile(client: PaxosClient, intent: Intent): Promise<boolean> {
    try {
      const found = await routeFor(intent.kind).lookup(client, intent);
      this.options.onReachability?.(true);
      if (found) await this.delivered(intent, found);
      else
        await this.options.intents.update(
          intent.id,
          { state: 'queued', checks: (intent.checks ?? 0) + 1 },
          { ifState: 'reconciling' },
        );
      this.options.onChange?.();
      return true;
    } catch (error) {
      if (error instanceof AppError && error.details?.exhausted === true) {
        // Too much to search: no proof either way, so send again under the same ref_id (a 409
        // answers it if Paxos has it). Abandon, which needs proof, stays refused.
        await this.options.intents.update(
          intent.id,
          { state: 'queued' },
          { ifState: 'reconciling' },
        );
        return true;
      }
      const failure = classifySendFailure(error);
      if (failure.kind === 'unclear') {
        this.options.onReachability?.(!failure.offline, error);
        return false;
      }
      if (failure.kind === 'reconcile') return true; // still says it is there: stay reconciling
      const reason = failure.kind === 'attention' ? failure.reason : 'unknown_outcome';
      await this.options.intents.update(intent.id, {
        state: 'needs_attention',
        attentionReason: reason,
        lastError: errorOf(error),
      });
      this.options.onChange?.();
      return true;
    }
  }

  private async sendOne(client: PaxosClient, intent: Intent): Promise<'sent' | 'skipped' | 'stop'> {
    const reason = isQueuedIntentExpired(intent, this.options.now(), this.options.expiryMinutes())
      ? 'expired'
      : await this.options.precheck?.(intent);
    if (reason) {
      await this.options.intents.update(
        intent.id,
        { state: 'needs_attention', attentionReason: reason },
        { ifState: 'queued' },
      );
      this.options.onChange?.();
      return 'skipped';
    }
    // Durable before the request leaves: from here on a crash means "look it up first".
    const sending = await this.options.intents.update(
      intent.id,
      { state: 'sending', lastError: null },
      { ifState: 'queued' },
    );
    this.options.onChange?.();
    let delivered: Delivered;
    try {
      delivered = await routeFor(intent.kind).send(
        client,
        sending,
        this.options.ruleFields ? { ruleFields: this.options.ruleFields } : {},
      );
    } catch (error) {
      return this.failed(sending, error);
    }
    this.options.onReachability?.(true);
    // A storage error from here on propagates: the intent stays `sending` on disk, and the next
    // flush or start looks it up by ref_id instead of sending it again.
    await this.delivered(sending, delivered);
    return 'sent';
  }

  private async delivered(
    intent: Intent,
    delivered: Delivered,
    options: { ifState?: 'needs_attention' } = {},
  ): Promise<void> {
    if (delivered.collection && delivered.record)
      await this.options.cache.put(delivered.collection, delivered.record);
    const submitted = await this.options.intents.update(
      intent.id,
      { state: 'submitted', result: { paxosId: delivered.paxosId } },
      options,
    );
    const final = delivered.done
      ? await this.options.intents.update(intent.id, { state: 'completed' })
      : submitted;
    this.options.onOutcome?.(final, 'submitted');
    this.options.onChange?.();
  }

  private async failed(intent: Intent, error: unknown): Promise<'skipped' | 'stop'> {
    const failure = classifySendFailure(error);
    if (failure.kind === 'unclear') {
      await this.options.intents.update(intent.id, {
        state: 'reconciling',
        lastError: errorOf(error),
      });
      this.options.onReachability?.(!failure.offline, error);
      this.options.onChange?.();
      return 'stop';
    }
    this.options.onReachability?.(true);
    if (failure.kind === 'reconcile') {
      await this.options.intents.update(intent.id, {
        state: 'reconciling',
        lastError: errorOf(error),
      });
      this.options.onChange?.();
      return 'skipped';
    }
    const patch =
      failure.kind === 'refused'
        ? ({ state: 'failed', lastError: errorOf(error) } as const)
        : ({
            state: 'needs_attention',
            attentionReason: failure.reason,
            lastError: errorOf(error),
          } as const);
    const updated = await this.options.intents.update(intent.id, patch);
    this.options.onOutcome?.(
      updated,
      failure.kind === 'refused' ? 'failed' : 'needs_attention',
      error,
    );
    this.options.onChange?.();
    return 'skipped';
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([x], [y]) => (x < y ? -1 : 1))
      .map(([k, v]) => [k, sortKeys(v)]),
  );
}
