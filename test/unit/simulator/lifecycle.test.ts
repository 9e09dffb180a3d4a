// Simulator domain logic without HTTP: handlers called directly on a world with a manual clock.
import { describe, expect, it } from 'vitest';
import { SimClock } from '../../../main/simulator/clock';
import { createFiatAccount } from '../../../main/simulator/handlers/fiat-accounts';
import { createOrchestration } from '../../../main/simulator/handlers/orchestrations';
import { createRule } from '../../../main/simulator/handlers/rules';
import { injectDeposit } from '../../../main/simulator/handlers/deposits';
import { runDue, settle } from '../../../main/simulator/lifecycle';
import { NO_APPROVALS } from '../../../main/simulator/approvals';
import { QueryReader } from '../../../main/simulator/query';
import { seededRandom } from '../../../main/simulator/random';
import { SEED_IDS, seedState } from '../../../main/simulator/seed';
import type { JsonObject } from '../../../main/simulator/types';
import type { World } from '../../../main/simulator/world';

function world(): { w: World; advance: (ms: number) => void } {
  let now = Date.parse('2026-05-01T14:00:00Z');
  const clock = new SimClock(() => now);
  const w: World = {
    state: seedState(clock, true),
    clock,
    random: seededRandom(5),
    timing: { fiatApprovalMs: 1000, orchestrationStepMs: 100 },
    approvals: { ...NO_APPROVALS },
    pendingFailures: [],
    touch: () => undefined,
  };
  return {
    w,
    advance: (ms) => {
      now += ms;
    },
  };
}
const req = (body: unknown) => ({
  params: {},
  query: new QueryReader(new URLSearchParams()),
  body,
});
const problemOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error as { status: number; detail: string; type: string; meta?: JsonObject };
  }
  throw new Error('expected a problem');
};
const redeem = (ref: string, amount: string, memo?: string) => ({
  ref_id: ref,
  source_asset: 'USDG',
  destination_asset: 'USD',
  source_amount: amount,
  source: { profile: { profile_id: SEED_IDS.operatingProfile } },
  destination: {
    fiat: { bank_account_id: SEED_IDS.operatingBankAccount, ...(memo ? { memo } : {}) },
  },
});
const balance = (w: World) =>
  w.state.profiles.find((p) => p.data.id === SEED_IDS.operatingProfile)!.balances.USDG;

describe('orchestration lifecycle', () => {
  it('moves the legs step by step and emits the documented events', () => {
    const { w, advance } = world();
    const o = createOrchestration(w, req(redeem('r1', '1000'))).body as JsonObject & { id: string };
    expect(balance(w)).toBe('2999000');
    const legs = () => [
      (o.source_transfer as JsonObject).status,
      (o.destination_transfer as JsonObject).status,
      o.status,
    ];
    expect(legs()).toEqual(['PENDING', 'PENDING', 'PROCESSING']);
    expect((o.destination_transfer as JsonObject).transfer_id).toBeUndefined();
    advance(100);
    runDue(w);
    expect(legs()).toEqual(['PROCESSING', 'PENDING', 'PROCESSING']);
    advance(100);
    runDue(w);
    expect(legs()).toEqual(['COMPLETED', 'PROCESSING', 'PROCESSING']);
    const wire = w.state.transfers.find(
      (t) => t.data.id === (o.destination_transfer as JsonObject).transfer_id,
    )!;
    expect(wire.data).toMatchObject({
      type: 'WIRE_WITHDRAWAL',
      status: 'PENDING',
      amount: '1000',
      asset: 'USD',
      fiat_account_id: SEED_IDS.operatingBankAccount,
    });
    advance(100);
    runDue(w);
    expect(legs()).toEqual(['COMPLETED', 'COMPLETED', 'COMPLETED']);
    expect(wire.data.status).toBe('COMPLETED');
    expect(w.state.events.map((e) => `${e.data.type}:${e.data.object_type}`)).toEqual([
      'orchestration.processing:orchestration_status_change',
      'transfer.wire_withdrawal.pending:transfer_status_change',
      'transfer.wire_withdrawal.completed:transfer_status_change',
      'orchestration.completed:orchestration_status_change',
    ]);
    expect(balance(w)).toBe('2999000');
  });

  it('fails the wire for the test memo and gives the funds back', () => {
    const { w } = world();
    const o = createOrchestration(w, req(redeem('r2', '250.5', 'please SIMULATE-FAILURE')))
      .body as JsonObject;
    expect(balance(w)).toBe('2999749.5');
    settle(w);
    expect(o.status).toBe('FAILED');
    expect(o.fail_reason).toEqual({
      detail: 'wire rejected by the beneficiary bank: account closed (simulated)',
    });
    expect(balance(w)).toBe('3000000');
    expect(w.state.events.map((e) => e.data.type).slice(-2)).toEqual([
      'transfer.wire_withdrawal.failed',
      'orchestration.failed',
    ]);
  });

  it('answers 409 with meta.existing for a known ref_id before looking at the balance', () => {
    const { w } = world();
    const first = createOrchestration(w, req(redeem('dup', '2999999'))).body;
    const p = problemOf(() => createOrchestration(w, req(redeem('dup', '2999999'))));
    expect(p).toMatchObject({
      status: 409,
      type: 'https://developer.paxos.com/docs/v2/problems/already-exists',
    });
    expect(p.meta?.existing).toEqual(first);
    expect(w.state.orchestrations).toHaveLength(1);
  });

  it('insufficient funds: 403 with available and needed, nothing debited', () => {
    const { w } = world();
    const p = problemOf(() => createOrchestration(w, req(redeem('big', '3000000.000001'))));
    expect(p).toMatchObject({
      status: 403,
      detail: `insufficient USDG funds in profile ${SEED_IDS.operatingProfile}: 3000000.000001 needed, 3000000.000000 available`,
    });
    expect(p.meta).toEqual({
      profile_id: SEED_IDS.operatingProfile,
      asset: 'USDG',
      available: '3000000.000000',
      needed: '3000000.000001',
    });
    expect(balance(w)).toBe('3000000.000000');
  });

  it('validates amounts like Paxos: positive decimals, exceed-precision problem', () => {
    const { w } = world();
    expect(problemOf(() => createOrchestration(w, req(redeem('neg', '-10')))).detail).toBe(
      "invalid amount '-10': must be positive decimal",
    );
    expect(problemOf(() => createOrchestration(w, req(redeem('prec', '1.0000001'))))).toMatchObject(
      { status: 400, type: 'https://developer.paxos.com/docs/v2/problems/exceed-precision' },
    );
  });
});

