// The dollars redeemed today (UTC), for the daily soft limit: every redemption requested today
// that has not failed or been cancelled counts, sent or not, so queueing many cannot pass it.
import { addAmounts } from '../../shared/money';
import type { Intent } from './store/intents/intent';

export function redeemedTodayUsd(intents: readonly Intent[], now: Date): string {
  const today = now.toISOString().slice(0, 10);
  return intents
    .filter((i) => i.createdAt.startsWith(today) && !['failed', 'cancelled'].includes(i.state))
    .reduce(
      (sum, i) =>
        i.kind === 'create_orchestration' ? addAmounts(sum, i.payload.source_amount) : sum,
      '0',
    );
}
