// The daily soft limit counts the account's wires today, whoever made them: the orchestrations
// Paxos lists as created today that wire to a bank (not failed or rejected), plus this desk's
// requests that may still leave and are not listed yet. Conversions and other kinds count nothing.
import { describe, expect, it } from 'vitest';
import { wiredTodayUsd } from '../../../../main/desk/redeemed-today';
import type { Intent } from '../../../../main/desk/store/intents/intent';

function redemption(amount: string, refId: string, state: Intent['state']): Intent {
  const at = '2026-11-30T23:30:00Z';
  return {
    id: `i-${refId}`,
    kind: 'create_orchestration',
    refId,
    state,
    createdAt: at,
    updatedAt: at,
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

const wire = (amount: string, status: string, refId?: string) => ({
  id: `o-${amount}`,
  status,
  source_amount: amount,
  ...(refId ? { ref_id: refId } : {}),
  destination: { fiat: { bank_account_id: 'fa-9' } },
});

describe('wiredTodayUsd', () => {
  it('adds what Paxos lists today, from any desk or rule, but not failed, rejected or conversions', () => {
    const listed = [
      wire('100.25', 'COMPLETED'),
      wire('200', 'PROCESSING', 'other-desk-1'),
      wire('0.75', 'PENDING'),
      wire('1000', 'FAILED'),
      wire('2000', 'REJECTED'),
      { id: 'conv', status: 'COMPLETED', source_amount: '5000', destination: { profile: {} } },
    ];
    expect(wiredTodayUsd(listed, [])).toBe('301');
  });

  it('adds this desk’s pending wires once, whenever they were queued, and leaves one out on request', () => {
    const listed = [wire('900', 'PROCESSING', 'mine-sent')];
    const intents = [
      redemption('900', 'mine-sent', 'submitted'),
      redemption('50', 'mine-queued', 'queued'),
      redemption('25', 'mine-sending', 'sending'),
      redemption('10', 'mine-checking', 'reconciling'),
      redemption('4000', 'mine-expired', 'needs_attention'),
      redemption('3000', 'mine-cancelled', 'cancelled'),
      { ...redemption('900', 'mine-sent-listed', 'sending'), refId: 'mine-sent' },
    ];
    expect(wiredTodayUsd(listed, intents)).toBe('985');
    expect(wiredTodayUsd(listed, intents, 'mine-queued')).toBe('935');
    expect(wiredTodayUsd(listed, intents, 'mine-sent')).toBe('85');
  });

  it('is "0" with nothing today', () => {
    expect(wiredTodayUsd([], [])).toBe('0');
  });
});
