// One environment's desk: its stores (cache, outbox, notification ledger, event cursor, audit
// log: one SQLite database, <dataDir>/<environment>/desk.sqlite), its Paxos client, the outbox
// and the sync engine. Switching environment closes one desk and opens another, so data never
// crosses over.
//
// Its parts stay inside: main's operator services use the narrow API below (what an operator
// can do and see); tests reach the parts through `partsForTests` only.
//
// Damage found at open (quick_check, an intent row failing its checksum, a broken audit chain)
// holds sending: the outbox gets no client until every intent has been checked with Paxos by
// its ref_id (recheckIntents), and the operator is told through the projection's `storage`.
import type { EnvironmentKind } from '../../shared/environment';
import type { Settings } from '../../shared/settings';
import type { FiatAccount, Orchestration, Transfer } from '../../shared/paxos/responses';
import type { BankAccountFacts } from './views/record-facts';
import type { PaxosClient } from '../paxos';
import { localLabelsFor, type LocalLabels } from './bank-accounts/local-labels';
import { liveBankAccountFacts, readFiatAccount } from './bank-accounts/fiat-account-reads';
import { AuditLog, type AuditPage } from './store/audit/audit-log';
import type { AuditRecord } from './store/audit/audit-entry';
import type { Notifier, NotificationTarget } from './notify/notifier';
import { activityLabels } from './activity/activity-labels';
import {
  coalesceNotices,
  noticeFor,
  type Notice,
  type NoticeLabels,
} from './notify/transition-notices';
import { fiatAccountView, ruleView } from './views/to-views';
import { Outbox } from './outbox/outbox';
import { RuleFieldMemory } from './outbox/rule-field-memory';
import { CacheStore } from './store/cache/cache-store';
import { environmentDir } from './store/environment-dir';
import { NotificationLedger } from './store/notifications/notification-ledger';
import type { Intent, IntentKind, IntentPayloads, IntentState } from './store/intents/intent';
import { IntentStore } from './store/intents/intent-store';
import { projectDesk, type DeskSlices } from './desk-projection';
import type { StatusTransition } from './sync/change-detector';
import { EventCursor } from './sync/event-cursor';
import { SyncEngine, type Timers } from './sync/sync-engine';
import { precheckIntent } from './workflows/intent-precheck';
import { recheckIntents } from './recovery/intent-recheck';
import type { DeskDatabase } from './store/db/desk-database';
import { openEnvironmentDatabase } from './store/carry-over/environment-database';
import type { StorageFaults } from './store/db/storage-faults';
import { StorageHealth } from './store/storage-health';
import { checkWholeFile, type BackgroundCheck } from './store/db/background-check';
import { isCorruption } from './store/db/desk-database';
import { moveAside } from './store/db/set-aside';
import { salvageIntents } from './store/carry-over/salvage-intents';

/** Carries the intact intents of a replaced file over (checksummed rows only). */
function salvageInto(db: DeskDatabase, keptAt: string): void {
  const { carried, problem } = salvageIntents(keptAt, db);
  db.damage?.problems.push(
    `carried over ${carried} intact request(s) from the damaged file${problem ? ` (then: ${problem})` : ''}`,
  );
}

export interface DeskOptions {
  environment: EnvironmentKind;
  dataDir: string;
  user: string;
  client: PaxosClient | undefined;
  settings: () => Settings;
  notifier: Notifier;
  now: () => Date;
  onChange: (what: 'desk' | 'activity') => void;
  onReachability: (reached: boolean, error?: unknown) => void;
  onSynced: (at: string) => void;
  onNotificationClick: (target: NotificationTarget) => void;
  /** Background work (a flush) failed unexpectedly. */
  onBackgroundError?: (error: unknown) => void;
  timers?: Timers;
  /** Tests only: fail chosen writes and commits like a full or failing disk. */
  storageFaults?: StorageFaults;
}

/** The cached Paxos records, as the operator's requests read them (never written from outside). */
type DeskRecords = Pick<CacheStore, 'get' | 'list' | 'window' | 'asOf' | 'statusOf' | 'count'>;

/** Tests and benchmarks only: the desk's parts, to arrange and inspect what the API does not show. */
interface DeskParts {
  client: PaxosClient | undefined;
  cache: CacheStore;
  intents: IntentStore;
  outbox: Outbox;
  sync: SyncEngine;
  audit: AuditLog;
  health: StorageHealth;
  ledger: NotificationLedger;
  cursor: EventCursor;
}

export class Desk {
  private readonly outbox: Outbox;
  private readonly sync: SyncEngine;
  private wholeFileCheck: BackgroundCheck | undefined;
  /** Background failures so far: a flush that adds none clears the one shown. */
  private backgroundErrors = 0;

