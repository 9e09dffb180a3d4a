// A Convert & Hold rule's answer is taken only if it converts to the coin asked, into the
// profile asked, from USD wires (a wrong one is deleted at once by the rule route).
import { describe, expect, it } from 'vitest';
import { convertHoldBody } from '../../../../main/desk/paths/rule/rule-request';
import { routeFor } from '../../../../main/desk/paths/registry';
import type { Intent } from '../../../../main/desk/store/intents/intent';

const payload = convertHoldBody({ profileId: 'p-1', asset: 'USDC', accountType: 'ABA' });
const intent = {
  id: 'i-1',
  refId: 'td-r1',
  kind: 'create_rule',
  payload,
  state: 'sending',
  createdAt: '2026-12-07T10:00:00.000Z',
  updatedAt: '2026-12-07T10:00:00.000Z',
  attempts: 1,
} as Intent;
const rule = {
  id: 'r-1',
  ref_id: 'td-r1',
  profile_id: 'p-1',
  status: 'PENDING',
  source_asset: 'USD',
  destination_asset: 'USDC',
  source: { fiat: { network: 'WIRE', account_type: 'ABA', memo_id: 'MEMO123456' } },
  destination: { profile: { profile_id: 'p-1' } },
};
const check = (record: Record<string, unknown>) =>
  routeFor('create_rule').mismatch(intent, {
    paxosId: 'r-1',
    collection: 'rules',
    record: record as typeof rule,
    done: true,
  });

describe('Convert & Hold answer check', () => {
  it('takes the rule asked for', () => {
    expect(payload).toMatchObject({ source_asset: 'USD', destination_asset: 'USDC' });
    expect(check(rule)).toBeUndefined();
  });

  it.each([
    ['destination asset', { destination_asset: 'USDG' }],
    ['destination profile', { destination: { profile: { profile_id: 'p-2' } } }],
    ['source network', { source: { fiat: { network: 'CUBIX' } } }],
    ['profile', { profile_id: 'p-2' }],
  ])('refuses a rule whose %s differs', (field, change) => {
    expect(check({ ...rule, ...change })).toMatchObject({ field });
  });
});
