// The lock locks, against a renderer that calls the bridge directly: while locked every desk
// operation answers `locked` and getState and the pushed deltas carry nothing of the desk;
// unlocking needs the passcode (or the OS's own check), guesses are rate-limited in main and
// audited; a forgotten passcode is reset only with the Paxos credentials saved here.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemorySecretStore } from '../../../main/vault/memory-secret-store';
import { PasscodeVault } from '../../../main/vault/passcode-vault';
import { createTestRuntime, type TestRuntime } from '../../support/test-runtime';
import { manualTimers } from '../desk/desk-fixture';
import type { OsAuthentication } from '../../../main/lock/os-authentication';
import { SEED_IDS } from '../../../main/simulator';
import { operationNames, type OperationName } from '../../../shared/bridge-names';
import type { StateDelta } from '../../../shared/state';
import {
  compromisedDesk,
  PASSCODE,
  SANDBOX_CREDENTIALS,
  type CompromisedDesk,
} from './compromised-renderer';
import { validSamples } from './valid-samples';

const allowedWhileLocked: OperationName[] = [
  'getAppInfo',
  'getState',
  'lock',
  'unlock',
  'resetPasscode',
];
const DESK_WORDS = ['Operating account', 'Operating reserve', '2500000', '6789', '7788'];

describe('compromised renderer against the lock', () => {
  let d: CompromisedDesk;
  const deltas: StateDelta[] = [];

  beforeAll(async () => {
    d = await compromisedDesk({ sandboxPaxos: 'accepts-credentials' });
    d.app.runtime.subscribeState((delta) => void deltas.push(delta));
    expect(JSON.stringify(d.app.runtime.state.get())).toContain('Operating account');
    expect((await d.call('lock')).ok).toBe(true);
  });
  afterAll(async () => d?.app.close());

  it('records the lock in the audit log', async () => {
    const audit = await d.app.runtime.environments.desk.auditPage({ limit: 50 });
    expect(audit.entries.some((e) => e.action === 'app.lock' && e.outcome === 'succeeded')).toBe(
      true,
    );
  });

  it('answers every desk operation with `locked`, whatever the input', async () => {
    const before = await d.fingerprint();
    for (const name of operationNames.filter((n) => !allowedWhileLocked.includes(n))) {
      const result = await d.call(name, validSamples[name]?.input);
      expect(result.error?.code, name).toBe('locked');
    }
    expect(await d.fingerprint()).toBe(before);
  });

  it('tells the page nothing about the desk: getState and every pushed delta are redacted', async () => {
    const snapshot = await d.call('getState');
    const text = JSON.stringify(snapshot);
    for (const word of DESK_WORDS) expect(text, word).not.toContain(word);
    expect(snapshot.value).toMatchObject({
      state: { locked: true, environment: 'demo', lock: { passcodeSet: true } },
    });
    // Main's own state still changes (sync goes on), but what reaches the page is redacted.
    const full = d.app.runtime.state.get();
    d.app.runtime.state.set({
      redeemedTodayUsd: '123456.78',
      profiles: { items: full.profiles.items.slice(0, 1), asOf: full.profiles.asOf },
    });
    const pushed = JSON.stringify(deltas);
    for (const word of [...DESK_WORDS, '123456.78']) expect(pushed, word).not.toContain(word);
    d.app.runtime.state.set({ redeemedTodayUsd: full.redeemedTodayUsd, profiles: full.profiles });
  });

  it('does not unlock without the secret; guesses slow down in main and are audited', async () => {
    expect((await d.call('unlock', {})).ok).toBe(false);
    expect((await d.call('unlock', { osAuthentication: true })).ok).toBe(false); // no OS check here
    expect((await d.call('unlock', { passcode: 'guess-0001' })).error?.code).toBe('validation');
    const third = await d.call('unlock', { passcode: 'guess-0002' });
    expect(third.error?.details?.retryAt).toEqual(expect.any(String));
    // Rate-limited: even the right passcode is not looked at until the wait is over.
    expect((await d.call('unlock', { passcode: PASSCODE })).error?.code).toBe('rate_limited');
    expect(d.app.runtime.state.get().locked).toBe(true);
    const audit = await d.app.runtime.environments.desk.auditPage({ limit: 20 });
    expect(
      audit.entries.filter((e) => e.action === 'app.unlock' && e.outcome === 'failed').length,
    ).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(audit.entries)).not.toContain('guess-000');

    d.clock.advance(60_000);
    expect((await d.call('unlock', { passcode: PASSCODE })).ok).toBe(true);
    expect(d.app.runtime.state.get().locked).toBe(false);
    // The unlocking delta carries the whole desk again.
    const unlocking = deltas.filter((delta) => delta.set.locked === false);
    expect(unlocking).toHaveLength(1);
    expect(JSON.stringify(unlocking[0])).toContain('Operating account');
  });

  it('resets a forgotten passcode only with the Paxos credentials saved on this computer', async () => {
    await d.call('lock');
    const wrong = await d.call('resetPasscode', {
      newPasscode: 'mallory-passcode',
      credentials: {
        environment: 'sandbox',
        clientId: SANDBOX_CREDENTIALS.clientId,
        clientSecret: 'guessed-secret',
      },
    });
    expect(wrong.error?.code).toBe('validation');
    expect((await d.call('resetPasscode', { newPasscode: 'mallory-passcode' })).ok).toBe(false);
    expect(
      (
        await d.call('resetPasscode', {
          newPasscode: 'mallory-passcode',
          credentials: { environment: 'production', ...SANDBOX_CREDENTIALS },
        })
      ).ok,
    ).toBe(false);
    expect(d.app.runtime.state.get().locked).toBe(true);

    d.clock.advance(60_000);
    expect(
      (
        await d.call('resetPasscode', {
          newPasscode: 'new-desk-passcode',
          credentials: { environment: 'sandbox', ...SANDBOX_CREDENTIALS },
        })
      ).ok,
    ).toBe(true);
    expect(d.app.runtime.state.get().locked).toBe(false);
    await d.call('lock');
    expect((await d.call('unlock', { passcode: PASSCODE })).ok).toBe(false);
    expect((await d.call('unlock', { passcode: 'new-desk-passcode' })).ok).toBe(true);
    expect(
      JSON.stringify(await d.app.runtime.environments.desk.auditPage({ limit: 50 })),
    ).not.toContain(SANDBOX_CREDENTIALS.clientSecret);
  });

  it('refuses a reset while the keychain cannot be read: never read as "no credentials saved"', async () => {
    await d.call('lock');
    d.clock.advance(60 * 60_000);
    d.keychain.setDown(true);
    try {
      const bare = await d.call('resetPasscode', { newPasscode: 'mallory-passcode' });
      expect(bare.error?.code).toBe('no_keychain');
      expect(bare.error?.message).toContain('keychain cannot be read');
      const withCredentials = await d.call('resetPasscode', {
        newPasscode: 'mallory-passcode',
        credentials: { environment: 'sandbox', ...SANDBOX_CREDENTIALS },
      });
      expect(withCredentials.ok).toBe(false);
      expect(d.app.runtime.state.get().locked).toBe(true);
      expect(await d.lastAudit('app.passcode.reset')).toMatchObject({
        outcome: 'failed',
        details: { refused: 'the keychain cannot be read' },
      });
    } finally {
      d.keychain.setDown(false);
    }
    expect((await d.call('unlock', { passcode: 'mallory-passcode' })).ok).toBe(false);
    d.clock.advance(60 * 60_000);
    expect((await d.call('unlock', { passcode: 'new-desk-passcode' })).ok).toBe(true);
  });

  it('changing the passcode while unlocked needs the current one', async () => {
    expect((await d.call('setPasscode', { passcode: 'mallory-passcode' })).ok).toBe(false);
    expect(
      (await d.call('setPasscode', { passcode: 'mallory-passcode', currentPasscode: 'wrong-one' }))
        .ok,
    ).toBe(false);
    expect(
      (
        await d.call('setPasscode', {
          passcode: 'changed-passcode',
          currentPasscode: 'new-desk-passcode',
        })
      ).ok,
    ).toBe(true);
  });
});

