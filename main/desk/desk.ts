// One environment's desk: its stores (cache, outbox, notification ledger, event cursor, audit
// log, all under <dataDir>/<environment>/), its Paxos client, the outbox and the sync engine.
// Switching environment closes one desk and opens another, so data never crosses over.
import type { EnvironmentKind } from '../../shared/environment';
import type { Settings } from '../../shared/settings';
import type { FiatAccount, OrchestrationRule } from '../../shared/paxos-schemas';
import type { PaxosClient } from '../paxos';
import { AuditLog } from './audit/audit-log';
import type { AuditRecord } from './audit/audit-entry';
import type { Notifier, NotificationTarget } from './notify/notifier';
import { activityLabels } from './activity/activity-labels';
import { coalesceNotices, noticeFor, type Notice, type NoticeLabels } from './notify/transition-notices';
import { fiatAccountView, ruleView } from './views/to-views';
import { Outbox } from './outbox/outbox';
import { CacheStore } from './store/cache/cache-store';
import { environmentDir } from './store/environment-dir';
import { NotificationLedger } from './store/notifications/notification-ledger';
import { IntentStore } from './store/outbox/intent-store';
import type { StatusTransition } from './sync/change-detector';
import { EventCursor } from './sync/event-cursor';
import { SyncEngine, type Timers } from './sync/sync-engine';
import { precheckIntent } from './workflows/intent-precheck';

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
  timers?: Timers;
}

export class Desk {
  readonly outbox: Outbox;
  readonly sync: SyncEngine;

  private constructor(
    readonly options: DeskOptions,
    readonly cache: CacheStore,
    readonly intents: IntentStore,
    readonly ledger: NotificationLedger,
    readonly cursor: EventCursor,
    readonly audit: AuditLog,
  ) {
    const getClient = () => options.client;
    this.outbox = new Outbox({
      intents, cache, getClient, now: options.now,
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
          details: { state: intent.state, ...(error instanceof Error ? { error: error.message } : {}) },
        }),
    });
    this.sync = new SyncEngine({
      getClient, cache, cursor, now: options.now,
      intervalsMs: () => ({ fast: options.settings().pollFastSeconds * 1000, slow: options.settings().pollSlowSeconds * 1000 }),
      busy: () => cache.inFlightOrchestrationIds().length > 0 || intents.list({ states: ['queued', 'reconciling', 'sending'] }).length > 0 || this.hasPendingAccounts(),
      hasPendingBankAccounts: () => this.hasPendingAccounts(),
      afterSync: () => this.outbox.flush(),
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
    const now = options.now;
    const [cache, intents, ledger, cursor, audit] = await Promise.all([
      CacheStore.open(dir, { now }),
      IntentStore.open(dir, { now }),
      NotificationLedger.open(dir, { now }),
      EventCursor.open(dir),
      AuditLog.open({ dataDir: options.dataDir, environment: options.environment, user: options.user, now }),
    ]);
    return new Desk(options, cache, intents, ledger, cursor, audit);
  }

  /** Recover interrupted sends, then start syncing (which flushes the outbox when online). */
  async start(): Promise<void> {
    await this.outbox.recover();
    this.sync.start();
  }

  async close(): Promise<void> {
    this.sync.stop();
    await Promise.allSettled([this.cache.close(), this.intents.close(), this.ledger.close(), this.cursor.close(), this.audit.close()]);
  }

  record(entry: AuditRecord): Promise<unknown> {
    return this.audit.append(entry).catch(() => undefined);
  }

  private hasPendingAccounts(): boolean {
    return this.cache.hasStatus('fiatAccounts', 'PENDING');
  }

  private async handleTransitions(transitions: StatusTransition[]): Promise<void> {
    const labels = await this.noticeLabels();
    const fresh: Notice[] = [];
    for (const transition of transitions) {
      if (transition.collection === 'orchestrations' && (transition.to === 'COMPLETED' || transition.to === 'FAILED')) {
        await this.outbox.settleOrchestration(transition.id, transition.to);
      }
      const notice = noticeFor(transition, this.options.settings(), labels);
      // Marked before it is shown: a crash in between loses one notice rather than repeating it.
      if (notice && (await this.ledger.markOnce(notice.ledgerKeys[0] ?? ''))) fresh.push(notice);
    }
    // Many from one cycle (back from a week offline, rules running) become one summary.
    for (const { title, body, target } of coalesceNotices(fresh)) {
      this.options.notifier.show({ title, body, target }, this.options.onNotificationClick);
    }
    this.options.onChange('desk');
  }

  /** Bank account labels and rule nicknames from the cache, for notices that name their item. */
  private async noticeLabels(): Promise<NoticeLabels> {
    const [accounts, rules] = await Promise.all([this.cache.list('fiatAccounts'), this.cache.list('rules')]);
    const views = activityLabels({
      fiatAccounts: accounts.map(({ record, fetchedAt }) => fiatAccountView(record as FiatAccount, fetchedAt)),
      rules: rules.map(({ record, fetchedAt }) => ruleView(record as OrchestrationRule, fetchedAt)),
      profiles: [],
    });
    return { bankAccount: views.bankAccount, rule: views.rule };
  }
}
