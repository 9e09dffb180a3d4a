// Request signing through the bridge, over the simulator standing in for Paxos Sandbox: a
// credential Paxos demands signing of, without a key, holds a wire out in words (sent once);
// the operator makes a key (its public half shown, the private key never in the state), turns
// signing on with the Dashboard's key ID (main asks; declined, nothing changes), and the next
// wire out goes through signed; turning signing off (main asks) deletes the key, and Paxos
// refuses again.
import { afterAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../../main/simulator';
import { ALL_SIMULATOR_SCOPES } from '../../../main/simulator/options';
import { CredentialsVault } from '../../../main/vault/credentials-vault';
import { MemorySecretStore } from '../../../main/vault/memory-secret-store';
import { createTestRuntime, type TestRuntime } from '../../support/test-runtime';
import { SEED_IDS } from './desk-fixture';

const clientId = 'ops-signing-4411';
const clientSecret = 'signing-flow-secret-value';
const POST = 'POST /v2/transfer/fiat-withdrawals';

describe('request signing, from Settings to a signed wire out', () => {
  let sim: RunningSimulator;
  let app: TestRuntime;
  afterAll(async () => {
    await app?.close();
    await sim?.close();
  });

  it('refuses without a key, signs once turned on (confirmed in main), refuses again once off', async () => {
    sim = await startSimulator({
      seed: 5,
      timing: { fiatApprovalMs: 100, orchestrationStepMs: 50 },
    });
    sim.control.addCredential({ clientId, clientSecret, scopes: ALL_SIMULATOR_SCOPES });
    const keychain = new MemorySecretStore('keychain');
    const vault = new CredentialsVault({ keychain, probe: async () => undefined });
    const signatures: (string | null)[] = [];
    app = await createTestRuntime({
      settings: {
        onboarded: true,
        endpointOverrides: { sandbox: { apiUrl: sim.url, tokenUrl: sim.tokenUrl }, production: {} },
      },
      runtime: {
        vault,
        allowLoopbackEndpoints: true,
        clientOptions: {
          timeoutMs: 3000,
          fetch: (input, init) => {
            if (!input.includes('/oauth2/'))
              signatures.push(new Headers(init.headers).get('paxos-signature'));
            return fetch(input, init);
          },
        },
      },
    });
    const { handlers } = app.runtime;
    const call = (name: keyof typeof handlers, input?: unknown) =>
      handlers[name](input) as Promise<{
        ok: boolean;
        value?: Record<string, unknown>;
        error?: { code: string; message: string };
      }>;
    const desk = () => app.runtime.environments.desk;
    const wireOut = async (amount: string) => {
      const intent = await desk().enqueue('create_fiat_withdrawal', {
        profile_id: SEED_IDS.operatingProfile,
        fiat_account_id: SEED_IDS.operatingBankAccount,
        asset: 'USD',
        amount,
      });
      await desk().flush();
      return desk().intent(intent.id);
    };
    const signing = () => app.runtime.state.get().credentials.signing;

    expect((await call('switchEnvironment', { environment: 'sandbox' })).ok).toBe(true);
    const saved = await call('saveCredentials', {
      environment: 'sandbox',
      clientId,
      clientSecret,
      storage: 'keychain',
    });
    expect(saved.ok).toBe(true);
    await call('refreshNow');
    expect(signing()).toEqual({ state: 'off' });

    // Paxos Support turns signing on for the credential; the desk has no key: held, sent once.
    sim.control.requireSignedRequests(true, clientId);
    const held = await wireOut('30.00');
    expect(held?.state).toBe('needs_attention');
    expect(held?.attentionReason).toBe('signature_required');
    expect(held?.lastError?.message).toMatch(/requires signed requests/);
    expect(sim.control.counts()[POST]).toBe(1);

    // A key: made in main, its public half shown, its private half only in the keychain item.
    const made = await call('createSigningKey', { environment: 'sandbox', algorithm: 'EdDSA' });
    expect(made.ok).toBe(true);
    expect(signing()).toMatchObject({ state: 'key_ready', algorithm: 'EdDSA' });
    const item = JSON.parse((await keychain.get('paxos:sandbox')) ?? '{}') as {
      signing: { privateKeyPem: string; publicKeyPem: string };
    };
    expect(signing()?.publicKeyPem).toBe(item.signing.publicKeyPem);
    const privateBody = item.signing.privateKeyPem.split('\n')[1] ?? '';
    expect(privateBody.length).toBeGreaterThan(20);
    const seen = JSON.stringify([made, app.runtime.state.get()]);
    expect(seen.includes(privateBody)).toBe(false);
    expect(seen.includes('PRIVATE KEY')).toBe(false);

    // The operator registers the public key in the Dashboard, which names it by a key ID.
    const keyId = '5498f424-78aa-414b-a515-13929e6951db';
    sim.control.registerSigningKey(clientId, { keyId, publicKeyPem: item.signing.publicKeyPem });

    // Main asks before signing goes on; declined, nothing changes and the refusal is audited.
    app.confirmer.answerWith('decline');
    const declined = await call('turnOnRequestSigning', { environment: 'sandbox', keyId });
    expect(declined.error?.code).toBe('declined');
    expect(signing()?.state).toBe('key_ready');
    const asked = app.confirmer.requests.at(-1);
    expect(asked).toMatchObject({ action: 'signing.on', confirmLabel: 'Turn signing on' });
    expect(asked?.facts).toContainEqual(['Key ID', keyId]);
    expect(asked?.facts).toContainEqual(['Public key fingerprint', signing()?.fingerprint]);
    expect(asked?.facts).toContainEqual(['Client ID', 'ending 4411']);

    app.confirmer.answerWith('accept');
    expect((await call('turnOnRequestSigning', { environment: 'sandbox', keyId })).ok).toBe(true);
    expect(signing()).toMatchObject({ state: 'on', keyId });
    signatures.length = 0;
    const sent = await wireOut('40.00');
    expect(sent?.state).toBe('submitted');
    expect(sim.control.counts()[POST]).toBe(2);
    expect(signatures.length).toBeGreaterThan(0);
    expect(signatures.every((s) => typeof s === 'string' && s.split('.').length === 3)).toBe(true);
    const page = await desk().auditPage({ limit: 200 });
    expect(page.entries.find((e) => e.action === 'signing.on')).toMatchObject({
      outcome: 'succeeded',
      details: { keyId, algorithm: 'EdDSA', fingerprint: signing()?.fingerprint },
    });

    // Off (asked first): declined, signing stays on; accepted, the key is deleted and Paxos,
    // still demanding signing, refuses.
    app.confirmer.answerWith('decline');
    const kept = await call('turnOffRequestSigning', { environment: 'sandbox' });
    expect(kept.error?.code).toBe('declined');
    expect(signing()).toMatchObject({ state: 'on', keyId });
    expect(await keychain.get('paxos:sandbox')).toContain('PRIVATE KEY');
    app.confirmer.answerWith('accept');
    expect((await call('turnOffRequestSigning', { environment: 'sandbox' })).ok).toBe(true);
    expect(app.confirmer.requests.at(-1)).toMatchObject({ action: 'signing.off' });
    expect(signing()).toEqual({ state: 'off' });
    expect(await keychain.get('paxos:sandbox')).not.toContain('PRIVATE KEY');
    const refused = await wireOut('50.00');
    expect(refused?.attentionReason).toBe('signature_required');
    expect(sim.control.counts()[POST]).toBe(3);
  }, 60_000);
});
