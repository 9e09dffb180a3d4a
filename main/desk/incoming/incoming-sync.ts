// Following incoming wires in a sync cycle: one List Transfers of type WIRE_DEPOSIT ordered by
// update time, from just before the newest update already stored (a few minutes of overlap, so a
// record Paxos stamps a little out of order is not missed; what is read twice is stored once),
// paged by cursor. Its cost is one request a cycle whatever the number of wires. The first read
// loads the history and announces nothing; after it, each wire first seen or whose status moved
// is matched to the expected wires and announced once (ledger marked before the notice shows),
// saying when it may be the return of a wire out of this desk (returned-wires.ts).
// The same list asks for WIRE_WITHDRAWAL too: wires out are handed to `onWireOuts`
// (outgoing-wires.ts closes the intents they answer), never stored as incoming wires. So the
// read starts from the newest update of either kind: a desk that wires out but never receives a
// wire would otherwise read its whole wire-out history every cycle (a page per 1,000, growing
// with the history). The wire-out mark moves only once they were handed on, so a wire out whose
// settling failed is read again next cycle. And it never starts after the oldest wire out the
// desk still follows was queued (`wireOutsSince`): one found by a lookup long after it ended (an
// answer lost overnight) is still read, and closed, however far the marks moved meanwhile.
import type { Transfer } from '../../../shared/paxos/responses';
import type { PaxosClient } from '../../paxos';
import type { NotificationLedger } from '../store/notifications/notification-ledger';
import type { Notifier, NotificationTarget } from '../notify/notifier';
import { incomingWireNotice } from './incoming-notices';
import type { IncomingStore, WireChange } from './incoming-store';
import { possibleReturnOf, possibleReturnText, type WireOutSent } from './returned-wires';
import { matchWires } from './wire-matching';

export const OVERLAP_MS = 5 * 60 * 1000;
const PAGE = 1000;

export interface IncomingSyncDeps {
  store: IncomingStore;
  now: () => Date;
  ledger: Pick<NotificationLedger, 'markMany'>;
  notifier: Notifier;
  onNotificationClick: (target: NotificationTarget) => void;
  profileName: (id: string) => Promise<string | undefined>;
  onChange: () => void;
  /** The WIRE_WITHDRAWALs read this cycle (wires out to follow to their end). */
  onWireOuts?: (transfers: Transfer[]) => Promise<unknown>;
  /** This desk's completed wires out: a later deposit from the same bank may be a return. */
  wiresOut?: () => readonly WireOutSent[];
  /** When the oldest wire out the desk still follows was queued (outgoing-wires.ts). */
  wireOutsSince?: () => string | undefined;
}

/** Reads and stores what changed; answers the changes (none on the first, history, read). */
export async function readIncomingWires(
  client: Pick<PaxosClient, 'iterateTransfers'>,
  store: IncomingStore,
  now: () => Date,
  wireOuts: Transfer[] = [],
  wireOutsSince?: string,
): Promise<WireChange[]> {
  const read = later(store.newestUpdate(), store.wireOutsReadTo());
  const mark = read && wireOutsSince && later(read, wireOutsSince) === read ? wireOutsSince : read;
  const since = mark ? new Date(Date.parse(mark) - OVERLAP_MS) : undefined;
  const changes: WireChange[] = [];
  let page = [];
  for await (const wire of client.iterateTransfers(
    {
      type: ['WIRE_DEPOSIT', 'WIRE_WITHDRAWAL'],
      order_by: 'UPDATED_AT',
      order: 'ASC',
      limit: PAGE,
      ...(since && !Number.isNaN(since.getTime()) ? { updated_at: { gte: since } } : {}),
    },
    { maxPages: 10_000 },
  )) {
    const type = wire.type.toUpperCase();
    if (type === 'WIRE_WITHDRAWAL') wireOuts.push(wire);
    // Another type in the answer (a server ignoring the filter) is not an incoming wire.
    if (type !== 'WIRE_DEPOSIT') continue;
    page.push(wire);
    if (page.length >= PAGE) {
      changes.push(...store.putWires(page, now().toISOString()));
      page = [];
    }
  }
  if (page.length > 0) changes.push(...store.putWires(page, now().toISOString()));
  if (store.historyRead()) return changes;
  store.markHistoryRead(now().toISOString());
  return [];
}

/** Matches every wire not yet matched, then announces the changes read, once each. */
export async function matchAndAnnounce(
  changes: readonly WireChange[],
  deps: IncomingSyncDeps,
): Promise<void> {
  const { store } = deps;
  const matches = matchWires(
    store.wires().map((w) => w.record),
    store.expected(),
  );
  store.recordMatches(matches, deps.now().toISOString());
  if (changes.length === 0 && matches.length === 0) return;
  const expected = store.expected();
  const sent = changes.length > 0 ? (deps.wiresOut?.() ?? []) : [];
  const notices = [];
  for (const change of changes) {
    const matched = expected.find((e) => e.matchedTransferId === change.record.id);
    const profileId = change.record.profile_id;
    const back = possibleReturnOf(change.record, sent);
    const notice = incomingWireNotice(change.record, {
      matchedNote: matched ? matched.note : undefined,
      ...(back ? { possibleReturn: possibleReturnText(back) } : {}),
      profileName: profileId ? await deps.profileName(profileId) : undefined,
    });
    if (notice) notices.push(notice);
  }
  const fresh = await deps.ledger.markMany(notices.map((n) => n.ledgerKey));
  for (const n of notices)
    if (fresh.has(n.ledgerKey))
      deps.notifier.show(
        { title: n.title, body: n.body, target: n.target },
        deps.onNotificationClick,
      );
  deps.onChange();
}

/** The whole step, for the sync engine: read, store, match, announce. */
export async function followIncomingWires(
  client: Pick<PaxosClient, 'iterateTransfers'>,
  deps: IncomingSyncDeps,
) {
  const wireOuts: Transfer[] = [];
  const since = deps.wireOutsSince?.();
  const changes = await readIncomingWires(client, deps.store, deps.now, wireOuts, since);
  await deps.onWireOuts?.(wireOuts);
  const newest = wireOuts.map((t) => t.updated_at).reduce(later, undefined);
  if (newest) deps.store.markWireOutsReadTo(newest);
  await matchAndAnnounce(changes, deps);
}

/** The later of two RFC 3339 times (either may be missing or unreadable). */
function later(a: string | undefined, b: string | undefined): string | undefined {
  if (!a || Number.isNaN(Date.parse(a))) return b;
  if (!b || Number.isNaN(Date.parse(b))) return a;
  return Date.parse(b) > Date.parse(a) ? b : a;
}