describe('fiat account review', () => {
  const account = (accountNumber: string, routing = '021000021') => ({
    ref_id: `fa-${accountNumber}`,
    fiat_account_owner: { person_details: { first_name: 'Ada', last_name: 'Lovelace' } },
    fiat_network_instructions: {
      wire: {
        account_number: accountNumber,
        fiat_account_owner_address: { country: 'USA', city: 'New York' },
        routing_details: {
          routing_number_type: 'ABA',
          routing_number: routing,
          bank_name: 'Bank',
          bank_address: { country: 'USA' },
        },
      },
    },
  });

  it('approves after the delay, rejects account numbers ending in 0000', () => {
    const { w, advance } = world();
    const ok = createFiatAccount(w, req(account('123456789'))).body as JsonObject;
    const no = createFiatAccount(w, req(account('123450000'))).body as JsonObject;
    advance(999);
    runDue(w);
    expect([ok.status, no.status]).toEqual(['PENDING', 'PENDING']);
    advance(1);
    runDue(w);
    const statuses = w.state.fiatAccounts.slice(-2).map((a) => a.data.status);
    expect(statuses).toEqual(['APPROVED', 'REJECTED']);
  });

  it('refuses bad routing numbers, long or odd address fields, missing fields, first-party identity_id', () => {
    const { w } = world();
    expect(problemOf(() => createFiatAccount(w, req(account('1', '021000022')))).detail).toBe(
      'fiat_network_instructions.wire.routing_details.routing_number is not a valid ABA routing number',
    );
    const long = account('2');
    long.fiat_network_instructions.wire.fiat_account_owner_address.city = 'X'.repeat(36);
    expect(problemOf(() => createFiatAccount(w, req(long))).detail).toBe(
      'fiat_network_instructions.wire.fiat_account_owner_address.city must be at most 35 characters',
    );
    const hash = account('3');
    hash.fiat_network_instructions.wire.fiat_account_owner_address.city = 'Apt #4';
    expect(problemOf(() => createFiatAccount(w, req(hash))).detail).toMatch(
      /city contains characters that are not allowed/,
    );
    const { country: _c, ...noCountry } =
      account('4').fiat_network_instructions.wire.fiat_account_owner_address;
    expect(
      problemOf(() =>
        createFiatAccount(
          w,
          req({
            ...account('4'),
            fiat_network_instructions: {
              wire: {
                ...account('4').fiat_network_instructions.wire,
                fiat_account_owner_address: noCountry,
              },
            },
          }),
        ),
      ).detail,
    ).toBe('fiat_network_instructions.wire.fiat_account_owner_address.country must be set');
    expect(
      problemOf(() => createFiatAccount(w, req({ ...account('5'), identity_id: 'x' }))),
    ).toMatchObject({ status: 403, detail: 'identity_id forbidden for first-party customers' });
    const swift = account('6');
    Object.assign(swift.fiat_network_instructions.wire.routing_details, {
      routing_number_type: 'SWIFT',
      routing_number: 'JINABVU1773',
    });
    expect((createFiatAccount(w, req(swift)).body as JsonObject).status).toBe('PENDING');
  });
});

describe('rules and deposits', () => {
  it('a deposit to an ACTIVE rule spawns an orchestration with a system ref_id', () => {
    const { w } = world();
    const { rule } = createRule(
      w,
      req({
        ref_id: 'rule-1',
        profile_id: SEED_IDS.defaultProfile,
        source_asset: 'USDC',
        destination_asset: 'USD',
        source: { crypto: { network: 'POLYGON' } },
        destination: { fiat: { bank_account_id: SEED_IDS.operatingBankAccount } },
      }),
    ).body as { rule: JsonObject & { source: { crypto: { address: string } } } };
    expect(rule).toMatchObject({
      status: 'ACTIVE',
      destination: { fiat: { fiat_account_id: SEED_IDS.operatingBankAccount } },
    });
    const result = injectDeposit(w, {
      address: rule.source.crypto.address.toUpperCase().replace('0X', '0x'),
      amount: '42',
    });
    expect(result.orchestration).toMatchObject({
      ref_id: `orchestration_id.${String(result.orchestration?.id)}`,
      orchestration_rule_id: rule.id,
      source_asset: 'USDC',
      source_amount: '42',
    });
    expect(result.transfer).toMatchObject({
      type: 'CRYPTO_DEPOSIT',
      crypto_network: 'POLYGON_POS',
      direction: 'CREDIT',
    });
    settle(w);
    expect(w.state.orchestrations[0]?.data.status).toBe('COMPLETED');
  });
});
