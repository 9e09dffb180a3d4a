// Issue 22 (deliverable 6): where Paxos cannot say which scopes a credential holds, the operator
// chooses the capabilities in Settings, and the desk asks only for their scopes: after turning
// rules off, the next token request names no rule scope, and turning it on asks for it again.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../../main/simulator';
import { ALL_SIMULATOR_SCOPES } from '../../../main/simulator/options';
import { createTestRuntime, type TestRuntime } from '../../support/test-runtime';
import { manualTimers } from './desk-fixture';

describe("the operator's choice of capabilities", () => {
  let sim: RunningSimulator | undefined;
  let app: TestRuntime | undefined;
  afterAll(async () => {
    await app?.close();
    await sim?.close();
  });

  it('decides which scopes the next token request names', async () => {
    sim = await startSimulator({ seed: 13 });
    const clientId = `ops-${randomUUID().slice(0, 8)}`;
    const clientSecret = `sk-${randomUUID()}`;
    sim.control.addCredential({ clientId, clientSecret, scopes: ALL_SIMULATOR_SCOPES });
    const requested: string[][] = [];
    const recordingFetch: typeof fetch = async (input, init) => {
      if (String(input).includes('/oauth2/token') && init?.body)
        requested.push((new URLSearchParams(String(init.body)).get('scope') ?? '').split(' '));
      return fetch(input, init);
    };
    app = await createTestRuntime({
      settings: {
        onboarded: true,
        endpointOverrides: { sandbox: { apiUrl: sim.url, tokenUrl: sim.tokenUrl }, production: {} },
      },
      runtime: {
        allowLoopbackEndpoints: true,
        timers: manualTimers,
        clientOptions: { fetch: recordingFetch, timeoutMs: 3000 },
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

    const turnedOff = await handlers.updateSettings({
      capabilities: ['redeem', 'bankAccounts', 'activity'],
    });
    expect(turnedOff, JSON.stringify(turnedOff)).toMatchObject({ ok: true });
    requested.length = 0;
    await app.runtime.environments.desk.refreshNow();
    const withoutRules = requested.at(-1) ?? [];
    expect(withoutRules).toContain('orchestration:write_orchestration');
    expect(withoutRules.some((s) => s.endsWith('_orchestration_rule'))).toBe(false);

    await handlers.updateSettings({
      capabilities: ['redeem', 'rules', 'bankAccounts', 'activity'],
    });
    requested.length = 0;
    await app.runtime.environments.desk.refreshNow();
    expect(requested.at(-1)).toContain('orchestration:write_orchestration_rule');
  }, 60_000);
});
