// Money in on the desk, over the simulator: wire instructions made once per profile and routing
// type and reused; a lost answer found again by listing, never a second set of instructions;
// DEPRECATED ones never offered; incoming wires read once a cycle, matched to expected wires by
// memo and amount, announced once per status; an unmatched one shown and announced as such.
import { afterEach, describe, expect, it } from 'vitest';
import { WireInstructionsViewSchema, type IncomingWiresSlice } from '../../../shared/money-in';
import { SEED_IDS, manualDesk } from './desk-fixture';

type App = Awaited<ReturnType<typeof manualDesk>>;
let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const profileId = SEED_IDS.operatingProfile;
async function instructions(a: App, routingType: 'ABA' | 'SWIFT' = 'ABA') {
  const answer = await a.runtime.handlers.getWireInstructions({ profileId, routingType });
  if (!answer.ok) throw new Error(answer.error.message);
  return WireInstructionsViewSchema.parse(answer.value);
}
const slice = (a: App): IncomingWiresSlice =>
  a.runtime.state.get().incomingWires ?? { wires: [], expected: [], asOf: null };
const posts = (a: App) =>
  a.sim.control.counts()['POST /v2/transfer/fiat-deposit-instructions'] ?? 0;

describe('money in', () => {
  it('makes instructions once per profile and type, reuses them, and hides DEPRECATED ones', async () => {
    app = await manualDesk();
    await app.desk().refreshNow();
    const first = await instructions(app);
    expect(first).toMatchObject({
      profileId,
      routingType: 'ABA',
      status: 'VALID',
      fromCache: false,
    });
    expect(first.memoId).toMatch(/^[A-Z0-9]{16}$/);
    expect((await instructions(app)).id).toBe(first.id);
    const swift = await instructions(app, 'SWIFT');
    expect(swift.id).not.toBe(first.id);
    expect(posts(app)).toBe(2);
    app.sim.control.deprecateDepositInstructions(first.id);
    const fresh = await instructions(app);
    expect(fresh.id).not.toBe(first.id);
    expect(fresh.status).toBe('VALID');
    expect(posts(app)).toBe(3);
  });

  it('a lost answer is found by listing under the ref_id written before: one set at Paxos', async () => {
    app = await manualDesk();
    await app.desk().refreshNow();
    app.sim.control.setFaults({
      drop: {
        count: 1,
        when: 'after',
        match: { method: 'POST', path: '/fiat-deposit-instructions' },
      },
    });
    const lost = await app.runtime.handlers.getWireInstructions({ profileId, routingType: 'ABA' });
    expect(lost.ok).toBe(false);
    expect(posts(app)).toBe(1);
    const found = await instructions(app);
    // Found by its ref_id in the list: not posted again.
    expect(posts(app)).toBe(1);
    expect(found.status).toBe('VALID');
    const audit = await app.desk().auditPage({ limit: 20 });
    const requested = audit.entries.filter((e) => e.action === 'wire_instructions.request');
    // One request, under one ref_id: the second look found it by listing.
    expect(requested.map((e) => e.outcome)).toEqual(['requested']);
    expect(requested[0]?.refId).toMatch(/^td-/);
  });

  it('an incoming wire is matched by memo and amount, announced once per status; an unmatched one is shown as such', async () => {
    app = await manualDesk();
    await app.desk().refreshNow();
    const { memoId } = await instructions(app);
    const today = app.sim.control.now().toISOString().slice(0, 10);
    const noted = await app.runtime.handlers.noteExpectedWire({
      profileId,
      routingType: 'ABA',
      amount: '250000.00',
      expectedOn: today,
      note: 'Q4 funding',
    });
    expect(noted).toMatchObject({ ok: true, value: { memoId } });
    for (const amount of ['250000.00', '1234.56'])
      expect(
        await app.runtime.handlers.simulateIncomingWire({ profileId, routingType: 'ABA', amount }),
      ).toMatchObject({ ok: true });
    await app.desk().sync('full');
    await app.desk().sync('full');
    await app.runtime.handlers.getState(undefined);
    const wires = slice(app).wires;
    expect(wires.map((w) => [w.amount, w.status, w.expectedNote ?? 'unmatched']).sort()).toEqual([
      ['1234.56', 'PENDING', 'unmatched'],
      ['250000.00', 'PENDING', 'Q4 funding'],
    ]);
    expect(slice(app).expected).toMatchObject([{ note: 'Q4 funding', wireStatus: 'PENDING' }]);
    const titles = () => app!.notifier.shown.map((n) => n.title).sort();
    expect(titles()).toEqual([
      'Incoming wire: 250,000.00 USD arriving',
      'Unmatched incoming wire: 1,234.56 USD arriving',
    ]);
    app.sim.control.settle();
    await app.desk().sync('full');
    await app.desk().sync('full');
    expect(titles()).toEqual([
      'Incoming wire credited: 249,990.00 USD',
      'Incoming wire: 250,000.00 USD arriving',
      'Unmatched incoming wire credited: 1,224.56 USD',
      'Unmatched incoming wire: 1,234.56 USD arriving',
    ]);
    const matched = slice(app).wires.find((w) => w.expectedNote === 'Q4 funding');
    expect(matched).toMatchObject({ status: 'COMPLETED', fee: '10.00', received: '249990' });
    // A matched expected wire is history: it cannot be removed.
    const removal = await app.runtime.handlers.removeExpectedWire({
      id: slice(app).expected[0]?.id ?? '',
    });
    expect(removal).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('reads incoming wires with one request a cycle, whatever their number', async () => {
    app = await manualDesk();
    await app.desk().refreshNow();
    await instructions(app);
    for (let i = 0; i < 30; i += 1)
      await app.runtime.handlers.simulateIncomingWire({
        profileId,
        routingType: 'ABA',
        amount: `${100 + i}.00`,
      });
    await app.desk().sync('full');
    app.sim.control.resetCounts();
    await app.desk().sync('full');
    expect(app.sim.control.counts()['GET /v2/transfer/transfers']).toBe(1);
    expect(slice(app).wires).toHaveLength(30);
  });
});
