// Today's total (UTC) for a daily soft limit, counted for the account: what Paxos lists for it
// today (every cached orchestration created today that the limit counts and that has not failed
// or been rejected, whoever made it: this desk, another desk, the Dashboard, a rule), plus this
// desk's requests that may still leave or may have left but are not in that list yet (queued,
// sending, reconciling), so queueing many cannot pass it. Which movements a limit counts is its
// own (redeemed-today.ts: wires out of Paxos; paths/conversion/converted-today.ts: conversions
// inside it); the counting is this one.
import { addAmounts, isDecimalString } from '../../shared/money';
import type { CacheStore } from './store/cache/cache-store';
import type { Intent, IntentState } from './store/intents/intent';

/** An orchestration as the count reads it: only the fields Paxos may or may not send. */
export type Listed = Record<string, unknown> & {
  ref_id?: unknown;
  status?: unknown;
  source_amount?: unknown;
  destination?: unknown;
};

/** Which movements a daily limit counts: listed at Paxos, and this desk's pending requests. */
export interface TodayCount {
  listed(orchestration: Listed): boolean;
  /** The pending request's amount when the limit counts it, else undefined. */
  pending(intent: Intent): string | undefined;
}

const NO_MONEY_MOVED = ['FAILED', 'REJECTED'];
const MAY_LEAVE: readonly IntentState[] = ['queued', 'sending', 'reconciling'];

/**
 * The total of `listed` (orchestrations created today) that `count` counts, and this desk's
 * pending requests not among them; `exceptRefId` leaves one request out (the one being decided).
 */
export function totalToday(
  listed: readonly Listed[],
  intents: readonly Intent[],
  count: TodayCount,
  exceptRefId?: string,
): string {
  const seen = new Set(listed.map((o) => o.ref_id).filter((r) => typeof r === 'string'));
  let sum = '0';
  for (const o of listed) {
    const amount = o.source_amount;
    if (o.ref_id === exceptRefId && exceptRefId !== undefined) continue;
    if (NO_MONEY_MOVED.includes(String(o.status ?? '').toUpperCase())) continue;
    if (count.listed(o) && typeof amount === 'string' && isDecimalString(amount))
      sum = addAmounts(sum, amount);
  }
  for (const i of intents) {
    if (!MAY_LEAVE.includes(i.state) || i.refId === exceptRefId || seen.has(i.refId)) continue;
    const amount = count.pending(i);
    if (amount !== undefined) sum = addAmounts(sum, amount);
  }
  return sum;
}

/** Today's total from the cache and the outbox; `exceptRefId` leaves that request out. */
export async function totalTodayFromCache(
  cache: Pick<CacheStore, 'query'>,
  intents: readonly Intent[],
  now: Date,
  count: TodayCount,
  exceptRefId?: string,
): Promise<string> {
  const from = `${now.toISOString().slice(0, 10)}T00:00:00.000Z`;
  const { items } = await cache.query(
    'orchestrations',
    { from },
    { limit: Number.MAX_SAFE_INTEGER },
  );
  return totalToday(
    items.map((item) => item.record as Listed),
    intents,
    count,
    exceptRefId,
  );
}
