// Wire outs under a seeded stream of faults (answers lost after Paxos acted, requests lost
// before, 5xx after the change, List Transfers ignoring its ref_ids filter): once the faults
// stop and the desk has looked everything up, every ref_id is at Paxos at most once (0
// duplicates), and no request is shown as done without a COMPLETED transfer under its ref_id.
// The simulator answers 409 to a known ref_id, so "0 duplicates" also rests on it; the POST count
// of wire-out.test.ts is what proves no blind resend.
import { afterEach, describe, expect, it } from 'vitest';
import type { IntentPayloads } from '../../../main/desk';
import { SEED_IDS, manualDesk } from './desk-fixture';

type App = Awaited<ReturnType<typeof manualDesk>>;
let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** A small seeded generator (mulberry32), so a failure can be replayed by its seed. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const match = { method: 'POST', path: '/fiat-withdrawals' };

describe('wire outs under faults', () => {
  it.each([3301, 4402])(
    'seed %i: 0 duplicates, nothing done before Paxos says so',
    async (seed) => {
      const random = seeded(seed);
      app = await manualDesk();
      await app.desk().refreshNow();
      const faultsSeen: Record<string, number> = {};
      for (let round = 0; round < 12; round += 1) {
        const fault = ['drop-after', 'drop-before', 'error-after', 'ignore-filter', 'none'][
          Math.floor(random() * 5)
        ] as string;
        faultsSeen[fault] = (faultsSeen[fault] ?? 0) + 1;
        if (fault === 'drop-after')
          app.sim.control.setFaults({ drop: { count: 2, when: 'after', match } });
        if (fault === 'drop-before')
          app.sim.control.setFaults({ drop: { count: 2, when: 'before', match } });
        if (fault === 'error-after')
          app.sim.control.setFaults({ error: { count: 2, status: 503, when: 'after', match } });
        app.sim.control.ignoreTransferRefIds(fault === 'ignore-filter' || random() < 0.3);
        const cents = String(100 + Math.floor(random() * 90000));
        const figure = `${cents.slice(0, -2)}.${cents.slice(-2)}`;
        const body: IntentPayloads['create_fiat_withdrawal'] = {
          profile_id: SEED_IDS.defaultProfile,
          fiat_account_id: SEED_IDS.operatingBankAccount,
          asset: 'USD',
          ...(random() < 0.5 ? { amount: figure } : { total: figure }),
        };
        await app.desk().enqueue('create_fiat_withdrawal', body);
        await app
          .desk()
          .flush()
          .catch(() => undefined);
        app.sim.control.clearFaults();
        if (random() < 0.5) app.sim.control.tick(60_000);
        await app
          .desk()
          .refreshNow()
          .catch(() => undefined);
      }
      app.sim.control.clearFaults();
      app.sim.control.ignoreTransferRefIds(false);
      for (let i = 0; i < 4; i += 1) {
        await app.desk().refreshNow();
        await app.desk().flush();
        app.sim.control.settle();
      }
      await app.desk().sync('full');
      const transfers = app.sim.control.snapshot().transfers;
      const wireOuts = app
        .desk()
        .intentsIn()
        .filter((i) => i.kind === 'create_fiat_withdrawal');
      expect(wireOuts).toHaveLength(12);
      for (const intent of wireOuts) {
        const atPaxos = transfers.filter((t) => t.ref_id === intent.refId);
        expect(atPaxos.length, `${intent.refId} at Paxos`).toBeLessThanOrEqual(1);
        if (intent.state === 'completed') expect(atPaxos[0]?.status).toBe('COMPLETED');
        expect(['completed', 'failed', 'needs_attention']).toContain(intent.state);
      }
      // The stream did what it claims: faults of several kinds, and most wires went out.
      expect(Object.keys(faultsSeen).length).toBeGreaterThanOrEqual(3);
      expect(wireOuts.filter((i) => i.state === 'completed').length).toBeGreaterThan(6);
    },
  );
});
