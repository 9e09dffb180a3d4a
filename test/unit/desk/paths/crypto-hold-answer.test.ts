// A Convert & Hold rule for crypto deposits (issue 26.4) is taken only if Paxos's rule takes the
// coin asked on the network asked and converts it to the coin asked into the profile asked; any
// other answer is a mismatch (the rule route then deletes the rule at once). The request the desk
// builds, and main's refusal of a coin the network does not carry or a "conversion" to itself.
import { describe, expect, it } from 'vitest';
import { routeFor } from '../../../../main/desk/paths/registry';
import { checkCryptoHold, cryptoHoldBody } from '../../../../main/desk/paths/rule/rule-request';
import type { Intent } from '../../../../main/desk/store/intents/intent';

const payload = cryptoHoldBody({
  profileId: 'p-1',
  depositAsset: 'USDC',
  network: 'ETHEREUM',
  asset: 'USDG',
  nickname: 'USDC in, USDG kept',
});
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
  status: 'ACTIVE',
  source_asset: 'USDC',
  destination_asset: 'USDG',
  source: { crypto: { address_id: 'a-1', address: '0xabc', network: 'ETHEREUM' } },
  destination: { profile: { profile_id: 'p-1' } },
};
const check = (record: Record<string, unknown>) =>
  routeFor('create_rule').mismatch(intent, {
    paxosId: 'r-1',
    collection: 'rules',
    record: record as typeof rule,
    done: true,
  });

describe('Convert & Hold for crypto deposits: the request', () => {
  it('is the 2026-07 shape: a crypto source on the network, a profile destination of the other coin', () => {
    expect(payload).toEqual({
      profile_id: 'p-1',
      nickname: 'USDC in, USDG kept',
      source_asset: 'USDC',
      destination_asset: 'USDG',
      source: { crypto: { network: 'ETHEREUM' } },
      destination: { profile: { profile_id: 'p-1' } },
    });
  });

  it('refuses a coin the network does not carry, and a coin converted to itself', () => {
    expect(() =>
      checkCryptoHold({ profileId: 'p-1', depositAsset: 'USDG', network: 'BASE', asset: 'USDC' }),
    ).toThrow('USDG cannot be deposited on BASE');
    expect(() =>
      checkCryptoHold({ profileId: 'p-1', depositAsset: 'USDC', network: 'BASE', asset: 'USDC' }),
    ).toThrow('choose another coin');
    expect(() =>
      checkCryptoHold({ profileId: 'p-1', depositAsset: 'USDG', network: 'SOLANA', asset: 'USDC' }),
    ).not.toThrow();
  });
});

describe('Convert & Hold for crypto deposits: the answer check', () => {
  it('takes the rule asked for (network in any case)', () => {
    expect(check(rule)).toBeUndefined();
    expect(
      check({ ...rule, source: { crypto: { ...rule.source.crypto, network: 'ethereum' } } }),
    ).toBeUndefined();
  });

  it.each([
    ['destination asset', { destination_asset: 'PYUSD' }],
    ['destination asset', { destination_asset: undefined }],
    ['destination profile', { destination: { profile: { profile_id: 'p-2' } } }],
    ['destination profile', { destination: { fiat: { fiat_account_id: 'f-1' } } }],
    ['asset', { source_asset: 'PYUSD' }],
    ['asset', { source_asset: undefined }],
    ['source network', { source: { crypto: { address: '0xabc', network: 'BASE' } } }],
    ['source', { source: { fiat: { network: 'WIRE', memo_id: 'M1' } } }],
    ['profile', { profile_id: 'p-2' }],
  ])('refuses a rule whose %s differs (%j)', (field, change) => {
    expect(check({ ...rule, ...change })).toMatchObject({ field });
  });
});
