// A wire out followed to its end keeps what Paxos stated (to the bank, the fee, debited) and
// shows it; when the bank sends it back (the simulator's returned wire: a later WIRE_DEPOSIT from
// the same bank account), the incoming wire and its notice say "Possible return of wire out …"
// naming it. A deposit that is not from that account is not called a return.
import { afterEach, describe, expect, it } from 'vitest';
import type { IncomingWiresSlice } from '../../../shared/money-in';
import { SEED_IDS, manualDesk } from './desk-fixture';

type App = Awaited<ReturnType<typeof manualDesk>>;
let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const slice = (a: App): IncomingWiresSlice =>
  a.runtime.state.get().incomingWires ?? { wires: [], expected: [], asOf: null };

async function completedWireOut(a: App, total: string) {
  await a.desk().refreshNow();
  const intent = await a.desk().enqueue('create_fiat_withdrawal', {
    profile_id: SEED_IDS.operatingProfile,
    fiat_account_id: SEED_IDS.operatingBankAccount,
    asset: 'USD',
    total,
  });
  await a.desk().flush();
  a.sim.control.settle();
  await a.desk().sync('full');
  return a.desk().intent(intent.id);
}

describe('a wire out that comes back', () => {
  it('keeps the fee Paxos stated, then flags the later credit from the same bank as a possible return', async () => {
    app = await manualDesk();
    const done = await completedWireOut(app, '1025.00');
    expect(done?.state).toBe('completed');
    expect(done?.result?.settled).toEqual({ amount: '1000', fee: '25.00', total: '1025.00' });
    await app.runtime.handlers.getState(undefined);
    const shown = app.runtime.state.get().outbox.items.find((i) => i.id === done?.id);
    expect(shown?.outcome).toBe(
      'Paxos: 1,000.00 USD to the bank, fee 25.00 USD, 1,025.00 USD debited from the profile.',
    );

    const paxosId = done?.result?.paxosId ?? '';
    const back = app.sim.control.returnOutgoingWire(paxosId);
    await app.desk().sync('full');
    await app.runtime.handlers.getState(undefined);
    const wire = slice(app).wires.find((w) => w.id === back.id);
    expect(wire?.possibleReturn).toMatch(
      new RegExp(
        `^Possible return of wire out ${done?.refId} \\(1,000\\.00 USD, \\d{4}-\\d{2}-\\d{2}\\)$`,
      ),
    );
    const notice = app.notifier.shown.find((n) => n.title.includes('credited'));
    expect(notice?.title).toMatch(/^Possible return of wire out /);
    expect(notice?.body).toContain(String(done?.refId));
  });

  it('an incoming wire not from the wire out’s bank account is not called a return', async () => {
    app = await manualDesk();
    await completedWireOut(app, '1025.00');
    const answer = await app.runtime.handlers.getWireInstructions({
      profileId: SEED_IDS.operatingProfile,
      routingType: 'ABA',
    });
    expect(answer.ok).toBe(true);
    await app.runtime.handlers.simulateIncomingWire({
      profileId: SEED_IDS.operatingProfile,
      routingType: 'ABA',
      amount: '500.00',
    });
    app.sim.control.settle();
    await app.desk().sync('full');
    await app.runtime.handlers.getState(undefined);
    const wires = slice(app).wires;
    expect(wires.map((w) => w.amount)).toContain('500.00');
    expect(wires.filter((w) => w.possibleReturn)).toEqual([]);
    expect(app.notifier.shown.filter((n) => n.title.startsWith('Possible return'))).toEqual([]);
  });
});