describe('unlocking with the OS check (Touch ID)', () => {
  let d: CompromisedDesk;
  let answer = false;
  const os: OsAuthentication = {
    name: 'Touch ID',
    available: () => true,
    prompt: async () => answer,
  };
  beforeAll(async () => {
    d = await compromisedDesk({ os });
  });
  afterAll(async () => d?.app.close());

  it('unlocks only when the OS confirms the operator', async () => {
    expect(d.app.runtime.state.get().lock.osAuthentication).toBe('Touch ID');
    await d.call('lock');
    expect((await d.call('unlock', { osAuthentication: true })).ok).toBe(false);
    expect(d.app.runtime.state.get().locked).toBe(true);
    answer = true;
    expect((await d.call('unlock', { osAuthentication: true })).ok).toBe(true);
    expect(d.app.runtime.state.get().locked).toBe(false);
  });
});

describe('notifications while locked', () => {
  let d: CompromisedDesk;
  beforeAll(async () => {
    d = await compromisedDesk();
  });
  afterAll(async () => d?.app.close());

  it('keep coming, without the amount', async () => {
    d.confirmer.answerWith('accept');
    const redeem = await d.call('submitRedemption', {
      profileId: SEED_IDS.defaultProfile,
      asset: 'USDC',
      amount: '4321.98',
      fiatAccountId: SEED_IDS.operatingBankAccount,
    });
    expect(redeem.ok).toBe(true);
    await d.app.runtime.environments.desk.flush();
    await d.call('lock');
    const desk = d.app.runtime.environments.desk;
    await expect
      .poll(
        async () => {
          await desk.refreshNow();
          return d.app.notifier.shown.map((n) => n.title);
        },
        { timeout: 30_000, interval: 300 },
      )
      .toContain('Treasury Desk');
    // Titles name the amount and the destination when unlocked ("Wire completed: $4,321.98 to …"):
    // while locked neither the title nor the body may.
    const shown = JSON.stringify(d.app.notifier.shown);
    expect(shown).not.toContain('4,321.98');
    expect(shown).not.toContain('Wire completed');
    expect(shown).toContain('Unlock Treasury Desk to see the details.');
  });
});

