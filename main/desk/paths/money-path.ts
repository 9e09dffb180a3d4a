// What every money path is to the machinery that does not know it: the outbox (send, look up by
// ref_id, check the answer, and the last check before a queued intent leaves), the sync's
// notices (the wording of a status change of the records it follows) and main's confirmation
// (the decisions it confirms, and the facts it words them from). registry.ts explains the whole.
import type { Settings } from '../../../shared/settings';
import type { PaxosClient } from '../../paxos';
import type { CacheCollection, PaxosRecord } from '../store/cache/cache-records';
import type { CacheStore } from '../store/cache/cache-store';
import type { Intent, IntentKind } from '../store/intents/intent';
import type { StatusTransition } from '../sync/change-detector';
import type { Notice, NoticeLabels } from './path-notice';

/** An intent known to be of kind K: its payload is typed. */
export type IntentOf<K extends IntentKind> = Extract<Intent, { kind: K }>;

/** How an answer differs from what was asked (answer-mismatch.ts tells it to the operator). */
export interface Mismatch {
  field: string;
  asked: string;
  answered: string;
}

/** What Paxos answered: the record to cache, and the id the intent points at from now on. */
export interface Delivered {
  paxosId: string;
  collection?: CacheCollection;
  record?: PaxosRecord;
  /** Orchestrations stay `submitted` until they complete or fail; other intents are done. */
  done: boolean;
}

/** The cache a precheck reads: balances and statuses as the last sync left them. */
export type PrecheckCache = Pick<CacheStore, 'get' | 'statusOf'>;

/** The day a queued intent is sent on, and the daily soft limit as it stands then. */
/** Why a queued request must be confirmed again (a reason code, or one with its figures). */
export type PrecheckFinding = string | { reason: string; message: string } | undefined;

export interface SendDay {
  now: Date;
  dailyLimitUsd: string;
  /** Wired out today for the account (redeemed-today.ts), leaving out the request `refId`. */
  wiredTodayUsd(exceptRefId: string): Promise<string>;
  /** The daily soft limit for money converting inside Paxos (mint, conversions), counted apart. */
  dailyConversionLimitUsd: string;
  /** Converted inside Paxos today (conversion/converted-today.ts), leaving out `refId`. */
  convertedTodayUsd(exceptRefId: string): Promise<string>;
}

/**
 * Where a completion check reads a transfer: the client, or the legs a cycle read for all the
 * orchestrations that ended together (outbox/credited-legs.ts), so a check costs no request.
 */
export type TransferReader = Pick<PaxosClient, 'getTransfer'>;

/**
 * What a completed orchestration of this intent left to look at (the credited amount not what
 * was confirmed), as the alert the intent keeps, or undefined when all is as confirmed. Throws
 * when it cannot tell yet (Paxos unreachable): the intent stays submitted and is checked again.
 */
export type CompletionCheck = (
  legs: TransferReader,
  intent: Intent,
  record: PaxosRecord,
) => Promise<CompletionAlert | undefined>;

export interface CompletionAlert {
  message: string;
  asked: string;
  answered: string;
}

/** One intent kind of a path, typed by its kind; intent-route.ts makes it what the outbox calls. */
export interface IntentRoute<K extends IntentKind> {
  kind: K;
  send(client: PaxosClient, intent: IntentOf<K>): Promise<Delivered>;
  /**
   * After an unclear outcome: the delivered result if Paxos has it, null if a definite search
   * (filtered, then the unfiltered list over a bounded window) found nothing.
   */
  lookup(client: PaxosClient, intent: IntentOf<K>): Promise<Delivered | null>;
  /** Why `delivered` does not answer `intent` (ref_id, profile, asset, amount, destination), or undefined. */
  checkAnswer(intent: IntentOf<K>, delivered: Delivered): Mismatch | undefined;
  /** What a wrong answer leaves live that must go at once; resolves whether it went. */
  undoWrongAnswer?(client: PaxosClient, delivered: Delivered): Promise<boolean>;
  /** Why a queued intent must be confirmed again before it leaves (the facts moved), or undefined. */
  precheck?(cache: PrecheckCache, intent: IntentOf<K>, day: SendDay): Promise<PrecheckFinding>;
  /** On COMPLETED: what Paxos credited, checked against what was confirmed. */
  checkCompletion?(
    legs: TransferReader,
    intent: IntentOf<K>,
    record: PaxosRecord,
  ): Promise<CompletionAlert | undefined>;
}

/** An intent route with its kind erased, its answers checked: what the outbox calls. */
export interface OutboxRoute {
  kind: IntentKind;
  send(client: PaxosClient, intent: Intent): Promise<Delivered>;
  lookup(client: PaxosClient, intent: Intent): Promise<Delivered | null>;
  precheck(cache: PrecheckCache, intent: Intent, day: SendDay): Promise<PrecheckFinding>;
  /** How a record found by other means (a stray in the cache) differs from what was asked. */
  mismatch(intent: Intent, delivered: Delivered): Mismatch | undefined;
  /** Present for kinds whose completion is checked (a conversion's credited amount). */
  checkCompletion?: CompletionCheck;
}

/**
 * The facts main's confirmation words a decision from, environment-free: main/confirm adds the
 * environment (its fact row and "… in Demo?") and the checkbox's words.
 */
export interface ConfirmationFacts<Action extends string = string> {
  action: Action;
  /** The question without its environment, from main's facts only: "Redeem 250.00 USDC to the account ending 6789". */
  question: string;
  /** Label → value, in the order shown, after the environment. Never text the operator typed. */
  rows: [label: string, value: string][];
  /**
   * Text the operator typed (a label, a memo, a nickname), as what → text: main/confirm shows
   * each cleaned, cut and quoted as "Your label: “…”". Never in the question or on the button.
   */
  notes?: [what: string, text: string][];
  /** The confirm button: says what it does ("Redeem 250.00 USDC"). */
  confirmLabel: string;
  /** Confirming counts only with "I checked the amount and the destination" ticked. */
  mustTickChecked?: boolean;
  /** Confirming counts only with this box ticked (a fact the operator must have checked). */
  tickLabel?: string;
  /** The values the audit log keeps for this decision: never secrets. */
  audit: Record<string, unknown>;
}

export interface MoneyPath<Action extends string = string> {
  name: string;
  /** Its intent kinds; every IntentKind belongs to exactly one path. */
  routes: readonly OutboxRoute[];
  /** The decisions main confirms for it, as the dialog and the audit log name them. */
  actions: readonly Action[];
  /** The records whose status changes the sync reports for this path, and their notice wording. */
  follows?: {
    collection: CacheCollection;
    notice(
      transition: StatusTransition,
      settings: Settings,
      labels: NoticeLabels,
    ): Notice | undefined;
  };
}
