// The desk's two engines on its stores: the outbox (sends intents exactly once) and the sync
// engine (reads Paxos, then runs afterEachSync, which lets the outbox send). Their callbacks
// connect them to each other, to the audit log and to the app.
import type { PaxosClient } from '../paxos';
import { afterEachSync } from './after-each-sync';
import { BackgroundErrors } from './background-errors';
import type { DeskOptions } from './desk-options';
import { recordIn, type DeskStores } from './desk-stores';
import { Outbox } from './outbox/outbox';
import type { IntentStore } from './store/intents/intent-store';
import { StorageWrites } from './storage-writes';
import { SyncEngine } from './sync/sync-engine';
import { announceTransitions } from './transition-announcer';
import { precheckIntent } from './paths/registry';
import { redeemedTodayUsd } from './redeemed-today';
import { convertedTodayUsd } from './paths/conversion/converted-today';

export interface DeskEngines {
  outbox: Outbox;
  sync: SyncEngine;
  backgroundErrors: BackgroundErrors;
}

/** What the desk's lifecycle supplies: the whole-file check and the recheck of held sending. */
export interface LifecycleHooks {
  wholeFileChecked(): Promise<unknown>;
  recheck(): Promise<unknown>;
  /** Keeps the anchor outside the database up to date (anchor-guard.ts). */
  anchorWrite(): Promise<void>;
  /** Money in: incoming wires read, matched and announced (incoming/incoming-desk.ts). */
  followIncoming(client: PaxosClient): Promise<void>;
}

/** While sending is held the outbox has no client: it sends nothing, reconciles nothing. */
export function sendingClient(
  intents: Pick<IntentStore, 'sendingHeld'>,
  client: PaxosClient | undefined,
): PaxosClient | undefined {
  return intents.sendingHeld === undefined ? client : undefined;
}

export function wireDesk(
  options: DeskOptions,
  stores: DeskStores,
  hooks: LifecycleHooks,
): DeskEngines {
  const { cache, intents, audit } = stores;
  const onDeskChange = () => options.onChange('desk');
  const backgroundErrors = new BackgroundErrors(stores.health, options.now, onDeskChange);
  const writes = new StorageWrites(stores, options.now, onDeskChange);
  const outbox = new Outbox({
    intents,
    cache,
    checkedBeforeSending: hooks.wholeFileChecked,
    // Nothing is sent while the local database cannot be written (storage-writes.ts).
    getClient: () => (writes.writable() ? sendingClient(intents, options.client) : undefined),
    now: options.now,
    expiryMinutes: () => options.settings().intentExpiryMinutes,
    // The limit is checked again by the day the intent is sent, not the day it was queued.
    precheck: (intent) =>
      precheckIntent(cache, intent, {
        now: options.now(),
        dailyLimitUsd: options.settings().dailySoftLimitUsd,
        wiredTodayUsd: (except) =>
          redeemedTodayUsd(cache, intents.current(options.now()), options.now(), except),
        dailyConversionLimitUsd: options.settings().dailyConversionSoftLimitUsd,
        convertedTodayUsd: (except) =>
          convertedTodayUsd(cache, intents.current(options.now()), options.now(), except),
      }),
    onChange: () => {
      onDeskChange();
      sync.quicken(); // set below, before any intent can change
    },
    onReachability: options.onReachability,
    onOutcome: (intent, outcome, error) =>
      void recordIn(audit, {
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
      backgroundErrors.publish(message, intent?.refId ?? null);
      void recordIn(audit, {
        action: 'outbox.error',
        outcome: 'failed',
        ...(intent ? { refId: intent.refId } : {}),
        details: { error: message },
      });
      options.onBackgroundError?.(error);
      onDeskChange();
    },
    onAlert: (intent) =>
      void recordIn(audit, {
        action: 'intent.alert',
        outcome: 'failed',
        refId: intent.refId,
        details: { alert: intent.alert ?? '' },
      }),
  });
  const hasPendingAccounts = () => cache.hasStatus('fiatAccounts', 'PENDING');
  const sync = new SyncEngine({
    getClient: () => options.client,
    cache,
    cursor: stores.cursor,
    now: options.now,
    intervalsMs: () => ({
      fast: options.settings().pollFastSeconds * 1000,
      slow: options.settings().pollSlowSeconds * 1000,
    }),
    // A submitted wire out is in flight like an orchestration: its end comes as an event the
    // fast (events) cycle reads, so the desk keeps that pace until Paxos ends it.
    busy: () =>
      cache.inFlightOrchestrationIds().length > 0 ||
      intents.list({ states: ['queued', 'reconciling', 'sending'] }).length > 0 ||
      intents.list({ states: ['submitted'] }).some((i) => i.kind === 'create_fiat_withdrawal') ||
      hasPendingAccounts(),
    hasPendingBankAccounts: hasPendingAccounts,
    followIncoming: hooks.followIncoming,
    afterSync: async () => {
      await afterEachSync({
        wholeFileChecked: hooks.wholeFileChecked,
        sendingHeld: () => intents.sendingHeld !== undefined,
        recheck: hooks.recheck,
        noticeStrays: () => outbox.noticeStrays(),
        settleEnded: () => outbox.settleEnded(),
        flushInBackground: () => outbox.flushInBackground(),
        backgroundErrors,
      });
      // Once per cycle, for what the cycle changed (never once per record).
      await hooks.anchorWrite();
    },
    onReachability: options.onReachability,
    onTransitions: (transitions) =>
      announceTransitions(transitions, {
        cache,
        ledger: stores.ledger,
        outbox,
        settings: options.settings,
        notifier: options.notifier,
        onNotificationClick: options.onNotificationClick,
        onChange: onDeskChange,
      }),
    onSynced: (at) => {
      options.onSynced(at);
      options.onChange('activity');
    },
    ...(options.timers ? { timers: options.timers } : {}),
  });
  return { outbox, sync, backgroundErrors };
}
