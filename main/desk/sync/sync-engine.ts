// Keeps the cache fresh with as few Paxos calls as possible. A cycle is either a full refresh
// (at start, on reconnect, on wake, and every slow interval) or a light event step (every fast
// interval while something is in flight). Online/offline is decided by real requests: a cycle
// that cannot reach Paxos marks the desk offline and the next one, a cheap probe, brings it back.
import { isAppError } from '../../../shared/app-error';
import type { PaxosClient } from '../../paxos';
import type { CacheStore } from '../store/cache/cache-store';
import type { StatusTransition } from './change-detector';
import type { EventCursor } from './event-cursor';
import { applyNewEvents } from './event-step';
import { delayAfterCycle } from './poll-pace';
import {
  loadOrchestrationHistory,
  refreshFiatAccounts,
  refreshInFlight,
  refreshProfilesAndBalances,
  refreshRules,
  type StepContext,
} from './refresh-steps';

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SyncEngineOptions {
  getClient: () => PaxosClient | undefined;
  cache: CacheStore;
  cursor: EventCursor;
  now: () => Date;
  intervalsMs: () => { fast: number; slow: number };
  /** True while something moves: redemptions in flight, accounts in review, outbox work. */
  busy: () => boolean;
  hasPendingBankAccounts?: () => boolean;
  /** Incoming wires: every full cycle, and a light one whose events name a wire deposit. */
  followIncoming?: (client: PaxosClient) => Promise<void>;
  /** Run after each cycle that reached Paxos (sends queued intents). */
  afterSync?: () => Promise<unknown>;
  onReachability: (reached: boolean, error?: unknown) => void;
  onTransitions: (transitions: StatusTransition[]) => Promise<void>;
  onSynced: (at: string) => void;
  timers?: Timers;
}

export type CycleKind = 'full' | 'events';

export class SyncEngine {
  private timer: unknown;
  /** When the scheduled cycle runs (ms since epoch), or undefined when none is scheduled. */
  private dueAt: number | undefined;
  /** Cycles run one after another; a requested cycle always starts after the one running. */
  private chain: Promise<void> = Promise.resolve();
  private pending = 0;
  private lastFullAt = 0;
  /** When the last cycle started (ms since epoch): the pace is kept start to start. */
  private lastStartAt: number | undefined;
  private historyLoaded: boolean;
  private offline = false;
  private stopped = true;
  private readonly timers: Timers;

  constructor(private readonly options: SyncEngineOptions) {
    this.timers = options.timers ?? {
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
    };
    this.historyLoaded = options.cursor.mark !== undefined;
  }

  start(): void {
    this.stopped = false;
    void this.runCycle('full');
  }

  stop(): void {
    this.stopped = true;
    this.dueAt = undefined;
    this.timers.clearTimeout(this.timer);
  }

  /**
   * Something started moving (a request was queued or accepted): poll at the fast pace from
   * now on instead of waiting out a slow interval scheduled while all was quiet.
   */
  quicken(): void {
    // Only ever bring the next cycle forward: re-arming a timer that is already due sooner
    // would starve polling while an operator keeps submitting.
    const fastDue = this.options.now().getTime() + this.options.intervalsMs().fast;
    if (this.pending === 0 && (this.dueAt === undefined || this.dueAt > fastDue)) this.schedule();
  }

  /** After the cache was emptied: the next full cycle loads the whole history again. */
  reloadHistory(): void {
    this.historyLoaded = false;
  }

  /** Reconnect, wake from sleep, the operator's "refresh": a full refresh now. */
  refreshNow(): Promise<void> {
    return this.runCycle('full');
  }

