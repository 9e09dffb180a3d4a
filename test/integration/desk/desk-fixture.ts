// A runtime on the simulator whose sync engine never runs by itself (timers that never fire),
// so a test decides when each poll cycle happens and can count what it costs.
import { SEED_IDS } from '../../../main/simulator/seed';
import type { Timers } from '../../../main/desk/sync/sync-engine';
import { createTestRuntime, type TestRuntimeOptions } from '../../support/test-runtime';

export const manualTimers: Timers = { setTimeout: () => 0, clearTimeout: () => undefined };
export { SEED_IDS };

export async function manualDesk(options: TestRuntimeOptions = {}) {
  const test = await createTestRuntime({
    ...options,
    settings: { onboarded: true, ...options.settings },
    runtime: { timers: manualTimers, ...options.runtime },
  });
  const desk = () => test.runtime.environments.desk;
  return { ...test, desk, sim: await test.simulator() };
}

/** A redemption body as prepareRedemption builds it. */
export function redemptionBody(amount: string, asset = 'USDC') {
  return {
    source_asset: asset,
    destination_asset: 'USD',
    source_amount: amount,
    source: { profile: { profile_id: SEED_IDS.defaultProfile } },
    destination: { fiat: { bank_account_id: SEED_IDS.operatingBankAccount } },
  };
}
