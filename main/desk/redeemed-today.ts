// The dollars wired out of Paxos today (UTC), as the daily soft limit counts them. The limit is
// the account's, not this desk's: what Paxos lists for the account today (every cached
// orchestration created today that wires to a bank and has not failed or been rejected, whoever
// made it: this desk, another desk, the Dashboard, a rule), plus this desk's requests that may
// still leave or may have left but are not in that list yet (queued, sending, reconciling), so
// queueing many cannot pass it. Conversions move no money out of Paxos: later issues count them.
import { addAmounts, isDecimalString } from '../../shared/money';
import type { CacheStore } from './store/cache/cache-store';
import { wiredOutFromCashUsd } from './wired-out-today';
import type { Intent, IntentState } from './store/intents/intent';

/** An orchestration as the count reads it: only the fields Paxos may or may not send. */
type Listed = Record<string, unknown> & {
  ref_id?: unknown;
  status?: unknown;
  source_amount?: unknown;
  destination?: unknown;
};

const NO_MONEY_LEFT = ['FAILED', 'REJECTED'];
const MAY_LEAVE: readonly IntentState[] = ['queued', 'sending', 'reconciling'];

const wiresToBank = (destination: unknown) =>
  typeof destination === 'object' && destination !== null && 'fiat' in destination;

/**
 * The total of `listed` (orchestrations created today) and this desk's pending wires not among
 * them; `exceptRefId` leaves one request out (the one being decided on).
 */
export function wiredTodayUsd(
  listed: readonly Listed[],
  intents: readonly Intent[],
  exceptRefId?: string,
): string {
  const seen = new Set(listed.map((o) => o.ref_id).filter((r) => typeof r === 'string'));
  let sum = '0';
  for (const o of listed) {
    const amount = o.source_amount;
    if (o.ref_id === exceptRefId && exceptRefId !== undefined) continue;
    if (NO_MONEY_LEFT.includes(String(o.status ?? '').toUpperCase())) continue;
    if (wiresToBank(o.destination) && typeof amount === 'string' && isDecimalString(amount))
      sum = addAmounts(sum, amount);
  }
  for (const i of intents) {
    if (i.kind !== 'create_orchestration' || !MAY_LEAVE.includes(i.state)) continue;
    if (i.refId === exceptRefId || seen.has(i.refId) || !wiresToBank(i.payload.destination))
      continue;
    sum = addAmounts(sum, i.payload.source_amount);
  }
  return sum;
}

/** Today's total (redemptions and wires out) from the cache and the outbox; `exceptRefId` leaves that request out. */
export async function redeemedTodayUsd(
  cache: Pick<CacheStore, 'query'>,
  intents: readonly Intent[],
  now: Date,
  exceptRefId?: string,
): Promise<string> {
  const from = `${now.toISOString().slice(0, 10)}T00:00:00.000Z`;
  const { items } = await cache.query(
    'orchestrations',
    { from },
    { limit: Number.MAX_SAFE_INTEGER },
  );
  const redeemed = wiredTodayUsd(
    items.map((item) => item.record as Listed),
    intents,
    exceptRefId,
  );
  // Wires out of USD cash leave Paxos too: the same limit (wired-out-today.ts).
  return addAmounts(redeemed, wiredOutFromCashUsd(intents, now, exceptRefId));
}
