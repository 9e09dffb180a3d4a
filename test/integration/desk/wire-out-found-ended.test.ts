// A wire out whose answer was lost and whose transfer ended before the desk's lookup found it:
// the money-in sync reads a transfer only while it is newer than what it read last (its window
// starts a few minutes before the newest incoming wire), so a transfer that completed before
// the lookup and changes no more may never be read again. Found ended, it is closed at once
// (settle.ts), as an orchestration found ended is; before, it stayed `submitted` for good.
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

describe('a wire out found by its lookup after Paxos ended it', () => {
  it.each([
    ['COMPLETED', 'completed'],
    ['FAILED', 'failed'],
  ])('%s before the lookup: closed %s at once, not left submitted', async (status, state) => {
    app = await manualDesk();
    await app.desk().refreshNow();
    // An earlier wire out, completed: returned later, it is the incoming wire that moves the
    // money-in sync's window past the lost one.
    const earlier = await app.desk().enqueue('create_fiat_withdrawal', body('5.00'));
    await app.desk().flush();
    app.sim.control.settle();
    await app.desk().sync('full');
    expect(app.desk().intent(earlier.id)?.state).toBe('completed');

    app.sim.control.setFaults({ drop: { count: 1, when: 'after', match } });
    if (status === 'FAILED') app.sim.control.failNextOutgoingWires(1);
    const lost = await app.desk().enqueue('create_fiat_withdrawal', body('60.00'));
    await app
      .desk()
      .flush()
      .catch(() => undefined);
    expect(app.desk().intent(lost.id)?.state).toBe('reconciling');
    app.sim.control.clearFaults();
    app.sim.control.settle();
    const [transfer] = app.sim.control.snapshot().transfers.filter((t) => t.ref_id === lost.refId);
    expect(transfer?.status).toBe(status);
    app.sim.control.tick(30 * 60_000);
    const paxosEarlier = app.sim.control
      .snapshot()
      .transfers.find((t) => t.ref_id === earlier.refId);
    app.sim.control.returnOutgoingWire(String(paxosEarlier?.id));
    // One cycle reads the returned wire, then the lookup finds the transfer ended: it is closed
    // in that same refresh, not left for a later read of the transfers to close (a second guard,
    // the money-in read never starting after the oldest wire out followed, would close it one
    // cycle later: asserting after one refresh keeps this guard's own test able to fail).
    await app.desk().refreshNow();
    const closed = app.desk().intent(lost.id);
    expect(closed?.result?.paxosId).toBe(transfer?.id);
    expect(closed?.state).toBe(state);
  });
});
