// A wire out is closed by the transfer Paxos reports terminal, and that answer is checked like
// the first one (ref_id, profile, bank account, asset, direction, type, amount or total as asked)
// before the request is called done: a COMPLETED transfer under our id that wired another amount
// or to another account completes it with an alert for the operator, never as asked.
import { describe, expect, it } from 'vitest';
import { settleWireOuts, type WireOutIntents } from '../../../../main/desk/incoming/outgoing-wires';
import type { Intent, IntentError } from '../../../../main/desk/store/intents/intent';
import type { Transfer } from '../../../../shared/paxos/responses';

const intent = {
  id: 'i-1',
  refId: 'td-1',
  kind: 'create_fiat_withdrawal',
  state: 'submitted',
  payload: { profile_id: 'p-1', fiat_account_id: 'fa-1', asset: 'USD', total: '1000.00' },
  result: { paxosId: 't-1' },
  createdAt: '2026-12-07T10:00:00.000Z',
  updatedAt: '2026-12-07T10:00:00.000Z',
  attempts: 1,
} as Intent;

const transfer: Transfer = {
  id: 't-1',
  ref_id: 'td-1',
  profile_id: 'p-1',
  fiat_account_id: 'fa-1',
  asset: 'USD',
  direction: 'DEBIT',
  type: 'WIRE_WITHDRAWAL',
  status: 'COMPLETED',
  amount: '975.00',
  fee: '25.00',
  total: '1000.00',
};

function store() {
  const ended: { state: string; error?: IntentError }[] = [];
  const intents: WireOutIntents = {
    list: () => [intent],
    markCompleted: async (_id, error) => {
      ended.push({ state: 'completed', ...(error ? { error } : {}) });
      return intent;
    },
    markFailed: async (_id, error) => {
      ended.push({ state: 'failed', ...(error ? { error } : {}) });
      return intent;
    },
  };
  return { intents, ended };
}

describe('closing a wire out', () => {
  it('COMPLETED as asked completes it, without an alert', async () => {
    const s = store();
    expect(await settleWireOuts(s.intents, [transfer], () => undefined)).toBe(1);
    expect(s.ended).toEqual([{ state: 'completed' }]);
  });

  it.each([
    ['total', { total: '10000.00' }],
    ['bank account', { fiat_account_id: 'fa-other' }],
    ['profile', { profile_id: 'p-other' }],
    ['direction', { direction: 'CREDIT' }],
  ])(
    'COMPLETED with another %s: completed with an alert, never as asked',
    async (field, change) => {
      const s = store();
      await settleWireOuts(s.intents, [{ ...transfer, ...change }], () => undefined);
      expect(s.ended).toHaveLength(1);
      expect(s.ended[0]).toMatchObject({
        state: 'completed',
        error: { code: 'answer_mismatch', message: expect.stringContaining(field) },
      });
    },
  );

  it('a transfer under another ref_id does not close it', async () => {
    const s = store();
    expect(
      await settleWireOuts(s.intents, [{ ...transfer, ref_id: 'td-2' }], () => undefined),
    ).toBe(0);
    expect(s.ended).toEqual([]);
  });

  it('FAILED fails it with Paxos saying so', async () => {
    const s = store();
    await settleWireOuts(s.intents, [{ ...transfer, status: 'FAILED' }], () => undefined);
    expect(s.ended).toMatchObject([
      { state: 'failed', error: { message: expect.stringMatching(/FAILED/) } },
    ]);
  });
});
