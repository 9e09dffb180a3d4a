// Each intent kind carries its own payload: a body of another kind (or a partial one) is refused
// before it is stored, and a stored row whose payload is not of its kind does not read back.
import { describe, expect, it } from 'vitest';
import { StoredIntentSchema } from '../../../../main/desk/store/intents/intent';
import { intentRequest, type IntentPayloads } from '../../../../shared/intent-payloads';

const redemption: IntentPayloads['create_orchestration'] = {
  source_asset: 'USDC',
  destination_asset: 'USD',
  source_amount: '12.50',
  source: { profile: { profile_id: 'p-1' } },
  destination: { fiat: { bank_account_id: 'fa-1' } },
};

describe('typed intent payloads', () => {
  it('accepts a payload of its kind', () => {
    expect(intentRequest('create_orchestration', redemption)).toEqual({
      kind: 'create_orchestration',
      payload: redemption,
    });
    expect(intentRequest('delete_rule', { id: 'rule-1' })).toEqual({
      kind: 'delete_rule',
      payload: { id: 'rule-1' },
    });
  });

  it('refuses a payload of another kind, a partial one, or one carrying its own ref_id', () => {
    const wrong: unknown[] = [
      { id: 'rule-1' },
      { source_amount: '12.50' },
      { ...redemption, ref_id: 'mine' },
    ];
    for (const payload of wrong) {
      expect(() => intentRequest('create_orchestration', payload as never)).toThrow(
        expect.objectContaining({ code: 'validation' }),
      );
    }
    expect(() => intentRequest('delete_fiat_account', redemption as never)).toThrow(
      expect.objectContaining({ code: 'validation' }),
    );
  });

  it('a stored row reads back only with the payload of its kind', () => {
    const row = {
      id: 'i-1',
      refId: 'r-1',
      state: 'queued',
      createdAt: 't',
      updatedAt: 't',
      attempts: 0,
    };
    expect(
      StoredIntentSchema.safeParse({ ...row, kind: 'create_orchestration', payload: redemption })
        .success,
    ).toBe(true);
    expect(
      StoredIntentSchema.safeParse({ ...row, kind: 'delete_rule', payload: redemption }).success,
    ).toBe(false);
    expect(
      StoredIntentSchema.safeParse({ ...row, kind: 'create_orchestration', payload: { id: 'x' } })
        .success,
    ).toBe(false);
  });
});
