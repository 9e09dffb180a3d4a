// The exactly-once outbox. Every create and delete the operator asks for is first written as
// an intent with its ref_id (fsynced), then sent; the "sending" mark is fsynced before the
// request leaves. After a crash or an unclear answer the intent is looked up by ref_id before
// anything is resent, and creates always carry the same ref_id, so Paxos holds exactly one
// record per intent.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/app-error';
import type { PaxosClient } from '../../paxos';
import type { CacheStore } from '../store/cache/cache-store';
import type { Intent, IntentKind, JsonValue } from '../store/outbox/intent';
import { isQueuedIntentExpired } from '../store/outbox/intent-state-machine';
import type { IntentStore } from '../store/outbox/intent-store';
import { intentDispatch, type Delivered } from './intent-dispatch';
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
  onOutcome?: (intent: Intent, outcome: 'submitted' | 'failed' | 'needs_attention', error?: unknown) => void;
}

export interface FlushResult {
  sent: number;
  stoppedOffline: boolean;
}

const errorOf = (error: unknown) =>
  error instanceof AppError ? { code: error.code, message: error.message } : { code: 'internal', message: 'Unexpected error while sending.' };

export class Outbox {
  private flushing: Promise<FlushResult> | undefined;

  constructor(private readonly options: OutboxOptions) {}

  async enqueue(kind: IntentKind, payload: Record<string, JsonValue>): Promise<Intent> {
    const intent = await this.options.intents.create({ kind, refId: `td-${randomUUID()}`, payload });
    this.options.onChange?.();
    return intent;
  }

  async cancel(id: string): Promise<Intent> {
    const intent = await this.options.intents.update(id, { state: 'cancelled' });
    this.options.onChange?.();
    return intent;
  }

  /** The operator confirmed again: an expired or flagged intent may be sent. */
  async confirm(id: string): Promise<Intent> {
    const current = this.options.intents.get(id);
    if (!current) throw new AppError('not_found', 'This outbox request no longer exists.', { id });
    const confirmedAt = this.options.now().toISOString();
    const patch = current.state === 'needs_attention' ? { state: 'queued' as const, attentionReason: null, confirmedAt } : { confirmedAt };
    const intent = await this.options.intents.update(id, patch, { ifState: current.state });
    this.options.onChange?.();
    return intent;
  }

  /** At start: anything caught mid-send may have reached Paxos, so it is looked up first. */
  async recover(): Promise<number> {
    const stuck = this.options.intents.list({ states: ['sending'] });
    for (const intent of stuck) await this.options.intents.update(intent.id, { state: 'reconciling' });
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
      await this.options.intents.update(intent.id, { state: status === 'COMPLETED' ? 'completed' : 'failed' });
      this.options.onChange?.();
    }
  }

  private async runFlush(): Promise<FlushResult> {
    const client = this.options.getClient();
    if (!client) return { sent: 0, stoppedOffline: false };
    for (const intent of this.options.intents.list({ states: ['reconciling'] })) {
      if (!(await this.reconcile(client, intent))) return { sent: 0, stoppedOffline: true };
    }
    let sent = 0;
    for (const intent of this.options.intents.list({ states: ['queued'] })) {
      const outcome = await this.sendOne(client, intent);
      if (outcome === 'stop') return { sent, stoppedOffline: true };
      if (outcome === 'sent') sent += 1;
    }
    return { sent, stoppedOffline: false };
  }

  /** Returns false when Paxos could not be asked (stop for now). */
  private async reconcile(client: PaxosClient, intent: Intent): Promise<boolean> {
    try {
      const found = await intentDispatch[intent.kind].lookup(client, intent);
      this.options.onReachability?.(true);
      if (found) await this.delivered(intent, found);
      else await this.options.intents.update(intent.id, { state: 'queued' });
      this.options.onChange?.();
      return true;
    } catch (error) {
      const failure = classifySendFailure(error);
      if (failure.kind === 'unclear') {
        this.options.onReachability?.(!failure.offline, error);
        return false;
      }
      await this.options.intents.update(intent.id, { state: 'needs_attention', attentionReason: 'unknown_outcome', lastError: errorOf(error) });
      this.options.onChange?.();
      return true;
    }
  }

  private async sendOne(client: PaxosClient, intent: Intent): Promise<'sent' | 'skipped' | 'stop'> {
    const reason = isQueuedIntentExpired(intent, this.options.now(), this.options.expiryMinutes())
      ? 'expired'
      : await this.options.precheck?.(intent);
    if (reason) {
      await this.options.intents.update(intent.id, { state: 'needs_attention', attentionReason: reason }, { ifState: 'queued' });
      this.options.onChange?.();
      return 'skipped';
    }
    // Durable before the request leaves: from here on a crash means "look it up first".
    const sending = await this.options.intents.update(intent.id, { state: 'sending', lastError: null }, { ifState: 'queued' });
    this.options.onChange?.();
    try {
      const delivered = await intentDispatch[intent.kind].send(client, sending);
      this.options.onReachability?.(true);
      await this.delivered(sending, delivered);
      return 'sent';
    } catch (error) {
      return this.failed(sending, error);
    }
  }

  private async delivered(intent: Intent, delivered: Delivered): Promise<void> {
    if (delivered.collection && delivered.record) await this.options.cache.put(delivered.collection, delivered.record);
    const submitted = await this.options.intents.update(intent.id, { state: 'submitted', result: { paxosId: delivered.paxosId } });
    const final = delivered.done ? await this.options.intents.update(intent.id, { state: 'completed' }) : submitted;
    this.options.onOutcome?.(final, 'submitted');
    this.options.onChange?.();
  }

  private async failed(intent: Intent, error: unknown): Promise<'skipped' | 'stop'> {
    const failure = classifySendFailure(error);
    if (failure.kind === 'unclear') {
      await this.options.intents.update(intent.id, { state: 'reconciling', lastError: errorOf(error) });
      this.options.onReachability?.(!failure.offline, error);
      this.options.onChange?.();
      return 'stop';
    }
    this.options.onReachability?.(true);
    const patch =
      failure.kind === 'refused'
        ? ({ state: 'failed', lastError: errorOf(error) } as const)
        : ({ state: 'needs_attention', attentionReason: failure.reason, lastError: errorOf(error) } as const);
    const updated = await this.options.intents.update(intent.id, patch);
    this.options.onOutcome?.(updated, failure.kind === 'refused' ? 'failed' : 'needs_attention', error);
    this.options.onChange?.();
    return 'skipped';
  }
}
