// Closing a wire out from the transfer Paxos completed (outgoing-wires.ts): the figures Paxos
// stated are kept, and the one the operator fixed (amount, fee on top; total, fee deducted) is
// checked: a transfer settled with another figure completes with an exception, never as all well.
import { describe, expect, it } from 'vitest';
import { settleWireOuts, type WireOutIntents } from '../../../../main/desk/incoming/outgoing-wires';
import type { Intent, IntentError, IntentResult } from '../../../../main/desk/store/intents/intent';
import type { Transfer } from '../../../../shared/paxos/responses';

function fakeIntents(intent: Intent) {
  const calls: { id: string; exception?: IntentError; result?: IntentResult }[] = [];
  const store: WireOutIntents = {
    list: () => [intent],
    markCompleted: async (id, exception, result) => {
      calls.push({ id, ...(exception ? { exception } : {}), ...(result ? { result } : {}) });
      return intent;
    },
    markFailed: async () => intent,
  };
  return { store, calls };
}

const wireOut = (figure: { amount: string } | { total: string }) =>
  ({
    kind: 'create_fiat_withdrawal',
    id: 'i-1',
    refId: 'td-1',
    state: 'submitted',
    createdAt: '2026-12-01T15:00:00Z',
    updatedAt: '2026-12-01T15:00:00Z',
    attempts: 1,
    result: { paxosId: 'tr-1' },
    payload: { profile_id: 'p', fiat_account_id: 'fa-1', asset: 'USD', ...figure },
  }) as Intent;

const transfer = (over: Partial<Transfer>): Transfer => ({
  id: 'tr-1',
  ref_id: 'td-1',
  type: 'WIRE_WITHDRAWAL',
  status: 'COMPLETED',
  profile_id: 'p',
  fiat_account_id: 'fa-1',
  asset: 'USD',
  direction: 'DEBIT',
  ...over,
});

describe('settling a wire out', () => {
  it('keeps what Paxos stated when the figure fixed is the one settled', async () => {
    const { store, calls } = fakeIntents(wireOut({ total: '1025.00' }));
    await settleWireOuts(
      store,
      [transfer({ amount: '1000', fee: '25.00', total: '1025.00' })],
      () => {},
    );
    expect(calls).toEqual([
      {
        id: 'i-1',
        result: { paxosId: 'tr-1', settled: { amount: '1000', fee: '25.00', total: '1025.00' } },
      },
    ]);
  });

  it('a wire settled with another figure than confirmed completes with an exception', async () => {
    const { store, calls } = fakeIntents(wireOut({ amount: '1000.00' }));
    await settleWireOuts(
      store,
      [transfer({ amount: '900.00', fee: '25.00', total: '925.00' })],
      () => {},
    );
    expect(calls[0]?.exception).toMatchObject({
      code: 'answer_mismatch',
      answered: 'amount 900.00',
    });
    expect(calls[0]?.exception?.asked).toContain('amount 1000.00 USD');
    const deducted = fakeIntents(wireOut({ total: '1025.00' }));
    await settleWireOuts(deducted.store, [transfer({ amount: '1000', total: '1000' })], () => {});
    expect(deducted.calls[0]?.exception).toMatchObject({
      code: 'answer_mismatch',
      answered: 'total 1000',
    });
  });
});
