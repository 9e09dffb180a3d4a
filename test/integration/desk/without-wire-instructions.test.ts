// A Sandbox credential without the deposit-instruction scopes (and without the sandbox wire's):
// everything else keeps working (balances, bank accounts, redemptions' lists, incoming wires),
// Settings' capability list says "Receive wires" is off and which scopes are missing, and asking
// for wire instructions is refused with that reason before anything reaches Paxos.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../../main/simulator';
import { ALL_SIMULATOR_SCOPES } from '../../../main/simulator/options';
import { createTestRuntime, type TestRuntime } from '../../support/test-runtime';
import { SEED_IDS, manualTimers } from './desk-fixture';

const LACKING = [
  'transfer:read_fiat_deposit_instructions',
  'transfer:write_fiat_deposit_instructions',
  'transfer:write_sandbox_fiat_deposit',
];

describe('a credential without the deposit-instruction scopes', () => {
  let sim: RunningSimulator | undefined;
  let app: TestRuntime | undefined;
  afterAll(async () => {
    await app?.close();
    await sim?.close();
  });

  it('keeps every other capability and says what is missing', async () => {
    sim = await startSimulator({ seed: 25, strictScopes: true });
    const clientId = `ops-${randomUUID().slice(0, 8)}`;
    const clientSecret = `sk-${randomUUID()}`;
    sim.control.addCredential({
      clientId,
      clientSecret,
      scopes: ALL_SIMULATOR_SCOPES.filter((s) => !LACKING.includes(s)),
    });
    app = await createTestRuntime({
      settings: {
        onboarded: true,
        endpointOverrides: { sandbox: { apiUrl: sim.url, tokenUrl: sim.tokenUrl }, production: {} },
      },
      runtime: {
        allowLoopbackEndpoints: true,
        timers: manualTimers,
        clientOptions: { timeoutMs: 3000 },
      },
    });
    const { handlers } = app.runtime;
    expect(await handlers.switchEnvironment({ environment: 'sandbox' })).toMatchObject({
      ok: true,
    });
    const saved = await handlers.saveCredentials({
      environment: 'sandbox',
      clientId,
      clientSecret,
      storage: 'keychain',
    });
    expect(saved, JSON.stringify(saved)).toMatchObject({ ok: true });
    await app.runtime.environments.desk.refreshNow();
    await handlers.getState(undefined);

    const capabilities = app.runtime.state.get().credentials.capabilities ?? [];
    const off = capabilities.filter((c) => !c.on);
    expect(off.map((c) => c.name).sort()).toEqual(['receiveWires', 'sandboxWires']);
    const receive = off.find((c) => c.name === 'receiveWires');
    expect(receive?.reason).toContain('transfer:read_fiat_deposit_instructions');
    expect(receive?.reason).toContain('transfer:write_fiat_deposit_instructions');
    expect(capabilities.filter((c) => c.on).map((c) => c.name)).toEqual([
      'redeem',
      'rules',
      'bankAccounts',
      'activity',
      'wireOut',
    ]);
    // The rest of the desk is read as before.
    const state = app.runtime.state.get();
    expect(state.connection.status).toBe('online');
    expect(state.profiles.items.map((p) => p.id)).toContain(SEED_IDS.operatingProfile);
    expect(state.fiatAccounts.items.map((a) => a.id)).toContain(SEED_IDS.operatingBankAccount);
    expect(state.incomingWires?.asOf).not.toBeNull();

    sim.control.resetCounts();
    const refused = await handlers.getWireInstructions({
      profileId: SEED_IDS.operatingProfile,
      routingType: 'ABA',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(JSON.stringify(refused)).toContain('transfer:write_fiat_deposit_instructions');
    expect(Object.keys(sim.control.counts()).filter((k) => k.includes('deposit'))).toEqual([]);
  }, 60_000);
});
