// The exactly-once outbox. Every create and delete the operator asks for is first written as
// an intent with its ref_id (fsynced), then sent; the "sending" mark is fsynced before the
// request leaves. After a crash or an unclear answer the intent is looked up by ref_id before
// anything is resent, and creates always carry the same ref_id, so Paxos holds exactly one
// record per intent. A cancelled or abandoned request later seen at Paxos raises an alert and
// follows what Paxos has. Every background flush is caught and reported, and one intent's
// failure never stops the others.
//
// `Outbox` is the one thing the desk constructs: a facade whose only state is the flush in
// progress. The work lives in modules that each read as one flow and share the desk's
// OutboxOptions: the operator's decisions (operator-decisions.ts), the sending loop
// (send-loop.ts), the lookup before a resend (reconcile.ts), how an answer settles an intent
// (settle.ts) and strays found at Paxos (strays.ts). Every state change is a named transition
// of IntentStore, which keeps the precondition each step relies on.
import type { Transfer } from '../../../shared/paxos/responses';
import type { Intent, IntentKind, IntentPayloads, LimitAccepted } from '../store/intents/intent';
import { abandon, cancel, confirm, enqueue } from './operator-decisions';
import type { FlushResult, OutboxOptions } from './outbox-options';
import { recover, runFlush } from './send-loop';
import { settleEnded, settleOrchestration, settleOrchestrations, type Ending } from './settle';
import { noticeStrays, StrayWatch } from './strays';

export type { FlushResult, OutboxOptions } from './outbox-options';

export class Outbox {
  private flushing: Promise<FlushResult> | undefined;
  private readonly strays: StrayWatch;

  constructor(private readonly options: OutboxOptions) {
    this.strays = new StrayWatch(options);
  }

  /** A new request, or an abandoned one sent again exactly as it was (same ref_id). */
  enqueue<K extends IntentKind>(
    kind: K,
    payload: IntentPayloads[K],
    limit?: LimitAccepted,
  ): Promise<Intent> {
    return enqueue(this.options, kind, payload, limit);
  }

  /** Only a request that never left this desk. */
  cancel(id: string): Promise<Intent> {
    return cancel(this.options, id);
  }

  /** Only after a definite lookup, done now: found, it follows Paxos; absent, it is abandoned. */
  abandon(id: string): Promise<Intent> {
    return abandon(this.options, id);
  }

  /** The operator confirmed again: an expired or flagged intent may be sent. */
  confirm(id: string, limit?: LimitAccepted): Promise<Intent> {
    return confirm(this.options, id, limit);
  }

  /** After a sync: a cancelled or abandoned request that Paxos does hold is alerted and followed. */
  noticeStrays(): Promise<number> {
    return noticeStrays(this.options, this.strays);
  }

  /** The wires out the money-in sync read this cycle: the stray check looks for ours among them. */
  handWireOuts(transfers: readonly Transfer[]): void {
    this.strays.handWireOuts(transfers);
  }

  /** Starts a flush in the background: its failure is caught, recorded and shown, never escapes. */
  flushInBackground(): Promise<void> {
    return this.flush().then(
      () => undefined,
      (error: unknown) => this.options.onBackgroundError?.(error),
    );
  }

  /** At start: anything caught mid-send may have reached Paxos, so it is looked up first. */
  recover(): Promise<number> {
    return recover(this.options);
  }

  /** Sends what can be sent, oldest first; one flush at a time. */
  flush(): Promise<FlushResult> {
    this.flushing ??= runFlush(this.options).finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  /** Requests whose orchestration the cache shows ended, however it got there: close them. */
  settleEnded(): Promise<void> {
    return settleEnded(this.options);
  }

  /** An orchestration ended (COMPLETED, FAILED, REJECTED): close the intent that created it. */
  settleOrchestration(paxosId: string, status: string, reason?: string): Promise<void> {
    return settleOrchestration(this.options, paxosId, status, reason);
  }

  /** Orchestrations that ended in one cycle, settled together (their checks' legs read at once). */
  settleOrchestrations(endings: readonly Ending[]): Promise<void> {
    return settleOrchestrations(this.options, endings);
  }
}
