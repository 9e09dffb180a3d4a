// The money converted INSIDE Paxos today (UTC), as the daily conversion soft limit counts it,
// apart from the wires out (redeemed-today.ts): a mint or conversion moves nothing out of Paxos,
// so it never uses up the wire allowance, and a wire never uses up this one. What Paxos lists for
// the account today (every cached orchestration created today from a profile to a profile that
// has not failed or been rejected, whoever made it), plus this desk's conversion requests that
// may still leave or may have left but are not listed yet. Amounts count 1:1 in USD (USD and
// USD-pegged stablecoins).
import { addAmounts, isDecimalString } from '../../../../shared/money';
import type { CacheStore } from '../../store/cache/cache-store';
import type { Intent, IntentState } from '../../store/intents/intent';

type Listed = Record<string, unknown> & {
  ref_id?: unknown;
  status?: unknown;
  source_amount?: unknown;
  destination?: unknown;
};

const NO_MONEY_MOVED = ['FAILED', 'REJECTED'];
const MAY_LEAVE: readonly IntentState[] = ['queued', 'sending', 'reconciling'];

const toProfile = (destination: unknown) =>
  typeof destination === 'object' && destination !== null && 'profile' in destination;

export function convertedUsd(
  listed: readonly Listed[],
  intents: readonly Intent[],
  exceptRefId?: string,
): string {
  const seen = new Set(listed.map((o) => o.ref_id).filter((r) => typeof r === 'string'));
  let sum = '0';
  for (const o of listed) {
    if (exceptRefId !== undefined && o.ref_id === exceptRefId) continue;
    if (NO_MONEY_MOVED.includes(String(o.status ?? '').toUpperCase())) continue;
    const amount = o.source_amount;
    if (toProfile(o.destination) && typeof amount === 'string' && isDecimalString(amount))
      sum = addAmounts(sum, amount);
  }
  for (const i of intents) {
    if (i.kind !== 'create_conversion' || !MAY_LEAVE.includes(i.state)) continue;
    if (i.refId === exceptRefId || seen.has(i.refId)) continue;
    sum = addAmounts(sum, i.payload.source_amount);
  }
  return sum;
}

/** Today's conversions from the cache and the outbox; `exceptRefId` leaves that request out. */
export async function convertedTodayUsd(
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
  return convertedUsd(
    items.map((item) => item.record as Listed),
    intents,
    exceptRefId,
  );
}
