// The daily soft limit counts every redemption requested today (UTC) that has not failed or
// been cancelled, sent or not; other kinds of request count nothing.
import { describe, expect, it } from 'vitest';
import { redeemedTodayUsd } from '../../../../main/desk/redeemed-today';
import type { Intent } from '../../../../main/desk/store/intents/intent';

function redemption(amount: string, createdAt: string, state: Intent['state']): Intent {
  return {
    id: `i-${amount}-${createdAt}`,
    kind: 'create_orchestration',
    refId: `r-${amount}`,
    state,
    createdAt,
    updatedAt: createdAt,
    attempts: 0,
    payload: {
      source_amount: amount,
      source_asset: 'USDC',
      destination_asset: 'USD',
      source: { profile: { profile_id: 'p-1' } },
      destination: { fiat: { bank_account_id: 'fa-1' } },
    },
  };
}

describe('redeemedTodayUsd', () => {
  const now = new Date('2026-12-01T23:59:00Z');

  it('adds today’s redemptions in any state but failed or cancelled', () => {
    const intents = [
      redemption('100.25', '2026-12-01T00:00:00Z', 'queued'),
      redemption('200', '2026-12-01T10:00:00Z', 'submitted'),
      redemption('0.75', '2026-12-01T11:00:00Z', 'completed'),
      redemption('1000', '2026-12-01T12:00:00Z', 'failed'),
      redemption('2000', '2026-12-01T13:00:00Z', 'cancelled'),
      redemption('4000', '2026-11-30T23:59:59Z', 'queued'),
    ];
    expect(redeemedTodayUsd(intents, now)).toBe('301');
  });

  it('is "0" with nothing today', () => {
    expect(redeemedTodayUsd([], now)).toBe('0');
  });
});
