// What the desk gives its outbox: the environment's stores and client, the clock and the
// expiry, and the hooks through which the outbox tells the desk what happened. Every part of the
// outbox (decisions, send loop, reconciliation, settling, strays) works with this one object.
import type { PaxosClient } from '../../paxos';
import type { CacheStore } from '../store/cache/cache-store';
import type { Intent } from '../store/intents/intent';
import type { IntentStore } from '../store/intents/intent-store';
import type { PrecheckFinding } from '../paths/money-path';

export interface OutboxOptions {
  intents: IntentStore;
  cache: CacheStore;
  /**
   * Resolves once the checks opening leaves to a worker are done (the whole file, the intents
   * the state index misses) and whatever they found holds sending. Every flush waits for it.
   */
  checkedBeforeSending?: () => Promise<unknown>;
  /** The client for this environment, or undefined while it has no credentials. */
  getClient: () => PaxosClient | undefined;
  now: () => Date;
  expiryMinutes: () => number;
  /** Returns why a queued intent must be confirmed again (balance or destination changed). */
  precheck?: (intent: Intent) => Promise<PrecheckFinding>;
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
}

export interface FlushResult {
  sent: number;
  stoppedOffline: boolean;
}