  private constructor(
    private readonly options: DeskOptions,
    private readonly db: DeskDatabase,
    private readonly health: StorageHealth,
    private readonly cache: CacheStore,
    private readonly intents: IntentStore,
    private readonly ledger: NotificationLedger,
    private readonly cursor: EventCursor,
    private readonly audit: AuditLog,
  ) {
    const getClient = () => options.client;
    this.outbox = new Outbox({
      // While sending is held the outbox has no client: it sends nothing, reconciles nothing.
      intents,
      cache,
      getClient: () => (intents.sendingHeld === undefined ? options.client : undefined),
      now: options.now,
      ruleFields: new RuleFieldMemory(db),
      expiryMinutes: () => options.settings().intentExpiryMinutes,
      precheck: (intent) => precheckIntent(cache, intent),
      onChange: () => {
        options.onChange('desk');
        this.sync?.quicken();
      },
      onReachability: options.onReachability,
      onOutcome: (intent, outcome, error) =>
        void this.record({
          action: `intent.${intent.kind}`,
          outcome: outcome === 'submitted' ? 'succeeded' : 'failed',
          refId: intent.refId,
          details: {
            state: intent.state,
            ...(error instanceof Error ? { error: error.message } : {}),
          },
        }),
      // Background work never escapes: recorded in the audit log (shown in Settings), published
      // in the desk state (the banner shows it until a later flush runs clean) and logged.
      onBackgroundError: (error, intent) => {
        const message = error instanceof Error ? error.message : String(error);
        this.backgroundErrors += 1;
        health.backgroundError = {
          message,
          at: options.now().toISOString(),
          refId: intent?.refId ?? null,
        };
        void this.record({
          action: 'outbox.error',
          outcome: 'failed',
          ...(intent ? { refId: intent.refId } : {}),
          details: { error: message },
        });
        options.onBackgroundError?.(error);
        options.onChange('desk');
      },
      onAlert: (intent) =>
        void this.record({
          action: 'intent.alert',
          outcome: 'failed',
          refId: intent.refId,
          details: { alert: intent.alert ?? '' },
        }),
    });
    this.sync = new SyncEngine({
      getClient,
      cache,
      cursor,
      now: options.now,
      intervalsMs: () => ({
        fast: options.settings().pollFastSeconds * 1000,
        slow: options.settings().pollSlowSeconds * 1000,
      }),
      busy: () =>
        cache.inFlightOrchestrationIds().length > 0 ||
        intents.list({ states: ['queued', 'reconciling', 'sending'] }).length > 0 ||
        this.hasPendingAccounts(),
      hasPendingBankAccounts: () => this.hasPendingAccounts(),
      afterSync: async () => {
        // Nothing is sent before the whole file has been checked once this run.
        await this.wholeFileCheck?.result;
        if (intents.sendingHeld !== undefined) await this.recheck();
        await this.outbox.noticeStrays();
        const errorsBefore = this.backgroundErrors;
        await this.outbox.flushInBackground(); // a failure is recorded and shown, never thrown
        if (this.backgroundErrors === errorsBefore && health.backgroundError) {
          health.backgroundError = undefined;
          options.onChange('desk');
        }
      },
      onReachability: options.onReachability,
      onTransitions: (transitions) => this.handleTransitions(transitions),
      onSynced: (at) => {
        options.onSynced(at);
        options.onChange('activity');
      },
      ...(options.timers ? { timers: options.timers } : {}),
    });
  }

  static async open(options: DeskOptions): Promise<Desk> {
    const dir = environmentDir(options.dataDir, options.environment);
    const dbOptions = {
      now: options.now,
      ...(options.storageFaults ? { faults: options.storageFaults } : {}),
    };
    const db = await openEnvironmentDatabase(dir, dbOptions);
    if (db.damage?.replaced) salvageInto(db, db.damage.keptAt);
    try {
      return await Desk.build(options, db);
    } catch (error) {
      db.close();
      if (!isCorruption(error)) throw error;
      // Pages the check at open does not cover were unreadable: keep the file aside and start
      // a new one, with sending held until every intent has been checked with Paxos.
      const keptAt = moveAside(db.path, options.now());
      const fresh = await openEnvironmentDatabase(dir, dbOptions);
      fresh.damage = {
        problems: [error instanceof Error ? error.message : String(error)],
        keptAt,
        replaced: true,
      };
      salvageInto(fresh, keptAt);
      try {
        return await Desk.build(options, fresh);
      } catch (again) {
        fresh.close();
        throw again;
      }
    }
  }

