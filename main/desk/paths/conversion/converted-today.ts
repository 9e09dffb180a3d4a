// The money converted INSIDE Paxos today (UTC), as the daily conversion soft limit counts it,
// apart from the wires out (redeemed-today.ts): a mint or conversion moves nothing out of Paxos,
// so it never uses up the wire allowance, and a wire never uses up this one. Counted for the
// account as today-total.ts says: every orchestration from a profile to a profile, and this
// desk's pending conversion requests. Amounts count 1:1 in USD (USD and USD-pegged stablecoins).
import type { CacheStore } from '../../store/cache/cache-store';
import type { Intent } from '../../store/intents/intent';
import { totalTodayFromCache, type TodayCount } from '../../today-total';

const toProfile = (destination: unknown) =>
  typeof destination === 'object' && destination !== null && 'profile' in destination;

const CONVERSIONS: TodayCount = {
  listed: (o) => toProfile(o.destination),
  pending: (i) => (i.kind === 'create_conversion' ? i.payload.source_amount : undefined),
};

/** Today's conversions from the cache and the outbox; `exceptRefId` leaves that request out. */
export function convertedTodayUsd(
  cache: Pick<CacheStore, 'query'>,
  intents: readonly Intent[],
  now: Date,
  exceptRefId?: string,
): Promise<string> {
  return totalTodayFromCache(cache, intents, now, CONVERSIONS, exceptRefId);
}
