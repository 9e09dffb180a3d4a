// One environment's desk: its stores (cache, outbox, notification ledger, event cursor, audit
// log: one SQLite database, <dataDir>/<environment>/desk.sqlite), its Paxos client, the outbox
// and the sync engine. Switching environment closes one desk and opens another, so data never
// crosses over.
//
// This class is the desk's API: what an operator can do and see. Opening is in open-desk.ts,
// the engines' wiring in desk-wiring.ts, what follows each sync in after-each-sync.ts. Tests
// reach the parts through `partsForTests` only to arrange what the API cannot (faults, tampering).
import type { StorageHealthView } from '../../shared/state';
import { localLabelsFor, type LocalLabels } from './bank-accounts/local-labels';
import { AnchorGuard } from './anchor-guard';
import { checkBeforeSending, recheckHeldIntents } from './damage-hold';
import { shownLabels, type ShownLabels } from './desk-labels';
import type { DeskOptions } from './desk-options';
import { projectDesk, type DeskSlices } from './desk-projection';
import { recordIn, type DeskStores } from './desk-stores';
import { wireDesk, type DeskEngines } from './desk-wiring';
import { openDesk } from './open-desk';
import { IncomingDesk } from './incoming/incoming-desk';
import { LiveReads } from './live-reads';
import { profileName } from './views/record-facts';
import { redeemedTodayUsd } from './redeemed-today';
import { convertedTodayUsd } from './paths/conversion/converted-today';
import { oldestFollowedWireOut, settleWireOuts } from './incoming/outgoing-wires';
import { completedWiresOut } from './incoming/returned-wires';
import type { AuditRecord } from './store/audit/audit-entry';
import type { AuditPage } from './store/audit/audit-log';
import { environmentDir } from './store/environment-dir';
import type { Intent, IntentKind, IntentPayloads, IntentState } from './store/intents/intent';
import type { LimitAccepted } from './store/intents/intent';
import type { Outbox } from './outbox/outbox';
import type { DeskParts, DeskRecords } from './desk-parts';

export class Desk {
  private readonly engines: DeskEngines;
  private readonly anchor: AnchorGuard;
  private sendChecks: ReturnType<typeof checkBeforeSending> | undefined;
  /** Money in: wire instructions, expected and incoming wires. */
  readonly incoming: IncomingDesk;
  /** What requests read live from Paxos (bank account records, transfer legs, balances). */
  readonly live: LiveReads;

  private constructor(
    private readonly options: DeskOptions,
    private readonly stores: DeskStores,
  ) {
    this.anchor = new AnchorGuard(stores, options.anchorStore, options.now);
    this.live = new LiveReads(stores.cache, options.client, options.now);
    this.incoming = new IncomingDesk(stores.incoming, {
      ...options,
      ledger: stores.ledger,
      profileName: (id) => profileName(stores.cache, id),
      onChange: () => options.onChange('desk'),
      record: (entry) => this.record(entry),
      onWireOuts: (t) => {
        this.engines.outbox.handWireOuts(t);
        return settleWireOuts(stores.intents, t, () => options.onChange('desk'));
      },
      // By kind (one index range): not every completed intent of years, at every projection.
      wiresOut: () =>
        completedWiresOut(
          stores.intents.list({ states: ['completed'], kind: 'create_fiat_withdrawal' }),
        ),
      wireOutsSince: () => oldestFollowedWireOut(stores.intents),
    });
    this.engines = wireDesk(options, stores, {
      wholeFileChecked: () => this.wholeFileChecked(),
      recheck: async () => {
        const released = await recheckHeldIntents(stores, options.client, () =>
          options.onChange('desk'),
        );
        if (released) stores.health.alerts.push(...(await this.anchor.lookUpMissing()));
        return released;
      },
      anchorWrite: () => this.anchor.write(),
      followIncoming: (client) => this.incoming.follow(client),
    });
  }

  static async open(options: DeskOptions): Promise<Desk> {
    const desk = await openDesk(options, (stores) => new Desk(options, stores));
    try {
      await desk.anchor.checkAtOpen();
    } catch (error) {
      await desk.close();
      throw error;
    }
    return desk;
  }

  // ------------------------------------------------------------------------------ lifecycle

  /** Recover interrupted sends, then start syncing (which flushes the outbox when online). */
  async start(): Promise<void> {
    await this.engines.outbox.recover();
    this.engines.sync.start();
    void this.wholeFileChecked();
  }

  /**
   * Resolves when the checks opening leaves out (the whole file, the intents the state index
   * misses: background-check.ts) are done and anything they found holds sending. Every flush
   * waits for it (send-loop.ts): the poller's, and the one an operator's request or confirmation
   * starts at once. Started by `start`, or by the first flush if that comes first.
   */
  wholeFileChecked(): Promise<void> {
    this.sendChecks ??= checkBeforeSending(this.stores, this.options.now, () =>
      this.options.onChange('desk'),
    );
    return this.sendChecks.done;
  }

  async close(): Promise<void> {
    this.engines.sync.stop();
    this.sendChecks?.cancel();
    const { cache, intents, ledger, cursor, audit, db } = this.stores;
    await Promise.allSettled([
      cache.close(),
      intents.close(),
      ledger.close(),
      cursor.close(),
      audit.close(),
    ]);
    db.close();
  }

