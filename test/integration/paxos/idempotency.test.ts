// Exactly one orchestration per ref_id: duplicates and retries after lost answers come back as
// the existing record, flagged alreadyExisted; a ref_id reused for a different request is an
// error, never a silent success.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../../main/simulator';
import type { CreateOrchestrationInput } from '../../../shared/paxos/requests';
import { subtractAmounts } from '../../../shared/money';
import { balanceOf, rejectionOf, refId, startHarness, wireAccount, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());
beforeEach(() => h.sim.control.clearFaults());

const redemption = (ref: string, amount = '100.00'): CreateOrchestrationInput => ({
  ref_id: ref,
  source_asset: 'USDC',
  destination_asset: 'USD',
  source_amount: amount,
  source: { profile: { profile_id: SEED_IDS.defaultProfile } },
  destination: { fiat: { bank_account_id: SEED_IDS.operatingBankAccount } },
});

const orchestrationsWith = (ref: string) =>
  h.sim.control.snapshot().orchestrations.filter((o) => o.ref_id === ref);
const postAttempts = (ref: string) =>
  h.recorder.exchanges.filter((e) => e.method === 'POST' && e.requestBody?.includes(`"${ref}"`));

describe('idempotent creates', () => {
  it('a duplicate ref_id returns the existing orchestration as success; one orchestration, one debit', async () => {
    const ref = refId('dup');
    const before = (await balanceOf(h.client, 'default', 'USDC')).available;
    const first = await h.client.createOrchestration(redemption(ref));
    const second = await h.client.createOrchestration(redemption(ref, '100'));
    expect(first.alreadyExisted).toBe(false);
    expect(second.alreadyExisted).toBe(true);
    expect(second.orchestration.id).toBe(first.orchestration.id);
    expect(orchestrationsWith(ref)).toHaveLength(1);
    expect((await balanceOf(h.client, 'default', 'USDC')).available).toBe(
      subtractAmounts(before, '100'),
    );
  });

  it('an answer lost after Paxos processed the create: the retry carries the same body and resolves to the original', async () => {
    const ref = refId('lost');
    h.sim.control.setFaults({
      drop: {
        count: 1,
        when: 'after',
        match: { method: 'POST', path: '/orchestration/orchestrations' },
      },
    });
    const result = await h.client.createOrchestration(redemption(ref));
    expect(result.alreadyExisted).toBe(true);
    expect(orchestrationsWith(ref)).toHaveLength(1);
    expect(result.orchestration.id).toBe(orchestrationsWith(ref)[0]?.id);
    const attempts = postAttempts(ref);
    expect(attempts).toHaveLength(2);
    expect(attempts[1]?.requestBody).toBe(attempts[0]?.requestBody);
  });

  it('a 5xx after the create was processed is retried to the same orchestration', async () => {
    const ref = refId('5xx-after');
    h.sim.control.setFaults({
      error: { count: 1, status: 502, when: 'after', match: { method: 'POST' } },
    });
    const result = await h.client.createOrchestration(redemption(ref));
    expect(result.alreadyExisted).toBe(true);
    expect(orchestrationsWith(ref)).toHaveLength(1);
    expect(postAttempts(ref).map((e) => e.status)).toEqual([502, 409]);
  });

  it('a 409 without meta.existing is resolved by looking the orchestration up by ref_id', async () => {
    const ref = refId('no-meta');
    await h.client.createOrchestration(redemption(ref));
    // Same client set-up, but its fetch strips `meta` from every 409 problem.
    const stripped = await startHarnessWithFetch(async (input, init) => {
      const response = await fetch(input, init);
      if (response.status !== 409) return response;
      const { meta: _meta, ...problem } = (await response.json()) as Record<string, unknown>;
      return new Response(JSON.stringify(problem), {
        status: 409,
        headers: { 'content-type': 'application/problem+json' },
      });
    });
    const again = await stripped.createOrchestration(redemption(ref));
    expect(again.alreadyExisted).toBe(true);
    expect(again.orchestration.ref_id).toBe(ref);
  });

  it('a ref_id reused for a different amount is reported, not taken as success', async () => {
    const ref = refId('collide');
    await h.client.createOrchestration(redemption(ref, '40'));
    const error = await rejectionOf(h.client.createOrchestration(redemption(ref, '41')));
    expect(error.code).toBe('already_exists');
    expect(error.message).toBe(
      `The reference ${ref} is already used by a different orchestration (amount 40). Nothing new was created.`,
    );
    expect((error.details?.existing as { ref_id?: string }).ref_id).toBe(ref);
    expect(orchestrationsWith(ref)).toHaveLength(1);
  });

  it('bank accounts and rules are idempotent by ref_id too', async () => {
    const account = wireAccount();
    const a1 = await h.client.createFiatAccount(account);
    const a2 = await h.client.createFiatAccount(account);
    expect([a1.alreadyExisted, a2.alreadyExisted]).toEqual([false, true]);
    expect(a2.fiatAccount.id).toBe(a1.fiatAccount.id);
    const rule = {
      ref_id: refId('rule-dup'),
      profile_id: SEED_IDS.defaultProfile,
      source_asset: 'PYUSD',
      destination_asset: 'USD',
      source: { crypto: { network: 'ETHEREUM' } },
      destination: { fiat: { fiat_account_id: SEED_IDS.operatingBankAccount } },
    };
    const r1 = await h.client.createRule(rule);
    const r2 = await h.client.createRule(rule);
    expect(r2).toEqual({ rule: r1.rule, alreadyExisted: true });
    expect(h.sim.control.snapshot().rules.filter((r) => r.ref_id === rule.ref_id)).toHaveLength(1);
  });
});

async function startHarnessWithFetch(
  fetchImpl: (input: string, init: RequestInit) => Promise<Response>,
) {
  const { createPaxosClient } = await import('../../../main/paxos');
  return createPaxosClient({
    environment: 'demo',
    endpoints: { apiUrl: h.sim.url, tokenUrl: h.sim.tokenUrl },
    env: {},
    getCredentials: async () => h.sim.credentials,
    fetch: fetchImpl,
  });
}
