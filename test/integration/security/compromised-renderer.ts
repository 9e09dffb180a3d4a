// Shared setup of the compromised-renderer suite: a desk with Sandbox credentials saved, a
// passcode chosen, a clock the test moves, and one "what could have moved" fingerprint.
import { CredentialsVault } from '../../../main/vault/credentials-vault';
import { encodeStoredCredentials, keychainAccount } from '../../../main/vault/credentials';
import { MemorySecretStore } from '../../../main/vault/memory-secret-store';
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
  options: { os?: OsAuthentication } = {},
): Promise<CompromisedDesk> {
  const keychain = new MemorySecretStore('keychain');
  await keychain.set(keychainAccount('sandbox'), encodeStoredCredentials(SANDBOX_CREDENTIALS));
  const vault = new CredentialsVault({ keychain, probe: async () => undefined });
  let offset = 0;
  const confirmer = scriptedConfirmer('decline');
  const app = await createTestRuntime({
    settings: {
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
      ...(options.os ? { osAuthentication: options.os } : {}),
    },
  });
  await app.runtime.environments.desk.refreshNow();
  const desk = () => app.runtime.environments.desk;
  return {
    app,
    confirmer,
    vault,
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
