// A wire out whose answer was lost, found by ref_id only after Paxos had already ended it: the
// sync follows wires out by update time from just before the newest incoming wire it stored, so
// once a later wire has come in it never reads that transfer again. Found COMPLETED, it is
// settled when it is found (as an orchestration found ended is), not left `submitted` forever
// (counted against today's limit, shown as not done).
import { afterEach, describe, expect, it } from 'vitest';
import type { IntentPayloads } from '../../../main/desk';
import { SEED_IDS, manualDesk } from './desk-fixture';

type App = Awaited<ReturnType<typeof manualDesk>>;
let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const body = (amount: string): IntentPayloads['create_fiat_withdrawal'] => ({
  profile_id: SEED_IDS.operatingProfile,
  fiat_account_id: SEED_IDS.operatingBankAccount,
  asset: 'USD',
  amount,
});
const match = { method: 'POST', path: '/fiat-withdrawals' };

describe('a wire out found by ref_id after it ended', () => {
  it('COMPLETED when found: completed then, even when the sync has moved past it', async () => {
    app = await manualDesk();
    const desk = app.desk();
    const sim = app.sim;
    await desk.refreshNow();
    const other = await desk.enqueue('create_fiat_withdrawal', body('100.00'));
    await desk.flush();
    sim.control.setFaults({ drop: { count: 3, when: 'after', match } });
    const ours = await desk.enqueue('create_fiat_withdrawal', body('200.00'));
    await desk.flush();
    expect(desk.intent(ours.id)?.state).toBe('reconciling');
    sim.control.clearFaults();
    // Both wires complete; ten minutes later the other one comes back (a later incoming wire).
    sim.control.settle();
    sim.control.tick(10 * 60_000);
    const otherId = String(
      sim.control.snapshot().transfers.find((t) => t.ref_id === other.refId)?.id,
    );
    sim.control.returnOutgoingWire(otherId);
    await desk.sync('full');
    await desk.flush();
    expect(desk.intent(ours.id)?.state).not.toBe('reconciling');
    await desk.sync('full');
    await desk.sync('full');
    expect(desk.intent(ours.id)?.state).toBe('completed');
    expect(sim.control.snapshot().transfers.filter((t) => t.ref_id === ours.refId)).toHaveLength(1);
  });
});