  private static async build(options: DeskOptions, db: DeskDatabase): Promise<Desk> {
    const now = options.now;
    const health = new StorageHealth();
    health.databaseDamage = db.damage;
    const audit = new AuditLog(db, { environment: options.environment, user: options.user, now });
    health.audit = audit.verification;
    const intents = new IntentStore(db, { now, audit, health });
    const desk = new Desk(
      options,
      db,
      health,
      new CacheStore(db, now),
      intents,
      new NotificationLedger(db, now),
      new EventCursor(db),
      audit,
    );
    if (health.needsCheck) {
      intents.holdSending(
        'the local database was found damaged; every request is being checked with Paxos first.',
      );
      await desk.record({
        action: 'storage.damage_found',
        outcome: 'info',
        details: { view: health.view() },
      });
    }
    return desk;
  }

  /**
   * Checks every intent with Paxos by ref_id, then lets sending resume. Runs after each sync
   * while sending is held; a failure (Paxos unreachable) keeps the hold for the next try.
   */
  async recheck(): Promise<boolean> {
    const client = this.options.client;
    if (!client || this.intents.sendingHeld === undefined) return false;
    try {
      const result = await recheckIntents(client, this.intents, (id) =>
        this.intents.damagedBody(id),
      );
      this.health.alerts.push(...result.alerts);
      this.health.lastCheckError = undefined;
      this.intents.releaseSending();
      await this.record({
        action: 'storage.recheck_done',
        outcome: 'succeeded',
        details: { checked: result.checked, alerts: result.alerts },
      });
      return true;
    } catch (error) {
      this.health.lastCheckError = error instanceof Error ? error.message : String(error);
      return false;
    } finally {
      this.options.onChange('desk');
    }
  }

  /** The operator's "rebuild from Paxos": empty the cache, then load the whole history again. */
  async rebuildCache(): Promise<void> {
    await this.cache.clear();
    await this.cursor.reset();
    this.sync.reloadHistory();
    await this.record({ action: 'storage.rebuild_cache', outcome: 'requested' });
    await this.sync.refreshNow();
  }

  /** Recover interrupted sends, then start syncing (which flushes the outbox when online). */
  async start(): Promise<void> {
    await this.outbox.recover();
    this.sync.start();
    this.checkWholeFileInBackground();
  }

  /** Resolves when the background check of the whole file is done (tests). */
  async wholeFileChecked(): Promise<void> {
    await this.wholeFileCheck?.result;
  }

  private checkWholeFileInBackground(): void {
    if (this.db.damage) return;
    this.wholeFileCheck = checkWholeFile(this.db.path);
    void this.wholeFileCheck.result.then(async (problems) => {
      if (!problems || problems.length === 0 || !this.db.isOpen) return;
      this.health.databaseDamage = this.db.reportDamage(problems, this.options.now());
      this.intents.holdSending(
        'the local database was found damaged; every request is being checked with Paxos first.',
      );
      await this.record({
        action: 'storage.damage_found',
        outcome: 'info',
        details: { view: this.health.view() },
      });
      this.options.onChange('desk');
    });
  }

  async close(): Promise<void> {
    this.sync.stop();
    this.wholeFileCheck?.cancel();
    await Promise.allSettled([
      this.cache.close(),
      this.intents.close(),
      this.ledger.close(),
      this.cursor.close(),
      this.audit.close(),
    ]);
    this.db.close();
  }

  record(entry: AuditRecord): Promise<unknown> {
    return this.audit.append(entry).catch(() => undefined);
  }

  // ------------------------------------------------ what the operator's requests read from Paxos
  // The client stays inside the desk: callers ask for what they need, never for the client.

  /** Whether this desk can reach Paxos at all (credentials saved, or Demo). */
  get canReachPaxos(): boolean {
    return this.options.client !== undefined;
  }

  /** Tests and benchmarks only: the desk's parts. Main's code uses the API of this class. */
  get partsForTests(): DeskParts {
    return {
      client: this.options.client,
      cache: this.cache,
      intents: this.intents,
      outbox: this.outbox,
      sync: this.sync,
      audit: this.audit,
      health: this.health,
      ledger: this.ledger,
      cursor: this.cursor,
    };
  }

  // ------------------------------------------------------------ what the operator sees and does

  /** The cached Paxos records (profiles, balances, accounts, rules, orchestrations), read only. */
  get records(): DeskRecords {
    return this.cache;
  }

  /** The desk's slices of the app state, projected from the cache and the outbox. */
  async project(now: Date, activityRevision: number): Promise<DeskSlices> {
    return projectDesk(this.cache, this.intents, now, activityRevision, await this.localLabels());
  }