  /** The operator's "rebuild from Paxos": empty the cache, then load the whole history again. */
  async rebuildCache(): Promise<void> {
    await this.stores.cache.clear();
    await this.stores.cursor.reset();
    this.engines.sync.reloadHistory();
    await this.record({ action: 'storage.rebuild_cache', outcome: 'requested' });
    await this.engines.sync.refreshNow();
  }

  record(entry: AuditRecord): Promise<unknown> {
    return recordIn(this.stores.audit, entry);
  }

  /** Tests and benchmarks only: the desk's parts. Main's code uses the API of this class. */
  get partsForTests(): DeskParts {
    const { cache, intents, audit, health, ledger, cursor } = this.stores;
    const { outbox, sync } = this.engines;
    const client = this.options.client;
    return { client, cache, intents, outbox, sync, audit, health, ledger, cursor };
  }

  // ------------------------------------------------------------ what the operator sees and does

  /** The cached Paxos records (profiles, balances, accounts, rules, orchestrations), read only. */
  get records(): DeskRecords {
    return this.stores.cache;
  }

  /** The desk's slices of the app state, projected from the cache and the outbox. */
  async project(now: Date, activityRevision: number): Promise<DeskSlices> {
    const { cache, intents } = this.stores;
    const slices = await projectDesk(
      cache,
      intents,
      now,
      activityRevision,
      await this.localLabels(),
    );
    return { ...slices, incomingWires: this.incoming.slice(now) };
  }

  /** One request, or undefined. */
  intent(id: string): Intent | undefined {
    return this.stores.intents.get(id);
  }

  /** The request made under `refId` (the id Paxos knows it by), or undefined. */
  intentByRef(refId: string): Intent | undefined {
    return this.stores.intents.findByRefId(refId);
  }

  /** The requests, oldest first: all of them, or those in any of `states`. */
  intentsIn(states?: readonly IntentState[]): Intent[] {
    return this.stores.intents.list(states ? { states } : {});
  }

  /** Why sending is held (damage found, not yet checked with Paxos), or undefined. */
  get sendingHeld(): string | undefined {
    return this.stores.intents.sendingHeld;
  }

  /** What the operator is told about the local database. */
  storage(): StorageHealthView {
    return this.stores.health.view();
  }

  /**
   * Dollars wired out of Paxos today (UTC) for the account, whoever asked, plus this desk's
   * pending wires: what the daily limit counts (redeemed-today.ts). `exceptRefId` leaves out
   * the request being decided on.
   */
  redeemedToday(now: Date, exceptRefId?: string): Promise<string> {
    return redeemedTodayUsd(this.stores.cache, this.stores.intents.current(now), now, exceptRefId);
  }

  /** Converted inside Paxos today (mint, conversions), counted apart from wires. */
  convertedToday(now: Date, exceptRefId?: string): Promise<string> {
    return convertedTodayUsd(this.stores.cache, this.stores.intents.current(now), now, exceptRefId);
  }

  /** Bank account labels and rule nicknames, as the operator sees them now. */
  async labels(): Promise<ShownLabels> {
    return shownLabels(this.stores.cache, await this.localLabels());
  }

  /** Records a request durably (not sent yet); `limit`: today's total main's dialog showed. */
  enqueue<K extends IntentKind>(k: K, p: IntentPayloads[K], limit?: LimitAccepted) {
    return this.anchored(this.engines.outbox.enqueue(k, p, limit));
  }

  cancelIntent(id: string): Promise<Intent> {
    return this.anchored(this.engines.outbox.cancel(id));
  }

  confirmIntent(id: string, limit?: LimitAccepted): Promise<Intent> {
    return this.anchored(this.engines.outbox.confirm(id, limit));
  }

  abandonIntent(id: string): Promise<Intent> {
    return this.anchored(this.engines.outbox.abandon(id));
  }

  /** An operator's decision is anchored outside the database before it is acknowledged. */
  private async anchored(decision: Promise<Intent>): Promise<Intent> {
    const intent = await decision;
    await this.anchor.write();
    return intent;
  }

  /** Sends what is queued; a failure is recorded and shown, never thrown. */
  flushInBackground(): Promise<void> {
    return this.engines.outbox.flushInBackground();
  }

  /**
   * Sends what is queued and resolves when done (how many were sent, whether it stopped
   * offline); unlike flushInBackground, a failure throws.
   */
  flush(): ReturnType<Outbox['flush']> {
    return this.engines.outbox.flush();
  }

  /** One sync cycle (after any already running); resolves when it has finished. */
  sync(kind: 'full' | 'events'): Promise<void> {
    return this.engines.sync.runCycle(kind);
  }

  /** A full sync cycle now (which flushes the outbox when Paxos answers). */
  refreshNow(): Promise<void> {
    return this.engines.sync.refreshNow();
  }

  /** A light sync cycle: the events since the last one, and the records they name. */
  async readNewEvents(): Promise<void> {
    await this.engines.sync.runCycle('events');
  }

  /** One page of the audit log, newest first. */
  auditPage(options: { before?: number; limit: number }): Promise<AuditPage> {
    return this.stores.audit.page(options);
  }

  // ------------------------------------------ what the operator's requests read from Paxos
  // The client stays inside the desk: callers ask for what they need, never for the client.

  /** Whether this desk can reach Paxos at all (credentials saved, or Demo). */
  get canReachPaxos(): boolean {
    return this.options.client !== undefined;
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
}
