// Shared setup of the compromised-renderer suite: a desk with Sandbox credentials saved, a
// passcode chosen, a clock the test moves, and one "what could have moved" fingerprint.
import { CredentialsVault } from '../../../main/vault/credentials-vault';
import { encodeStoredCredentials, keychainAccount } from '../../../main/vault/credentials';
import { MemorySecretStore } from '../../../main/vault/memory-secret-store';
import type { SecretStore } from '../../../main/vault/secret-store';
import { AppError } from '../../../shared/app-error';
import { startSimulator } from '../../../main/simulator';
import { ALL_SIMULATOR_SCOPES } from '../../../main/simulator/options';
import type { OperationName } from '../../../shared/bridge-names';
import type { OsAuthentication } from '../../../main/lock/os-authentication';
import { scriptedConfirmer, type ScriptedConfirmer } from '../../support/scripted-confirmer';
import { createTestRuntime, type TestRuntime } from '../../support/test-runtime';
import { manualTimers } from '../desk/desk-fixture';

export const PASSCODE = 'blue-harbor-1931';
export const SANDBOX_CREDENTIALS = {
  clientId: 'ops-client-7788',
  clientSecret: 'sandbox-secret-value-0042',
};

export interface CompromisedDesk {
  app: TestRuntime;
  confirmer: ScriptedConfirmer;
  vault: CredentialsVault;
  /** The OS keychain stops answering (locked, daemon gone) or comes back. */
  keychain: { setDown(down: boolean): void };
  clock: { advance(ms: number): void };
  /** What the renderer's bridge call returns, typed loosely (it is the attacker's view). */
  call(
    name: OperationName,
    input?: unknown,
  ): Promise<{
    ok: boolean;
    value?: unknown;
    error?: { code: string; message: string; details?: Record<string, unknown> };
  }>;
  /** Everything that could have moved: intents, Paxos records, settings, environment, credentials. */
  fingerprint(): Promise<string>;
  lastAudit(
    action: string,
  ): Promise<{ outcome: string; details?: Record<string, unknown> } | undefined>;
}

export async function compromisedDesk(
  options: {
    os?: OsAuthentication;
    /**
     * A Paxos Sandbox (a second simulator on loopback) where resets check the saved credentials:
     * one that accepts them, or one where they were revoked.
     */
    sandboxPaxos?: 'accepts-credentials' | 'revoked-credentials';
  } = {},
): Promise<CompromisedDesk> {
  const sandbox = options.sandboxPaxos
    ? await startSimulator({
        seed: 11,
        credentials:
          options.sandboxPaxos === 'accepts-credentials'
            ? [{ ...SANDBOX_CREDENTIALS, scopes: ALL_SIMULATOR_SCOPES }]
            : [],
      })
    : undefined;
  const stored = new MemorySecretStore('keychain');
  await stored.set(keychainAccount('sandbox'), encodeStoredCredentials(SANDBOX_CREDENTIALS));
  const keychainState = { down: false };
  const keychain = failingWhen(stored, () => keychainState.down);
  const vault = new CredentialsVault({
    keychain,
    probe: async () => {
      if (keychainState.down) throw new AppError('no_keychain', 'The keychain is locked.');
    },
  });
  let offset = 0;
  const confirmer = scriptedConfirmer('decline');
  const app = await createTestRuntime({
    settings: {
      ...(sandbox
        ? {
            endpointOverrides: {
              sandbox: { apiUrl: sandbox.url, tokenUrl: sandbox.tokenUrl },
              production: {},
            },
          }
        : {}),
      onboarded: true,
      perRedemptionSoftLimitUsd: '100000.00',
      dailySoftLimitUsd: '1000000.00',
    },
    passcode: PASSCODE,
    confirmer,
    runtime: {
      timers: manualTimers,
      vault,
      now: () => new Date(Date.now() + offset),
      ...(sandbox ? { allowLoopbackEndpoints: true } : {}),
      ...(options.os ? { osAuthentication: options.os } : {}),
    },
  });
  await app.runtime.environments.desk.refreshNow();
  const desk = () => app.runtime.environments.desk;
  if (sandbox) {
    const close = app.close.bind(app);
    app.close = async () => {
      await close();
      await sandbox.close();
    };
  }
  return {
    app,
    confirmer,
    vault,
    keychain: { setDown: (down) => void (keychainState.down = down) },
    clock: { advance: (ms) => void (offset += ms) },
    call: (name, input) => app.runtime.handlers[name](input) as ReturnType<CompromisedDesk['call']>,
    async fingerprint() {
      const sim = (await app.simulator()).control.snapshot();
      return JSON.stringify({
        intents: desk()
          .intentsIn()
          .map((i) => [i.refId, i.kind, i.state]),
        orchestrations: sim.orchestrations.map((o) => o.id),
        fiatAccounts: sim.fiatAccounts,
        rules: sim.rules.map((r) => [r.id, r.status]),
        settings: app.runtime.state.get().settings,
        environment: app.runtime.state.get().environment,
        sandboxCredentials: await vault.status('sandbox'),
      });
    },
    async lastAudit(action) {
      const page = await desk().auditPage({ limit: 200 });
      return page.entries.find((e) => e.action === action);
    },
  };
}

/** A keychain that throws on every call while `down()` says so, as a locked Secret Service does. */
function failingWhen(store: SecretStore, down: () => boolean): SecretStore {
  const check = () => {
    if (down()) throw new AppError('no_keychain', 'The keychain is locked.');
  };
  return {
    storage: store.storage,
    get: async (account) => (check(), store.get(account)),
    set: async (account, secret) => (check(), store.set(account, secret)),
    delete: async (account) => (check(), store.delete(account)),
  };
}