  /**
   * Runs a cycle after any cycle already running (never two at once), so what the caller
   * changed at Paxos before asking is seen by the cycle it gets. Resolves when it has finished.
   */
  runCycle(kind: CycleKind): Promise<void> {
    this.pending += 1;
    const run = this.chain
      .then(() => {
        this.lastStartAt = this.options.now().getTime();
        return this.cycle(kind);
      })
      .finally(() => {
        this.pending -= 1;
        if (this.pending === 0) this.schedule(this.lastStartAt);
      });
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async cycle(kind: CycleKind): Promise<void> {
    const client = this.options.getClient();
    if (!client) return;
    const coolDown = client.coolDownUntil();
    if (coolDown && coolDown > this.options.now()) return;
    const ctx: StepContext = {
      client,
      cache: this.options.cache,
      cursor: this.options.cursor,
      now: this.options.now,
      newRecordsAreNews: this.historyLoaded,
      found: [],
    };
    const full = kind === 'full' || this.offline;
    try {
      // A capability the credential lacks is skipped, not failed (its scope was never asked for).
      const can = (operation: Parameters<PaxosClient['canCall']>[0]) => client.canCall(operation);
      if (full) {
        if (await can('listProfiles')) await refreshProfilesAndBalances(ctx);
        if (await can('listFiatAccounts')) await refreshFiatAccounts(ctx);
        if (await can('listRules')) await refreshRules(ctx);
        if (await can('listOrchestrations')) {
          if (!this.historyLoaded) await loadOrchestrationHistory(ctx);
          else await refreshInFlight(ctx);
        }
        this.historyLoaded = true;
        ctx.newRecordsAreNews = true;
        this.lastFullAt = this.options.now().getTime();
      } else if (this.hasPendingBankAccounts() && (await can('listFiatAccounts'))) {
        await refreshFiatAccounts(ctx);
      }
      const beforeEvents = ctx.found.length;
      if ((await can('listEvents')) && (await can('listOrchestrations'))) await applyNewEvents(ctx);
      const touched = [
        ...new Set(ctx.found.slice(beforeEvents).flatMap((t) => profilesMoved(t.record))),
      ];
      if (!full && touched.length > 0 && (await can('listBalances')))
        await refreshProfilesAndBalances(ctx, touched);
      if (
        (full || ctx.sawWireDeposits) &&
        this.options.followIncoming &&
        (await can('listTransfers'))
      )
        await this.options.followIncoming(client);
      this.setOffline(false);
      this.options.onSynced(this.options.now().toISOString());
      await this.announce(ctx.found);
      await this.options.afterSync?.();
    } catch (error) {
      // What was stored before the failure is in the cache now: announce it, or it is never news.
      await this.announce(ctx.found).catch(() => undefined);
      // Only "could not reach Paxos" means offline; a refusal (401, 403, bad data) means online
      // with a problem the connection indicator shows.
      const unreachable =
        isAppError(error) && (error.code === 'network' || error.code === 'timeout');
      this.setOffline(unreachable, error);
    }
  }

  /** Hands the cycle's transitions on once (a failure after announcing does not repeat them). */
  private async announce(found: StatusTransition[]): Promise<void> {
    const transitions = found.splice(0);
    if (transitions.length > 0) await this.options.onTransitions(transitions);
  }

  /** Bank accounts have no events: while one is in review, the light cycle lists them too. */
  private hasPendingBankAccounts(): boolean {
    return this.options.hasPendingBankAccounts?.() ?? false;
  }

  private setOffline(offline: boolean, error?: unknown): void {
    this.offline = offline;
    this.options.onReachability(!offline, error);
  }

  /** `cycleStartedAt`: after a cycle, the pace counts from its start (poll-pace.ts). */
  private schedule(cycleStartedAt?: number): void {
    if (this.stopped) return;
    this.timers.clearTimeout(this.timer);
    const { fast, slow } = this.options.intervalsMs();
    const now = this.options.now().getTime();
    const dueFull = now - this.lastFullAt >= slow;
    const interval = this.offline || this.options.busy() ? fast : slow;
    const delay =
      cycleStartedAt === undefined ? interval : delayAfterCycle(interval, now - cycleStartedAt);
    this.dueAt = now + delay;
    this.timer = this.timers.setTimeout(() => {
      this.dueAt = undefined;
      if (this.pending === 0) void this.runCycle(dueFull ? 'full' : 'events');
    }, delay);
  }
}

/**
 * The profiles whose balances an orchestration moves: its source, and its destination when that
 * is a profile (a conversion or redeem into cash credits another profile: without it, the cash
 * just credited would read 0 there until the next full refresh, and a wire out of it be refused).
 */
function profilesMoved(record: Record<string, unknown>): string[] {
  const destination = record.destination as { profile?: { profile_id?: unknown } } | undefined;
  const to = destination?.profile?.profile_id;
  return [String(record.profile_id ?? ''), typeof to === 'string' ? to : ''].filter(Boolean);
}
