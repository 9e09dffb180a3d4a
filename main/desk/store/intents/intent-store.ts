// The intents, with the transitions the outbox makes, each by name. Every transition is one
// durable `update` (committed with its audit entry before it resolves) and keeps the exact
// precondition its caller relies on: where one is named below, the intent must still be in that
// state, else AppError 'conflict' and nothing changes. That is how a decision and its write are
// made on the same state (the operator acting while a flush runs, or the other way round).
// Transitions without a precondition rely on the state machine alone (intent-state-machine.ts).
//
// The generic `update` stays (tests arrange states with it; the damage recheck uses it); the
// storage itself, the frozen copies and the damage check live in IntentRecords.
import { DeskDatabase } from '../db/desk-database';
import type { Intent, IntentError, IntentState, LimitAccepted } from './intent';
import { IntentRecords, type IntentStoreOptions } from './intent-records';

export type { IntentStoreOptions, UpdateOptions, WriteOptions } from './intent-records';

export class IntentStore extends IntentRecords {
  static async open(envDir: string, options: IntentStoreOptions = {}): Promise<IntentStore> {
    return new IntentStore(DeskDatabase.openIn(envDir), options, true);
  }

  /**
   * From `queued` only. Durable before the request leaves: from here on a crash means "look it
   * up by ref_id first". Counts an attempt and clears the last error; refused while sending is held.
   */
  markSending(id: string): Promise<Intent> {
    return this.update(id, { state: 'sending', lastError: null }, { ifState: 'queued' });
  }

  /**
   * Paxos has it (its answer, or found by ref_id): the intent points at `paxosId` from now on.
   * `ifState: 'needs_attention'` when the operator's abandon found it, so a change meanwhile wins.
   * `paxosCreatedAt`: when Paxos made it (the day a wire out counts against the daily limit).
   */
  markSubmitted(
    id: string,
    paxosId: string,
    options: { ifState?: 'needs_attention'; paxosCreatedAt?: string } = {},
  ): Promise<Intent> {
    const { paxosCreatedAt, ...when } = options;
    const result = paxosCreatedAt ? { paxosId, paxosCreatedAt } : { paxosId };
    return this.update(id, { state: 'submitted', result }, when);
  }

  /**
   * Done at Paxos (an account or rule once accepted, an orchestration once COMPLETED). With
   * `exception` when it completed otherwise than confirmed (a conversion credited another amount):
   * kept as its alert and last error, so the operator is shown it, never told all is well.
   */
  markCompleted(id: string, exception?: IntentError): Promise<Intent> {
    return this.update(
      id,
      exception
        ? { state: 'completed', lastError: exception, alert: exception.message }
        : { state: 'completed' },
    );
  }

  /** Paxos refused it outright (with why), or an orchestration ended FAILED (no error of ours). */
  markFailed(id: string, lastError?: IntentError): Promise<Intent> {
    return this.update(id, { state: 'failed', ...(lastError ? { lastError } : {}) });
  }

  /**
   * It may have reached Paxos (caught mid-send, or the answer was unclear): look it up by ref_id
   * before anything is sent again. With the error that made it unclear, when there was one.
   */
  markReconciling(id: string, lastError?: IntentError): Promise<Intent> {
    return this.update(id, { state: 'reconciling', ...(lastError ? { lastError } : {}) });
  }

  /** After a send or a lookup, the operator has to act (`reason`: credentials, a clash, unknown outcome). */
  needsAttention(id: string, reason: string, lastError: IntentError): Promise<Intent> {
    return this.update(id, { state: 'needs_attention', attentionReason: reason, lastError });
  }

  /**
   * From `queued` only: it must be confirmed again before it is sent (`reason`: expired, or the
   * balance or destination changed). Nothing was sent, so it may still be cancelled.
   */
  needsReconfirmation(id: string, reason: string, why?: IntentError): Promise<Intent> {
    return this.update(
      id,
      { state: 'needs_attention', attentionReason: reason, ...(why ? { lastError: why } : {}) },
      { ifState: 'queued' },
    );
  }

  /**
   * From `reconciling` only: send again under the same ref_id. With `checks` when a definite
   * lookup found nothing (counted for "not found after N checks"); without, when the lookup had
   * too much to search (no proof either way, so nothing is counted).
   */
  requeueAfterLookup(id: string, checks?: number): Promise<Intent> {
    const patch =
      checks === undefined ? { state: 'queued' as const } : { state: 'queued' as const, checks };
    return this.update(id, patch, { ifState: 'reconciling' });
  }

  /** From `abandoned` only: the operator sends the same request again, same intent and ref_id. */
  requeueAbandoned(id: string, confirmedAt: string, limit?: LimitAccepted): Promise<Intent> {
    const accepted = limit ? { limitAccepted: limit } : {};
    return this.update(id, { state: 'queued', confirmedAt, ...accepted }, { ifState: 'abandoned' });
  }

  /**
   * From `fromState` only, the state the caller found cancellable: `attempts` only grows by
   * entering `sending`, which changes the state, so a send that started meanwhile wins.
   */
  cancel(id: string, fromState: IntentState): Promise<Intent> {
    return this.update(id, { state: 'cancelled' }, { ifState: fromState });
  }

  /** From `needs_attention` only: a definite lookup found nothing; `checks` counts the lookups. */
  abandon(id: string, checks: number): Promise<Intent> {
    return this.update(
      id,
      { state: 'abandoned', checks, attentionReason: null },
      { ifState: 'needs_attention' },
    );
  }

  /**
   * From `fromState` only, the state the operator confirmed: the expiry clock restarts, and an
   * intent waiting for them goes back to the queue (its reason cleared).
   */
  reconfirm(
    id: string,
    fromState: IntentState,
    confirmedAt: string,
    limit?: LimitAccepted,
  ): Promise<Intent> {
    const accepted = limit ? { limitAccepted: limit } : {};
    const patch =
      fromState === 'needs_attention'
        ? { state: 'queued' as const, attentionReason: null, confirmedAt, ...accepted }
        : { confirmedAt, ...accepted };
    return this.update(id, patch, { ifState: fromState });
  }

  /**
   * From `fromState` only (cancelled or abandoned, as it was seen): it turned up at Paxos after
   * all, so it follows that record, carrying the alert shown to the operator.
   */
  followStray(id: string, fromState: IntentState, paxosId: string, alert: string): Promise<Intent> {
    return this.update(
      id,
      { state: 'submitted', result: { paxosId }, alert },
      { ifState: fromState },
    );
  }
}
