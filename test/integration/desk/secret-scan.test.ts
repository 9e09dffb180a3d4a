// A full Sandbox flow through the bridge (credentials saved, bank account added, redemption
// and rule created, activity exported, audit read), with request signing on (Paxos demanding
// it), then every file the app wrote, every bridge result and every log line is searched for
// the client secret, the access tokens and the private signing key.
import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ALL_SIMULATOR_SCOPES } from '../../../main/simulator/options';
import { startSimulator, type RunningSimulator } from '../../../main/simulator';
import { CredentialsVault } from '../../../main/vault/credentials-vault';
import { MemorySecretStore } from '../../../main/vault/memory-secret-store';
import { createTestRuntime, type TestRuntime } from '../../support/test-runtime';
import { usWireAccount } from '../../support/wire-account';
import { SEED_IDS } from './desk-fixture';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

const bankAccount = usWireAccount('Example Corp', '74600021314512');

describe('secrets never leave main and the keychain', () => {
  let sim: RunningSimulator;
  let app: TestRuntime;
  afterAll(async () => {
    await app?.close();
    await sim?.close();
  });

  it('finds neither the client secret, any access token nor the private signing key in files, bridge results or logs', async () => {
    const secret = `sk-${randomUUID()}-${randomUUID()}`;
    const clientId = `ops-${randomUUID().slice(0, 8)}`;
    sim = await startSimulator({
      seed: 11,
      timing: { fiatApprovalMs: 200, orchestrationStepMs: 100 },
    });
    sim.control.addCredential({ clientId, clientSecret: secret, scopes: ALL_SIMULATOR_SCOPES });
    const tokens = new Set<string>();
    const logs: string[] = [];
    const recordingFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (String(input).includes('/oauth2/token') && response.ok) {
        const body = (await response.clone().json()) as { access_token?: string };
        if (body.access_token) tokens.add(body.access_token);
      }
      return response;
    };
    const keychain = new MemorySecretStore('keychain');
    app = await createTestRuntime({
      settings: {
        onboarded: true,
        endpointOverrides: { sandbox: { apiUrl: sim.url, tokenUrl: sim.tokenUrl }, production: {} },
      },
      runtime: {
        // The simulator on loopback stands in for Paxos Sandbox: a test-only allowance.
        allowLoopbackEndpoints: true,
        vault: new CredentialsVault({ keychain, probe: async () => undefined }),
        clientOptions: { fetch: recordingFetch, timeoutMs: 3000 },
        log: (message, error) =>
          logs.push(
            `${message} ${error instanceof Error ? `${error.message} ${error.stack}` : String(error)}`,
          ),
      },
    });
    const { handlers } = app.runtime;
    const results: unknown[] = [];
    const call = async (name: keyof typeof handlers, input?: unknown) => {
      const result = await handlers[name](input);
      results.push(result);
      return result as { ok: boolean; value?: Record<string, unknown>; error?: unknown };
    };

    expect(await call('switchEnvironment', { environment: 'sandbox' })).toMatchObject({ ok: true });
    expect(
      await call('testCredentials', { environment: 'sandbox', clientId, clientSecret: secret }),
    ).toMatchObject({ ok: true, value: { missingScopes: [] } });
    expect(
      await call('saveCredentials', {
        environment: 'sandbox',
        clientId,
        clientSecret: secret,
        storage: 'keychain',
      }),
    ).toMatchObject({
      ok: true,
      value: { configured: true, clientIdHint: clientId.slice(-4) },
    });
    // Request signing on: the private key is made in main and kept in the keychain item only.
    expect(
      await call('createSigningKey', { environment: 'sandbox', algorithm: 'ES256' }),
    ).toMatchObject({ ok: true, value: { signing: { state: 'key_ready' } } });
    const item = JSON.parse((await keychain.get('paxos:sandbox')) ?? '{}') as {
      signing: { privateKeyPem: string; publicKeyPem: string };
    };
    const privateKey = item.signing.privateKeyPem;
    // The PEM's base64 body (one line per 64 characters), and the raw key bytes as hex.
    const privateLines = privateKey.split('\n').filter((l) => l && !l.startsWith('-----'));
    expect(privateLines.length).toBeGreaterThan(0);
    const privateHex = Buffer.from(privateLines.join(''), 'base64').toString('hex');
    sim.control.registerSigningKey(clientId, {
      keyId: 'kid-scan',
      publicKeyPem: item.signing.publicKeyPem,
    });
    sim.control.requireSignedRequests(true, clientId);
    expect(
      await call('turnOnRequestSigning', { environment: 'sandbox', keyId: 'kid-scan' }),
    ).toMatchObject({ ok: true, value: { signing: { state: 'on' } } });
    // A wrong secret is refused, and its error must not echo what was typed either.
    expect(
      await call('testCredentials', {
        environment: 'sandbox',
        clientId,
        clientSecret: `${secret}-wrong`,
      }),
    ).toMatchObject({ ok: false });
    await call('refreshNow');
    // The creates must really be queued and sent: a refused one would scan less than it claims.
    const queued = { ok: true, value: { state: 'queued' } };
    expect(await call('createFiatAccount', bankAccount)).toMatchObject(queued);
    expect(
      await call('submitRedemption', {
        profileId: SEED_IDS.defaultProfile,
        asset: 'USDC',
        amount: '1500.00',
        fiatAccountId: SEED_IDS.operatingBankAccount,
        memo: 'Invoice 42',
      }),
    ).toMatchObject(queued);
    expect(
      await call('createRule', {
        profileId: SEED_IDS.defaultProfile,
        asset: 'USDG',
        network: 'ETHEREUM',
        fiatAccountId: SEED_IDS.operatingBankAccount,
        nickname: 'USDG sweep',
      }),
    ).toMatchObject(queued);
    await vi.waitFor(
      () => {
        const states = app.runtime.environments.desk.intentsIn().map((i) => i.state);
        expect(states).toHaveLength(3);
        expect(states.filter((state) => state !== 'submitted' && state !== 'completed')).toEqual(
          [],
        );
      },
      { timeout: 30_000, interval: 100 },
    );
    await call('refreshNow');
    await call('getState');
    await call('getAppInfo');
    await call('queryActivity', { filter: {}, offset: 0, limit: 100 });
    await call('getFiatAccount', { id: SEED_IDS.operatingBankAccount });
    await call('exportActivityCsv', {});
    await call('getAuditLog', { limit: 100 });
    await call('forgetCredentials', { environment: 'sandbox' });

    expect(tokens.size).toBeGreaterThan(0);
    const needles = [secret, ...tokens, ...privateLines, privateHex];
    const files = await filesUnder(app.dataDir);
    // The outbox and the audit log live in the environment's database (and its WAL).
    expect(files.some((f) => f.endsWith('desk.sqlite'))).toBe(true);
    expect(files.some((f) => f.endsWith('.csv'))).toBe(true);
    for (const file of files) {
      const content = await readFile(file, 'utf8');
      for (const needle of needles)
        expect(content.includes(needle), `${file} contains a secret`).toBe(false);
    }
    const bridge = JSON.stringify(results) + JSON.stringify(app.runtime.state.get());
    for (const needle of needles)
      expect(bridge.includes(needle), 'a bridge result contains a secret').toBe(false);
    for (const needle of needles)
      expect(logs.join('\n').includes(needle), 'a log line contains a secret').toBe(false);
    // The flow really happened: the redemption and rule reached Paxos.
    expect(sim.control.snapshot().orchestrations.length).toBeGreaterThan(0);
  }, 60_000);
});
