// Issue 11, Deliver 4: a storage error during a send leaves the intent in a state the next start
// reconciles. The create reaches Paxos, then writing "submitted" fails (EIO): the flush resolves,
// the error is published for the banner, the disk still says "sending". The app is restarted on
// the same data folder (a new runtime, the stores and Desk opened again) against the same Paxos:
// the intent is looked up by its ref_id and follows the one orchestration; nothing is resent.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sqliteDiskError } from '../../../main/desk/store/db/storage-faults';
import { startSimulator, SEED_IDS, type RunningSimulator } from '../../../main/simulator';
import { startFaultProxy, type FaultProxy } from '../../support/fault-proxy';
import { manualTimers } from '../../support/proxied-desk';
import { createTestRuntime, type TestRuntime } from '../../support/test-runtime';

const body = (amount: string) => ({
  source_asset: 'USDC',
  destination_asset: 'USD',
  source_amount: amount,
  source: { profile: { profile_id: SEED_IDS.defaultProfile } },
  destination: { fiat: { bank_account_id: SEED_IDS.operatingBankAccount } },
});

let sim: RunningSimulator | undefined;
let proxy: FaultProxy | undefined;
let dataDir: string | undefined;
const apps: TestRuntime[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const app of apps.splice(0)) await app.runtime.dispose().catch(() => undefined);
  await proxy?.close();
  await sim?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function openApp(): Promise<TestRuntime> {
  const app = await createTestRuntime({
    dataDir: dataDir!,
    settings: { onboarded: true },
    runtime: {
      timers: manualTimers,
      startDemoSimulator: async () => ({
        ...sim!,
        url: proxy!.url,
        tokenUrl: proxy!.tokenUrl,
        close: async () => undefined,
      }),
      clientOptions: {
        timeoutMs: 10_000,
        backoff: { baseDelayMs: 1, maxDelayMs: 5, maxAttempts: 3, maxRetryAfterMs: 10 },
      },
    },
  });
  apps.push(app);
  return app;
}

const creates = () => proxy!.requests['POST /v2/orchestration/orchestrations'] ?? 0;
const atPaxos = (refId: string) =>
  (sim!.control.snapshot().orchestrations as { ref_id?: string; id: string }[]).filter(
    (o) => o.ref_id === refId,
  );

describe('a storage error during a send, then a restart', () => {
  it('the next start looks the intent up by ref_id and follows the one orchestration; nothing is sent twice', async () => {
    sim = await startSimulator({
      seed: 11,
      timing: { fiatApprovalMs: 3_600_000, orchestrationStepMs: 3_600_000 },
    });
    proxy = await startFaultProxy(sim);
    dataDir = await mkdtemp(join(tmpdir(), 'td-storage-restart-'));

    const first = await openApp();
    const desk = first.runtime.environments.desk;
    await desk.refreshNow();
    const store = desk.partsForTests.intents;
    const real = store.update.bind(store);
    vi.spyOn(store, 'update').mockImplementation((id, patch, options) =>
      patch.state === 'submitted'
        ? Promise.reject(sqliteDiskError('EIO'))
        : real(id, patch, options),
    );
    const intent = await desk.enqueue('create_orchestration', body('24'));
    await expect(desk.flushInBackground()).resolves.toBeUndefined();
    expect(atPaxos(intent.refId)).toHaveLength(1); // the create reached Paxos
    expect(store.get(intent.id)?.state).toBe('sending'); // the disk could not say so
    // The operator is told (published desk state → banner), with the request it concerns.
    await vi.waitFor(() =>
      expect(first.runtime.state.get().storage?.backgroundError).toMatchObject({
        message: 'disk I/O error',
        refId: intent.refId,
      }),
    );
    const sentBefore = creates();

    // Restart: the process ends (nothing more is written), a new runtime opens the same folder.
    await first.runtime.dispose();
    const second = await openApp();
    const again = second.runtime.environments.desk;
    expect(again.intent(intent.id)?.state).toMatch(/^(sending|reconciling)$/);
    await again.refreshNow(); // reaches Paxos, then flushes: the intent is reconciled first
    await vi.waitFor(async () => {
      await again.flush();
      expect(again.intent(intent.id)?.state).toBe('submitted');
    });
    const held = atPaxos(intent.refId);
    expect(held).toHaveLength(1);
    expect(again.intent(intent.id)?.result?.paxosId).toBe(held[0]?.id);
    expect(creates()).toBe(sentBefore); // looked up by ref_id, never sent again
    expect(again.intentsIn().filter((i) => i.refId === intent.refId)).toHaveLength(1);
    // A clean flush: nothing left to show.
    await again.refreshNow();
    await vi.waitFor(() =>
      expect(second.runtime.state.get().storage?.backgroundError ?? null).toBeNull(),
    );
  });

  it('the banner state clears once a later flush runs clean in the same run', async () => {
    sim = await startSimulator({
      seed: 12,
      timing: { fiatApprovalMs: 3_600_000, orchestrationStepMs: 3_600_000 },
    });
    proxy = await startFaultProxy(sim);
    dataDir = await mkdtemp(join(tmpdir(), 'td-storage-restart-'));
    const app = await openApp();
    const desk = app.runtime.environments.desk;
    await desk.refreshNow();
    const store = desk.partsForTests.intents;
    const real = store.update.bind(store);
    let failures = 1;
    vi.spyOn(store, 'update').mockImplementation((id, patch, options) => {
      if (patch.state === 'submitted' && failures > 0) {
        failures -= 1;
        return Promise.reject(sqliteDiskError('EIO'));
      }
      return real(id, patch, options);
    });
    const intent = await desk.enqueue('create_orchestration', body('25'));
    await desk.refreshNow(); // the flush after the sync fails on the write: caught, published
    await vi.waitFor(() =>
      expect(app.runtime.state.get().storage?.backgroundError?.refId).toBe(intent.refId),
    );
    await desk.refreshNow(); // this flush reconciles it by ref_id and runs clean
    expect(store.get(intent.id)?.state).toBe('submitted');
    expect(atPaxos(intent.refId)).toHaveLength(1);
    await vi.waitFor(() =>
      expect(app.runtime.state.get().storage?.backgroundError ?? null).toBeNull(),
    );
  });
});
