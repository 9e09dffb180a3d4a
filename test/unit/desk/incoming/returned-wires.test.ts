// The returned-wire rule (main/desk/incoming/returned-wires.ts): a deposit is called a possible
// return of a completed wire out only from the same bank account, for at most what reached the
// bank, after the wire out and within 10 Fed business days of its completion.
import { describe, expect, it } from 'vitest';
import {
  completedWiresOut,
  possibleReturnOf,
  possibleReturnText,
  type WireOutSent,
} from '../../../../main/desk/incoming/returned-wires';
import type { Intent } from '../../../../main/desk/store/intents/intent';
import type { Transfer } from '../../../../shared/paxos/responses';

const sent: WireOutSent = {
  refId: 'td-wire-1',
  fiatAccountId: 'fa-1',
  ceiling: '1000',
  createdAt: '2026-12-01T15:00:00Z', // Tuesday
  completedAt: '2026-12-01T18:00:00Z',
};

const deposit = (over: Partial<Transfer> = {}): Transfer => ({
  id: 'tr-in',
  type: 'WIRE_DEPOSIT',
  status: 'COMPLETED',
  amount: '1000',
  fiat_account_id: 'fa-1',
  created_at: '2026-12-03T15:00:00Z',
  ...over,
});

describe('possible return of a wire out', () => {
  it('flags a later deposit from the same bank account for at most the amount sent', () => {
    expect(possibleReturnOf(deposit(), [sent])).toBe(sent);
    expect(possibleReturnOf(deposit({ amount: '975.50' }), [sent])).toBe(sent);
    expect(possibleReturnText(sent)).toBe(
      'Possible return of wire out td-wire-1 (1,000.00 USD, 2026-12-01)',
    );
  });

  it('does not flag another account, no account, more than was sent, or a deposit before it', () => {
    expect(possibleReturnOf(deposit({ fiat_account_id: 'fa-2' }), [sent])).toBeUndefined();
    expect(possibleReturnOf(deposit({ fiat_account_id: undefined }), [sent])).toBeUndefined();
    expect(possibleReturnOf(deposit({ amount: '1000.01' }), [sent])).toBeUndefined();
    expect(
      possibleReturnOf(deposit({ created_at: '2026-12-01T14:00:00Z' }), [sent]),
    ).toBeUndefined();
    expect(possibleReturnOf(deposit({ type: 'WIRE_WITHDRAWAL' }), [sent])).toBeUndefined();
  });

  it('counts 10 Fed business days from completion (weekends and Christmas Day not counted)', () => {
    // Completed Tue 1 Dec 2026: 10 business days later is Tue 15 Dec.
    expect(possibleReturnOf(deposit({ created_at: '2026-12-15T20:00:00Z' }), [sent])).toBe(sent);
    expect(
      possibleReturnOf(deposit({ created_at: '2026-12-16T15:00:00Z' }), [sent]),
    ).toBeUndefined();
    const beforeChristmas = {
      ...sent,
      createdAt: '2026-12-18T15:00:00Z',
      completedAt: '2026-12-18T18:00:00Z',
    };
    // Fri 18 Dec + 10 business days, skipping Fri 25 Dec and Fri 1 Jan: Tue 5 Jan 2027.
    expect(
      possibleReturnOf(deposit({ created_at: '2027-01-05T15:00:00Z' }), [beforeChristmas]),
    ).toBe(beforeChristmas);
    expect(
      possibleReturnOf(deposit({ created_at: '2027-01-06T15:00:00Z' }), [beforeChristmas]),
    ).toBeUndefined();
  });

  it('names the most recent wire out that fits', () => {
    const later = { ...sent, refId: 'td-wire-2', createdAt: '2026-12-02T15:00:00Z' };
    expect(possibleReturnOf(deposit(), [sent, later])?.refId).toBe('td-wire-2');
  });

  it('reads completed wires out only, bounded by what Paxos said reached the bank', () => {
    const base = {
      kind: 'create_fiat_withdrawal' as const,
      refId: 'td-1',
      id: 'i-1',
      createdAt: sent.createdAt,
      updatedAt: sent.completedAt,
      attempts: 1,
      payload: { profile_id: 'p', fiat_account_id: 'fa-1', asset: 'USD', total: '1025.00' },
    };
    const done = {
      ...base,
      state: 'completed',
      result: { paxosId: 'tr-1', settled: { amount: '1000', fee: '25.00', total: '1025.00' } },
    } as Intent;
    const failed = { ...base, id: 'i-2', state: 'failed' } as Intent;
    expect(completedWiresOut([done, failed])).toEqual([
      {
        refId: 'td-1',
        fiatAccountId: 'fa-1',
        ceiling: '1000',
        createdAt: sent.createdAt,
        completedAt: sent.completedAt,
      },
    ]);
  });
});
