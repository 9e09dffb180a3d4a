// A desk (the real runtime and bridge handler table) talking to the simulator through the fault
// proxy, with a sync engine that runs only when the test says so. Issue 11's tests use it.
import { createPaxosClient } from '../../main/paxos';
import { startSimulator, type RunningSimulator, type SimulatorOptions } from '../../main/simulator';
import type { Desk } from '../../main/desk/desk';
import type { Timers } from '../../main/desk/sync/sync-engine';
import { startFaultProxy, type FaultProxy } from './fault-proxy';
import { createTestRuntime, type TestRuntimeOptions } from './test-runtime';

export const manualTimers: Timers = { setTimeout: () => 0, clearTimeout: () => undefined };

export interface ProxiedDesk extends Awaited<ReturnType<typeof createTestRuntime>> {
  sim: RunningSimulator;
  proxy: FaultProxy;
  /** A client that talks to the simulator directly (what Paxos "really" holds). */
  paxos: ReturnType<typeof createPaxosClient>;
  desk(): Desk;
  /** Flushes until nothing is queued or reconciling that could move (bounded). */
  drain(rounds?: number): Promise<void>;
}

export async function proxiedDesk(
  options: {
    seed?: number;
    simulator?: SimulatorOptions;
    runtime?: TestRuntimeOptions['runtime'];
    dataDir?: string;
    random?: () => number;
  } = {},
): Promise<ProxiedDesk> {
  const sim = await startSimulator({
    seed: options.seed ?? 11,
    timing: { fiatApprovalMs: 3_600_000, orchestrationStepMs: 3_600_000 },
    ...options.simulator,
  });
  const proxy = await startFaultProxy(sim, options.random);
  const test = await createTestRuntime({
    settings: { onboarded: true },
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    runtime: {
      timers: manualTimers,
      startDemoSimulator: async () => ({
        ...sim,
        url: proxy.url,
        tokenUrl: proxy.tokenUrl,
        close: async () => undefined,
      }),
      clientOptions: {
        timeoutMs: 5000,
        backoff: { baseDelayMs: 1, maxDelayMs: 5, maxAttempts: 3, maxRetryAfterMs: 10 },
      },
      ...options.runtime,
    },
  });
  const paxos = createPaxosClient({
    environment: 'demo',
    endpoints: { apiUrl: sim.url, tokenUrl: sim.tokenUrl },
    env: {},
    getCredentials: async () => sim.credentials,
    tokenMinIntervalMs: 0,
  });
  const desk = () => test.runtime.environments.desk;
  return {
    ...test,
    sim,
    proxy,
    paxos,
    desk,
    async drain(rounds = 6) {
      for (let i = 0; i < rounds; i += 1) {
        await desk().flush();
        if (desk().intentsIn(['queued', 'reconciling', 'sending']).length === 0) return;
      }
    },
    async close() {
      await test.close();
      await proxy.close();
      await sim.close();
    },
  };
}
