// A wire out's answer is checked against what was asked before it is taken as done: ref_id,
// profile, bank account, asset, direction, and the figure in its fee mode (`amount` asked: the
// transfer's amount; `total` asked: its total). A field Paxos left out is a difference too.
import { describe, expect, it } from 'vitest';
import { fiatWithdrawalMismatch } from '../../../main/paxos/fiat-withdrawals';
import { fiatWithdrawalRoute } from '../../../main/desk/paths/fiat-withdrawal/fiat-withdrawal-route';
import type { Intent } from '../../../main/desk';

const asked = {
  ref_id: 'td-wire-1',
  profile_id: 'p-1',
  fiat_account_id: 'fa-1',
  asset: 'USD' as const,
  total: '1025.00',
};
const answer = {
  id: 't-1',
  ref_id: 'td-wire-1',
  profile_id: 'p-1',
  fiat_account_id: 'fa-1',
  asset: 'USD',
  direction: 'DEBIT',
  amount: '1000',
  fee: '25.00',
  total: '1025',
  type: 'WIRE_WITHDRAWAL',
  status: 'PENDING',
};

describe('the answer to a wire out', () => {
  it('matches when every field asked is what Paxos answered (amounts compared as numbers)', () => {
    expect(fiatWithdrawalMismatch(asked, answer)).toBeUndefined();
  });

  it.each([
    ['ref_id', { ref_id: 'someone-else' }, /^ref_id someone-else/],
    ['profile', { profile_id: 'p-2' }, /^profile p-2/],
    ['bank account', { fiat_account_id: 'fa-9' }, /^bank account fa-9/],
    ['asset', { asset: 'EUR' }, /^asset EUR/],
    ['direction', { direction: 'CREDIT' }, /^direction CREDIT/],
    ['total', { total: '1050' }, /^total 1050/],
    ['missing bank account', { fiat_account_id: undefined }, /^bank account \(none\)/],
  ])('refuses another %s', (_what, change, reason) => {
    expect(fiatWithdrawalMismatch(asked, { ...answer, ...change })).toMatch(reason);
  });

  it('checks the figure in the fee mode asked: amount asked, the amount answered', () => {
    const onTop = { ...asked, total: undefined, amount: '1025.00' };
    // The same figure as a total (fee deducted) is not what "send exactly 1,025.00" asked.
    expect(fiatWithdrawalMismatch(onTop, answer)).toMatch(/^amount 1000/);
    expect(fiatWithdrawalMismatch(onTop, { ...answer, amount: '1025', total: '1050' })).toBe(
      undefined,
    );
  });

  it('the route refuses an answer without a record, and names both sides of a difference', () => {
    const intent = {
      id: 'i-1',
      refId: 'td-wire-1',
      kind: 'create_fiat_withdrawal',
      payload: { profile_id: 'p-1', fiat_account_id: 'fa-1', asset: 'USD', total: '1025.00' },
      state: 'sending',
      createdAt: '2026-12-07T00:00:00.000Z',
      updatedAt: '2026-12-07T00:00:00.000Z',
      attempts: 1,
    } satisfies Intent;
    expect(fiatWithdrawalRoute.checkAnswer(intent, { paxosId: 't-1', done: false })).toMatchObject({
      field: 'record',
    });
    expect(
      fiatWithdrawalRoute.checkAnswer(intent, {
        paxosId: 't-1',
        record: { ...answer, profile_id: 'p-2' },
        done: false,
      }),
    ).toMatchObject({ field: 'profile', answered: 'profile p-2' });
    expect(
      fiatWithdrawalRoute.checkAnswer(intent, { paxosId: 't-1', record: answer, done: false }),
    ).toBeUndefined();
  });
});
