// Issue 11, Deliver 3 and 4 through the runtime: a year-long Retry-After waits at most ten
// minutes and "retry now" sends at once; a storage error after a send never escapes a flush and
// leaves the intent where the next flush (or start) looks it up rather than sending it again.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_COOL_DOWN_MS } from '../../../main/paxos/cool-down';
import { SEED_IDS } from '../../../main/simulator';
import { proxiedDesk, type ProxiedDesk } from '../../support/proxied-desk';

let app: ProxiedDesk | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await app?.close();
  app = undefined;
});

const body = (amount: string) => ({
  source_asset: 'USDC',
  destination_asset: 'USD',
  source_amount: amount,
  source: { profile: { profile_id: SEED_IDS.defaultProfile } },
  destination: { fiat: { bank_account_id: SEED_IDS.operatingBankAccount } },
});

describe('bounded waits and retry now', () => {
  it('Retry-After of a year: the desk waits at most ten minutes, and "retry now" sends at once', async () => {
    const a = (app = await proxiedDesk());
    a.proxy.set({ status: { status: 429, retryAfter: '31536000', count: 1 } });
    await a.desk().refreshNow();
    const until = a.desk().coolDownUntil();
    expect(until).toBeTruthy();
    expect(until!.getTime() - Date.now()).toBeLessThanOrEqual(MAX_COOL_DOWN_MS + 1000);
    const intent = await a.desk().enqueue('create_orchestration', body('21'));
    await a.desk().flush();
    expect(a.desk().intent(intent.id)?.state).toBe('queued');
    expect(await a.runtime.handlers.retryNow(undefined)).toMatchObject({ ok: true });
    await a.drain();
    expect(a.desk().intent(intent.id)?.state).toBe('submitted');
  });
});

describe('background work never escapes', () => {
  it('a storage error after the send: the flush resolves, the error is logged, the next flush looks it up (no second create)', async () => {
    const logged: string[] = [];
    const a = (app = await proxiedDesk({ runtime: { log: (message) => logged.push(message) } }));
    await a.desk().refreshNow();
    const store = a.desk().partsForTests.intents;
    const real = store.update.bind(store);
    let failures = 1;
    vi.spyOn(store, 'update').mockImplementation((id, patch, options) => {
      if (patch.state === 'submitted' && failures > 0) {
        failures -= 1;
        return Promise.reject(Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' }));
      }
      return real(id, patch, options);
    });
    const first = await a.desk().enqueue('create_orchestration', body('22'));
    const second = await a.desk().enqueue('create_orchestration', body('23'));
    await expect(a.desk().flushInBackground()).resolves.toBeUndefined();
    expect(logged).toContain('background outbox work failed');
    expect(store.get(first.id)?.state).toBe('sending'); // what the disk holds: the next start reconciles it
    expect(store.get(second.id)?.state).toBe('submitted'); // one intent's failure did not stop the next
    const creates = a.proxy.requests['POST /v2/orchestration/orchestrations'];
    await a.drain();
    expect(store.get(first.id)?.state).toBe('submitted');
    expect(a.proxy.requests['POST /v2/orchestration/orchestrations']).toBe(creates);
    const held = (a.sim.control.snapshot().orchestrations as { ref_id?: string }[]).filter(
      (o) => o.ref_id === first.refId,
    );
    expect(held).toHaveLength(1);
  });
});
