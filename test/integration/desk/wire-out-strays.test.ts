// A wire out the operator gave up that reaches Paxos later (its request held on the way, a
// connection that died after the send): the desk must notice it, as it does an abandoned
// redemption. Wires out are no cache collection, so the stray check reads the WIRE_WITHDRAWALs
// the money-in sync lists each cycle (strays.ts, `handWireOuts`), matched by ref_id and checked
// field by field with the wire out's own answer check. Before that, an abandoned wire out that
// landed later stayed "abandoned" while Paxos sent the money: no alert, never followed.
import { afterEach, describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../../main/simulator';
import { proxiedDesk, type ProxiedDesk } from '../../support/proxied-desk';

let app: ProxiedDesk | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const WIRE_OUT = '/transfer/fiat-withdrawals';
const wireOut = (amount: string) => ({
  profileId: SEED_IDS.defaultProfile,
  fiatAccountId: SEED_IDS.operatingBankAccount,
  amount,
  feeMode: 'on_top' as const,
});

async function ok<T>(result: Promise<{ ok: boolean; value?: unknown; error?: unknown }>) {
  const r = await result;
  if (!r.ok) throw new Error(`bridge call failed: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

/** A wire out refused twice (nothing reached Paxos), then abandoned after the desk's lookup. */
async function abandonedWireOut(a: ProxiedDesk, amount: string) {
  a.proxy.set({ status: { method: 'POST', path: WIRE_OUT, status: 401, count: 2 } });
  const intent = await ok<{ id: string; refId: string }>(
    a.runtime.handlers.submitFiatWithdrawal(wireOut(amount)),
  );
  await a.desk().flush();
  expect(a.desk().intent(intent.id)).toMatchObject({ state: 'needs_attention', attempts: 1 });
  await ok(a.runtime.handlers.abandonIntent({ id: intent.id }));
  expect(a.desk().intent(intent.id)?.state).toBe('abandoned');
  // A cycle after the abandon looks for it once (nothing at Paxos yet): what lands later is
  // found only through the transfers a later cycle reads.
  await a.desk().refreshNow();
  expect(a.desk().intent(intent.id)?.state).toBe('abandoned');
  return intent;
}

/** The request arrives at Paxos late, exactly as it was sent (ref_id and all). */
function landLate(a: ProxiedDesk, refId: string, amount: string) {
  return a.paxos.createFiatWithdrawal({
    ref_id: refId,
    profile_id: SEED_IDS.defaultProfile,
    fiat_account_id: SEED_IDS.operatingBankAccount,
    asset: 'USD',
    amount,
  });
}

async function alertsFor(a: ProxiedDesk, refId: string): Promise<number> {
  const page = await a.desk().auditPage({ limit: 1000 });
  return page.entries.filter((e) => e.action === 'intent.alert' && e.refId === refId).length;
}

describe('an abandoned wire out that lands at Paxos later', () => {
  it('raises one alert and is followed until Paxos says COMPLETED', async () => {
    const a = (app = await proxiedDesk());
    await a.desk().refreshNow();
    const intent = await abandonedWireOut(a, '40.00');
    const late = await landLate(a, intent.refId, '40.00');
    await a.desk().refreshNow();
    const woke = a.desk().intent(intent.id);
    expect(woke?.state).toBe('submitted');
    expect(woke?.result?.paxosId).toBe(late.transfer.id);
    expect(woke?.alert).toMatch(/Abandoned request .* found at Paxos/);
    // Followed, not taken as done: it completes when Paxos says so, and alerts only once.
    a.sim.control.settle();
    await a.desk().refreshNow();
    await a.desk().refreshNow();
    expect(a.desk().intent(intent.id)?.state).toBe('completed');
    expect(await alertsFor(a, intent.refId)).toBe(1);
  });

  it('already COMPLETED when first read: followed and closed in the same cycle', async () => {
    const a = (app = await proxiedDesk());
    await a.desk().refreshNow();
    const intent = await abandonedWireOut(a, '41.00');
    await landLate(a, intent.refId, '41.00');
    a.sim.control.settle();
    await a.desk().refreshNow();
    expect(a.desk().intent(intent.id)).toMatchObject({ state: 'completed' });
    expect(a.desk().intent(intent.id)?.alert).toMatch(/found at Paxos/);
    expect(await alertsFor(a, intent.refId)).toBe(1);
  });

  it('a transfer under its ref_id that is not what was asked is alerted, never followed', async () => {
    const a = (app = await proxiedDesk());
    await a.desk().refreshNow();
    const intent = await abandonedWireOut(a, '42.00');
    await landLate(a, intent.refId, '99.00');
    await a.desk().refreshNow();
    expect(a.desk().intent(intent.id)?.state).toBe('abandoned');
    expect(await alertsFor(a, intent.refId)).toBe(1);
    const page = await a.desk().auditPage({ limit: 1000 });
    const alert = page.entries.find((e) => e.action === 'intent.alert' && e.refId === intent.refId);
    expect(JSON.stringify(alert?.details)).toMatch(/amount 99\.00.*it is not followed/);
  });
});
