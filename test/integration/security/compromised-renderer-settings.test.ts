// Settings that weaken a guard ask main (issue 21.4): replacing saved credentials, turning the
// idle lock off or making it wait longer, letting queued requests wait longer before they must
// be confirmed again. Declined: nothing changes and the refusal is audited before → after;
// accepted: it applies; the safer direction applies without a dialog.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compromisedDesk, SANDBOX_CREDENTIALS, type CompromisedDesk } from './compromised-renderer';

const mallory = { clientId: 'mallory-client-0666', clientSecret: 'mallory-secret-value-0666' };

describe('settings that weaken a guard, declining confirmer', () => {
  let d: CompromisedDesk;
  beforeAll(async () => void (d = await compromisedDesk()));
  afterAll(async () => d?.app.close());

  it('replaces no credentials: the dialog names the environment and both client IDs’ last 4', async () => {
    const before = await d.fingerprint();
    const asked = d.confirmer.requests.length;
    const saved = await d.call('saveCredentials', {
      environment: 'sandbox',
      ...mallory,
      storage: 'keychain',
    });
    expect(saved.error?.code).toBe('declined');
    expect(await d.fingerprint()).toBe(before);
    expect((await d.vault.status('sandbox')).clientIdHint).toBe('7788');
    expect(d.confirmer.requests.slice(asked)).toHaveLength(1);
    const request = d.confirmer.requests.at(-1)!;
    expect(request).toMatchObject({ action: 'credentials.replace' });
    expect(request.facts).toContainEqual(['Environment', expect.stringContaining('Sandbox')]);
    expect(request.facts).toContainEqual(['Client ID now', 'ending 7788']);
    expect(request.facts).toContainEqual(['Client ID after', 'ending 0666']);
    expect(JSON.stringify(request)).not.toContain(mallory.clientSecret);
    expect(await d.lastAudit('credentials.replace')).toMatchObject({
      outcome: 'cancelled',
      details: { environment: 'sandbox', clientIdHint: { before: '7788', after: '0666' } },
    });
  });

  it('keeps the idle lock and the expiry: off, longer and longer are each refused and audited', async () => {
    const settings = () => d.app.runtime.state.get().settings;
    for (const [patch, key, before, after] of [
      [{ idleLockMinutes: 0 }, 'idleLockMinutes', 15, 0],
      [{ idleLockMinutes: 240 }, 'idleLockMinutes', 15, 240],
      [{ intentExpiryMinutes: 24 * 60 }, 'intentExpiryMinutes', 60, 24 * 60],
    ] as const) {
      const asked = d.confirmer.requests.length;
      const result = await d.call('updateSettings', patch);
      expect(result.error?.code, key).toBe('declined');
      expect(settings()[key]).toBe(before);
      expect(d.confirmer.requests.length, key).toBe(asked + 1);
      expect(await d.lastAudit('settings.update')).toMatchObject({
        outcome: 'cancelled',
        details: { changes: { [key]: { before, after } } },
      });
    }
    const [, longer, expiry] = d.confirmer.requests.slice(-3);
    expect(longer!.facts).toContainEqual(['Idle lock', 'after 15 minutes → after 240 minutes']);
    expect(expiry!.facts).toContainEqual([
      'Queued requests must be confirmed again after',
      '60 minutes → 1440 minutes',
    ]);
  });

  it('makes things safer without asking: a shorter idle lock and expiry apply at once', async () => {
    const asked = d.confirmer.requests.length;
    const result = await d.call('updateSettings', { idleLockMinutes: 5, intentExpiryMinutes: 30 });
    expect(result.ok).toBe(true);
    expect(d.confirmer.requests.length).toBe(asked);
    expect(d.app.runtime.state.get().settings).toMatchObject({
      idleLockMinutes: 5,
      intentExpiryMinutes: 30,
    });
    expect(await d.lastAudit('settings.update')).toMatchObject({
      outcome: 'succeeded',
      details: { changes: { idleLockMinutes: { before: 15, after: 5 } } },
    });
  });
});

describe('settings that weaken a guard, accepting confirmer', () => {
  let d: CompromisedDesk;
  beforeAll(async () => {
    d = await compromisedDesk({ sandboxPaxos: 'accepts-credentials' });
    d.confirmer.answerWith('accept');
  });
  afterAll(async () => d?.app.close());

  it('applies what the operator confirmed in main, audited before → after', async () => {
    const asked = d.confirmer.requests.length;
    expect((await d.call('updateSettings', { idleLockMinutes: 0 })).ok).toBe(true);
    expect((await d.call('updateSettings', { intentExpiryMinutes: 240 })).ok).toBe(true);
    expect(d.app.runtime.state.get().settings).toMatchObject({
      idleLockMinutes: 0,
      intentExpiryMinutes: 240,
    });
    const saved = await d.call('saveCredentials', {
      environment: 'sandbox',
      ...SANDBOX_CREDENTIALS,
      storage: 'keychain',
    });
    expect(saved.ok).toBe(true);
    expect(d.confirmer.requests.slice(asked).map((r) => r.action)).toEqual([
      'settings.update',
      'settings.update',
      'credentials.replace',
    ]);
    expect(await d.lastAudit('credentials.save')).toMatchObject({
      outcome: 'succeeded',
      details: { environment: 'sandbox', clientIdHint: '7788', replaced: '7788' },
    });
  });
});
