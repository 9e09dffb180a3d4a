// Request signing in Settings, in the built renderer, against the simulator standing in for
// Paxos Sandbox: make a key pair in main, read the public key off the page (as the operator
// would copy it into the Paxos Dashboard), enter the Dashboard's key ID, confirm in main's
// dialog, and the desk talks to a Paxos that now refuses anything unsigned.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SEED_IDS, startSimulator, type RunningSimulator } from '../../../main/simulator';
import { ALL_SIMULATOR_SCOPES } from '../../../main/simulator/options';
import { CredentialsVault } from '../../../main/vault/credentials-vault';
import { encodeStoredCredentials } from '../../../main/vault/credentials';
import { MemorySecretStore } from '../../../main/vault/memory-secret-store';
import { describeInBrowser } from '../harness/browser';
import { launchApp, type LaunchedApp } from '../harness/launch-app';
import { finish, goTo, pollFor, screenshotBothSizes } from './flow-helpers';

const clientId = 'ops-signing-e2e-5150';
const clientSecret = 'e2e-signing-secret-value';

describeInBrowser('request signing: make a key, register it, turn signing on', () => {
  let sim: RunningSimulator;
  let app: LaunchedApp;
  const keychain = new MemorySecretStore('keychain');

  beforeAll(async () => {
    sim = await startSimulator({
      seed: 9,
      timing: { fiatApprovalMs: 200, orchestrationStepMs: 100 },
    });
    sim.control.addCredential({ clientId, clientSecret, scopes: ALL_SIMULATOR_SCOPES });
    await keychain.set('paxos:sandbox', encodeStoredCredentials({ clientId, clientSecret }));
    app = await launchApp({
      confirmations: 'on-screen',
      settings: {
        onboarded: true,
        environment: 'sandbox',
        pollFastSeconds: 2,
        endpointOverrides: { sandbox: { apiUrl: sim.url, tokenUrl: sim.tokenUrl }, production: {} },
      },
      runtime: {
        allowLoopbackEndpoints: true,
        vault: new CredentialsVault({ keychain, probe: async () => undefined }),
      },
    });
  });
  afterAll(async () => {
    await app?.close();
    await sim?.close();
  });

  it('shows the public key, asks in main, and signs every request once on', async () => {
    const { page } = app;
    const connection = page.locator('.statusbar').getByRole('status');
    await pollFor(() => connection.textContent()).toContain('Online');
    await goTo(page, 'Settings');
    const section = page.getByTestId('settings-request-signing');
    await pollFor(() => section.getByTestId('signing-state').textContent()).toMatch(/^Off/);
    await section.getByLabel('Algorithm').selectOption('ES256');
    await section.getByRole('button', { name: 'Make a key pair' }).click();
    await pollFor(() => section.getByTestId('signing-state').textContent()).toMatch(/^Key ready/);
    const publicKeyPem = (await section.locator('pre').textContent()) ?? '';
    expect(publicKeyPem).toContain('BEGIN PUBLIC KEY');
    expect(await page.content()).not.toContain('PRIVATE KEY');
    await section.scrollIntoViewIfNeeded();
    await screenshotBothSizes(app, 'request-signing-1-key-ready');

    // In the Dashboard: the key is registered and given an ID; Support turns signing on.
    const keyId = '5498f424-78aa-414b-a515-13929e6951db';
    sim.control.registerSigningKey(clientId, { keyId, publicKeyPem });
    sim.control.requireSignedRequests(true, clientId);

    await section.getByLabel('Key ID from the Paxos Dashboard').fill(keyId);
    await section.getByRole('button', { name: 'Turn signing on…' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Treasury Desk confirmation' });
    await pollFor(() => dialog.count()).toBe(1);
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('Sign every Sandbox request with this key?');
    expect(text).toContain(keyId);
    expect(text).toContain('ending 5150');
    await app.screenshot('request-signing-2-main-asks');
    await dialog.getByRole('button', { name: 'Turn signing on' }).click();
    await pollFor(() => section.getByTestId('signing-state').textContent()).toMatch(/^On/);

    // Paxos now refuses anything unsigned, and the desk still reads it: its requests are signed.
    const listed = () => sim.control.counts()['GET /v2/profiles'] ?? 0;
    const before = listed();
    await page
      .getByRole('button', { name: /Sync now|Refresh/ })
      .first()
      .click();
    await pollFor(() => listed()).toBeGreaterThan(before);
    await pollFor(() => connection.textContent()).toContain('Online');
    expect(app.runtime.state.get().connection.lastError).toBeNull();
    expect(app.runtime.state.get().profiles.items.map((p) => p.id)).toContain(
      SEED_IDS.defaultProfile,
    );
    await section.scrollIntoViewIfNeeded();
    await finish(app, 'request-signing-3-on');
  });
});
