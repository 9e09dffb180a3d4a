// The two ways a wire out is found again by its ref_id, each where the quick way fails: List
// Transfers' ref_ids lookup lagging behind the create (the bounded scan of the profile's
// WIRE_WITHDRAWALs finds it, no second POST), and a 409 for our ref_id that carries no
// `meta.existing` (the desk looks the transfer up and follows it, in the same send).
import { afterEach, describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../../main/simulator';
import { proxiedDesk, type ProxiedDesk } from '../../support/proxied-desk';

let app: ProxiedDesk | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const WIRE_OUT = '/transfer/fiat-withdrawals';
const POSTS = 'POST /v2/transfer/fiat-withdrawals';
const ask = (amount: string) => ({
  profileId: SEED_IDS.defaultProfile,
  fiatAccountId: SEED_IDS.operatingBankAccount,
  amount,
  feeMode: 'deducted' as const,
});
const atPaxos = (a: ProxiedDesk, refId: string) =>
  a.sim.control.snapshot().transfers.filter((t) => t.ref_id === refId);

async function ok<T>(result: Promise<{ ok: boolean; value?: unknown; error?: unknown }>) {
  const r = await result;
  if (!r.ok) throw new Error(`bridge call failed: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

describe('a wire out found again by its ref_id', () => {
  it('a lost answer while the ref_ids lookup lags: found by the scan, one POST', async () => {
    const a = (app = await proxiedDesk());
    await a.desk().refreshNow();
    a.proxy.set({
      dropAnswer: { method: 'POST', path: WIRE_OUT, count: 1 },
      lagRefIdReads: { path: '/transfer/transfers', count: 10 },
    });
    const intent = await ok<{ id: string; refId: string }>(
      a.runtime.handlers.submitFiatWithdrawal(ask('300.00')),
    );
    await a.drain();
    const found = a.desk().intent(intent.id);
    const held = atPaxos(a, intent.refId);
    expect(held).toHaveLength(1);
    expect(found?.state).toBe('submitted');
    expect(found?.result?.paxosId).toBe(held[0]?.id);
    expect(a.proxy.fired.lagRefIdReads ?? 0).toBeGreaterThan(0);
    expect(a.proxy.requests[POSTS]).toBe(1);
  });

  it('a 409 without meta for a request that landed after it was abandoned: looked up and followed', async () => {
    const a = (app = await proxiedDesk());
    await a.desk().refreshNow();
    a.proxy.set({ status: { method: 'POST', path: WIRE_OUT, status: 401, count: 2 } });
    const intent = await ok<{ id: string; refId: string }>(
      a.runtime.handlers.submitFiatWithdrawal(ask('120.00')),
    );
    await a.desk().flush();
    await ok(a.runtime.handlers.abandonIntent({ id: intent.id }));
    expect(a.desk().intent(intent.id)?.state).toBe('abandoned');
    // The request the desk gave up reaches Paxos after all, exactly as it was sent.
    const late = await a.paxos.createFiatWithdrawal({
      ref_id: intent.refId,
      profile_id: SEED_IDS.defaultProfile,
      fiat_account_id: SEED_IDS.operatingBankAccount,
      asset: 'USD',
      total: '120.00',
    });
    // The operator sends the same again (same ref_id): Paxos answers 409, its meta lost.
    a.proxy.set({ stripMeta: { path: WIRE_OUT, count: 5 } });
    const again = await ok<{ id: string; refId: string }>(
      a.runtime.handlers.submitFiatWithdrawal(ask('120.00')),
    );
    expect(again.refId).toBe(intent.refId);
    await a.desk().flush();
    expect(a.proxy.fired.stripMeta ?? 0).toBeGreaterThan(0);
    const followed = a.desk().intent(intent.id);
    expect(followed?.state).toBe('submitted');
    expect(followed?.result?.paxosId).toBe(late.transfer.id);
    expect(atPaxos(a, intent.refId)).toHaveLength(1);
  });
});
