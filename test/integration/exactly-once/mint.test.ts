// Issue 25: a mint (USD in a profile → a stablecoin in the same or another profile) keeps every
// guarantee a redemption has, through the real runtime and bridge handler table, against the
// simulator behind the fault proxy: its ref_id written before it is sent (and always sent), a
// lost answer reconciled by lookup (no second create), and an unsupported pair (Paxos's 400
// entitlement answer) failing the request with the pair named, nothing resent.
import { afterEach, describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../../main/simulator';
import { proxiedDesk, type ProxiedDesk } from '../../support/proxied-desk';

let app: ProxiedDesk | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const CREATE = 'POST /v2/orchestration/orchestrations';
const mint = (amount: string) => ({
  fromProfileId: SEED_IDS.defaultProfile,
  fromAsset: 'USD' as const,
  toProfileId: SEED_IDS.payrollProfile,
  toAsset: 'USDC' as const,
  amount,
});
type Row = { ref_id?: string; id: string; destination?: { profile?: { profile_id?: string } } };
const atPaxos = (a: ProxiedDesk, ref: string) =>
  (a.sim.control.snapshot().orchestrations as unknown as Row[]).filter((o) => o.ref_id === ref);

async function start(): Promise<ProxiedDesk> {
  app = await proxiedDesk();
  await app.desk().refreshNow();
  return app;
}

async function submit(a: ProxiedDesk, amount: string) {
  const answer = await a.runtime.handlers.submitConversion(mint(amount));
  if (!answer.ok) throw new Error(`submitConversion failed: ${JSON.stringify(answer.error)}`);
  return a.desk().intent((answer.value as { id: string }).id)!;
}

describe('mint: exactly once', () => {
  it('the ref_id is written before the mint is sent, always sent, and Paxos holds it under that ref_id', async () => {
    const a = await start();
    a.proxy.takeLanded();
    const intent = await submit(a, '1500.00');
    // The submit answers once the intent is stored (fsynced) with its ref_id.
    expect(intent.kind).toBe('create_conversion');
    expect(intent.refId).toMatch(/^td-/);
    await a.drain();
    const landed = a.proxy.takeLanded();
    expect(landed.map((l) => l.refId)).toEqual([intent.refId]);
    const [held] = atPaxos(a, intent.refId);
    expect(held?.destination?.profile?.profile_id).toBe(SEED_IDS.payrollProfile);
    expect(a.desk().intent(intent.id)).toMatchObject({
      state: 'submitted',
      result: { paxosId: held?.id },
    });
  });

  it('after a lost answer, the mint is looked up by ref_id: no second create is sent', async () => {
    const a = await start();
    a.proxy.set({
      dropAnswer: { method: 'POST', path: '/orchestration/orchestrations', count: 3 },
    });
    const intent = await submit(a, '13.00');
    await a.desk().flush();
    expect(a.desk().intent(intent.id)?.state).toBe('reconciling');
    const creates = a.proxy.requests[CREATE];
    await a.drain();
    expect(a.desk().intent(intent.id)?.state).toBe('submitted');
    expect(a.proxy.requests[CREATE]).toBe(creates);
    expect(atPaxos(a, intent.refId)).toHaveLength(1);
  });

  it('a lost answer, a 409 without meta and lagging ref_id reads still end with one mint', async () => {
    const a = await start();
    a.proxy.set({
      dropAnswer: { method: 'POST', path: '/orchestration/orchestrations', count: 1 },
      stripMeta: { path: '/orchestration/orchestrations' },
      lagRefIdReads: { path: '/orchestration/orchestrations', count: 2 },
    });
    const intent = await submit(a, '250.00');
    for (let i = 0; i < 4; i += 1) await a.drain();
    expect(atPaxos(a, intent.refId)).toHaveLength(1);
    expect(a.desk().intent(intent.id)?.state).toBe('submitted');
  });

  it('an unsupported pair: Paxos answers 400, the request fails naming the pair, nothing is resent', async () => {
    const a = await start();
    const refused = await fetch(`${a.sim.url}/simulator/entitlements`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ source_asset: 'USD', destination_asset: 'USDC', refused: true }),
    });
    expect(refused.status).toBe(200);
    const intent = await submit(a, '100.00');
    await a.drain();
    const failed = a.desk().intent(intent.id)!;
    expect(failed.state).toBe('failed');
    expect(failed.lastError?.message).toContain('Paxos refused converting USD → USDC');
    expect(failed.lastError?.message).toContain('USD to USDC');
    const creates = a.proxy.requests[CREATE];
    await a.drain();
    await a.desk().refreshNow();
    await a.drain();
    expect(a.proxy.requests[CREATE]).toBe(creates);
    expect(atPaxos(a, intent.refId)).toHaveLength(0);
  });
});