describe('a reset Paxos does not confirm', () => {
  let d: CompromisedDesk;
  beforeAll(async () => {
    d = await compromisedDesk({ sandboxPaxos: 'revoked-credentials' });
  });
  afterAll(async () => d?.app.close());

  it('is refused even with the saved credentials: they are checked against Paxos too', async () => {
    await d.call('lock');
    const reset = await d.call('resetPasscode', {
      newPasscode: 'mallory-passcode',
      credentials: { environment: 'sandbox', ...SANDBOX_CREDENTIALS },
    });
    expect(reset.error?.code).toBe('validation');
    expect(d.app.runtime.state.get().locked).toBe(true);
    expect((await d.call('unlock', { passcode: PASSCODE })).ok).toBe(true);
  });
});

describe('the back-off across a restart', () => {
  it('keeps the wait a restart would have cleared (three free guesses per restart before)', async () => {
    const passcodeStore = new MemorySecretStore('keychain');
    await new PasscodeVault(passcodeStore).set(PASSCODE);
    const dataDir = await mkdtemp(join(tmpdir(), 'lock-restart-'));
    const start = () =>
      createTestRuntime({
        dataDir,
        settings: { onboarded: true },
        runtime: { timers: manualTimers, passcodeStore },
      });
    const first = await start();
    const call = (app: TestRuntime, name: 'lock' | 'unlock', input?: unknown) =>
      app.runtime.handlers[name](input) as Promise<{ ok: boolean; error?: { code: string } }>;
    await call(first, 'lock');
    for (const guess of ['guess-0001', 'guess-0002', 'guess-0003', 'guess-0004'])
      await call(first, 'unlock', { passcode: guess });
    expect((await call(first, 'unlock', { passcode: PASSCODE })).error?.code).toBe('rate_limited');
    await first.close();

    const second = await start();
    try {
      await call(second, 'lock');
      expect(second.runtime.state.get().lock.retryAt).toEqual(expect.any(String));
      expect((await call(second, 'unlock', { passcode: PASSCODE })).error?.code).toBe(
        'rate_limited',
      );
    } finally {
      await second.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