  /** The requests in any of `states`. */
  intentsIn(states: readonly IntentState[]): Intent[] {
    return this.intents.list({ states });
  }

  /** Records a request durably (not sent yet: the outbox sends it). */
  enqueue<K extends IntentKind>(kind: K, payload: IntentPayloads[K]): Promise<Intent> {
    return this.outbox.enqueue(kind, payload);
  }

  cancelIntent(id: string): Promise<Intent> {
    return this.outbox.cancel(id);
  }

  confirmIntent(id: string): Promise<Intent> {
    return this.outbox.confirm(id);
  }

  abandonIntent(id: string): Promise<Intent> {
    return this.outbox.abandon(id);
  }

  /** Sends what is queued; a failure is recorded and shown, never thrown. */
  flushInBackground(): Promise<void> {
    return this.outbox.flushInBackground();
  }

  /** A full sync cycle now (which flushes the outbox when Paxos answers). */
  refreshNow(): Promise<void> {
    return this.sync.refreshNow();
  }

  /** A light sync cycle: the events since the last one, and the records they name. */
  async readNewEvents(): Promise<void> {
    await this.sync.runCycle('events');
  }

  /** One page of the audit log, newest first. */
  auditPage(options: { before?: number; limit: number }): Promise<AuditPage> {
    return this.audit.page(options);
  }

  /** When the client's 429 cool-down ends, or null. */
  coolDownUntil(): Date | null {
    return this.options.client?.coolDownUntil() ?? null;
  }

  /** Ends a 429 cool-down for one attempt. */
  retryNow(): void {
    this.options.client?.retryNow();
  }

  /** This environment's local bank account labels. */
  localLabels(): Promise<LocalLabels> {
    return localLabelsFor(environmentDir(this.options.dataDir, this.options.environment));
  }

  /** One bank account's details, live from Paxos, or as cached when Paxos cannot be asked. */
  readFiatAccount(id: string): Promise<{ account: FiatAccount; fetchedAt: string }> {
    return readFiatAccount(this.cache, this.options.client, id, this.options.now());
  }

  /** What a confirmation names about a bank account (owner read from Paxos if not cached). */
  bankAccountFacts(id: string): Promise<BankAccountFacts | undefined> {
    return liveBankAccountFacts(this.cache, this.options.client, id);
  }

  /** The wire legs of a redemption; offline (or on any failure) the ones that could be read. */
  async transfersOf(orchestration: Orchestration): Promise<Transfer[]> {
    const legIds = [
      orchestration.source_transfer?.transfer_id,
      orchestration.destination_transfer?.transfer_id,
    ].filter((t): t is string => !!t);
    const transfers: Transfer[] = [];
    for (const legId of legIds) {
      const transfer = await this.options.client?.getTransfer(legId).catch(() => undefined);
      if (transfer) transfers.push(transfer);
    }
    return transfers;
  }

  private hasPendingAccounts(): boolean {
    return this.cache.hasStatus('fiatAccounts', 'PENDING');
  }

  private async handleTransitions(transitions: StatusTransition[]): Promise<void> {
    const labels = await this.noticeLabels();
    const notices: Notice[] = [];
    for (const transition of transitions) {
      if (
        transition.collection === 'orchestrations' &&
        (transition.to === 'COMPLETED' || transition.to === 'FAILED')
      ) {
        await this.outbox.settleOrchestration(transition.id, transition.to);
      }
      const notice = noticeFor(transition, this.options.settings(), labels);
      if (notice) notices.push(notice);
    }
    // One commit for the whole cycle's marks, made before anything is shown: a crash in
    // between loses notices rather than repeating them.
    const marked = await this.ledger.markMany(notices.flatMap((n) => n.ledgerKeys));
    const fresh = notices.filter((n) => n.ledgerKeys.some((key) => marked.has(key)));
    // Many from one cycle (back from a week offline, rules running) become one summary.
    for (const { title, body, target } of coalesceNotices(fresh)) {
      this.options.notifier.show({ title, body, target }, this.options.onNotificationClick);
    }
    this.options.onChange('desk');
  }

  /** Bank account labels and rule nicknames from the cache, for notices that name their item. */
  private async noticeLabels(): Promise<NoticeLabels> {
    const [accounts, rules] = await Promise.all([
      this.cache.list('fiatAccounts'),
      this.cache.list('rules'),
    ]);
    const views = activityLabels({
      fiatAccounts: accounts.map(({ record, fetchedAt }) => fiatAccountView(record, fetchedAt)),
      rules: rules.map(({ record, fetchedAt }) => ruleView(record, fetchedAt)),
      profiles: [],
    });
    return { bankAccount: views.bankAccount, rule: views.rule };
  }
}
