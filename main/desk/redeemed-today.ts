// The dollars wired out of Paxos today (UTC), as the daily soft limit counts them, for the
// account (today-total.ts says how): every orchestration that wires to a bank, and this desk's
// pending redemptions that do, and the USD cash it wires out (wired-out-today.ts). Conversions move no money out of Paxos: converted-today.ts
// counts them apart.
import type { CacheStore } from './store/cache/cache-store';
import { addAmounts } from '../../shared/money';
import type { Intent } from './store/intents/intent';
import { totalToday, totalTodayFromCache, type Listed, type TodayCount } from './today-total';
import { wiredOutFromCashUsd } from './wired-out-today';

const wiresToBank = (destination: unknown) =>
  typeof destination === 'object' && destination !== null && 'fiat' in destination;

const WIRES: TodayCount = {
  listed: (o) => wiresToBank(o.destination),
  pending: (i) =>
    i.kind === 'create_orchestration' && wiresToBank(i.payload.destination)
      ? i.payload.source_amount
      : undefined,
};

/** Wired today: `listed` (orchestrations created today) and this desk's pending wires. */
export function wiredTodayUsd(
  listed: readonly Listed[],
  intents: readonly Intent[],
  exceptRefId?: string,
): string {
  return totalToday(listed, intents, WIRES, exceptRefId);
}

/** Today's total (redemptions and wires out of USD cash); `exceptRefId` leaves that request out. */
export async function redeemedTodayUsd(
  cache: Pick<CacheStore, 'query'>,
  intents: readonly Intent[],
  now: Date,
  exceptRefId?: string,
): Promise<string> {
  const redeemed = await totalTodayFromCache(cache, intents, now, WIRES, exceptRefId);
  // Wires out of USD cash leave Paxos too: the same limit (wired-out-today.ts).
  return addAmounts(redeemed, wiredOutFromCashUsd(intents, now, exceptRefId));
}
