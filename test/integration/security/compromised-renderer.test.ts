// A compromised renderer (or anyone at an unlocked desk with DevTools open) calls the bridge
// with well-formed but malicious input, the way main/ipc.ts calls it. The hostile-input suite
// covers malformed input; this one covers abuse that passes validation. With a declining
// confirmer nothing moves, nothing is queued, no limit rises, no endpoint changes; with an
// accepting one only what main itself described is done; endpoints outside Paxos' hosts are
// refused either way; every attempt is audited with its values.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../../main/simulator';
import { defaultSettings } from '../../../shared/settings';
import { compromisedDesk, type CompromisedDesk } from './compromised-renderer';

const bigRedemption = {
  profileId: SEED_IDS.defaultProfile,
  asset: 'USDC',
  amount: '150000',
  fiatAccountId: SEED_IDS.operatingBankAccount,
  retypedAmount: '150000',
};
const huge = '999999999.00';
const address = {
  country: 'USA',
  address1: '1 Elm Street',
  city: 'Austin',
  province: 'TX',
  zip_code: '73301',
};
const newAccount = {
  fiat_account_owner: { institution_details: { name: 'Mallory Holdings' } },
  fiat_network_instructions: {
    wire: {
      account_number: '555000111222',
      fiat_account_owner_address: address,
      routing_details: {
        routing_number_type: 'ABA',
        routing_number: '031302971',
        bank_name: 'Customers Bank',
        bank_address: address,
      },
    },
  },
  metadata: { label: 'Operating account' },
};
const evilEndpoints = (sandbox: { apiUrl?: string; tokenUrl?: string }) => ({
  endpointOverrides: { sandbox, production: {} },
});

describe('compromised renderer, declining confirmer: nothing moves', () => {
  let d: CompromisedDesk;
  let ruleId: string;

  beforeAll(async () => {
    d = await compromisedDesk();
    // One rule to attack, created with the operator's yes.
    d.confirmer.answerWith('accept');
    const created = await d.call('createRule', {
      profileId: SEED_IDS.defaultProfile,
      asset: 'USDC',
      network: 'ETHEREUM',
      fiatAccountId: SEED_IDS.operatingBankAccount,
      nickname: 'Sweep',
    });
    expect(created.ok).toBe(true);
    await d.app.runtime.environments.desk.flush();
    await d.app.runtime.environments.desk.refreshNow();
    ruleId = d.app.runtime.state.get().rules.items[0]!.id;
    d.confirmer.answerWith('decline');
  });
  afterAll(async () => d?.app.close());

  it('raises no limit and queues no 150,000 USDC redemption, whatever retypedAmount says', async () => {
    const before = await d.fingerprint();
    const raise = await d.call('updateSettings', {
      perRedemptionSoftLimitUsd: huge,
      dailySoftLimitUsd: huge,
    });
    expect(raise.error?.code).toBe('declined');
    const redeem = await d.call('submitRedemption', bigRedemption);
    expect(redeem.error?.code).toBe('declined');
    expect(await d.fingerprint()).toBe(before);
    expect(d.app.runtime.state.get().settings.perRedemptionSoftLimitUsd).toBe('100000.00');

    // Main described both from its own state; the redemption asked for the checkbox.
    const [limitRequest, redeemRequest] = d.confirmer.requests.slice(-2);
    expect(limitRequest!.facts).toContainEqual([
      'Per-redemption limit',
      '100,000.00 USD → 999,999,999.00 USD',
    ]);
    expect(redeemRequest).toMatchObject({
      action: 'redemption.create',
      confirmLabel: 'Redeem 150,000.00 USDC',
      checkboxLabel: 'I checked the amount and the destination',
    });
    expect(redeemRequest!.facts).toContainEqual([
      'Bank',
      'JPMorgan Chase Bank, account ending 6789',
    ]);
    expect(redeemRequest!.facts).toContainEqual(['Owner', 'Acme Treasury Inc']);

    expect(await d.lastAudit('settings.update')).toMatchObject({
      outcome: 'cancelled',
      details: {
        changes: {
          perRedemptionSoftLimitUsd: { before: '100000.00', after: huge },
          dailySoftLimitUsd: { before: '1000000.00', after: huge },
        },
      },
    });
    expect(await d.lastAudit('redemption.create')).toMatchObject({
      outcome: 'cancelled',
      details: {
        amount: '150000',
        asset: 'USDC',
        profile: 'default',
        destination: 'Operating account',
        last4: '6789',
        owner: 'Acme Treasury Inc',
      },
    });
  });

  it('switches to no other environment and forgets no credentials', async () => {
    const before = await d.fingerprint();
    expect((await d.call('switchEnvironment', { environment: 'production' })).error?.code).toBe(
      'declined',
    );
    expect((await d.call('forgetCredentials', { environment: 'sandbox' })).error?.code).toBe(
      'declined',
    );
    expect(await d.fingerprint()).toBe(before);
    expect(await d.lastAudit('environment.switch')).toMatchObject({
      outcome: 'cancelled',
      details: { from: 'demo', to: 'production' },
    });
    expect(await d.lastAudit('credentials.forget')).toMatchObject({
      outcome: 'cancelled',
      details: { environment: 'sandbox', clientIdHint: '7788' },
    });
  });

  it('creates, changes and deletes no rule and no bank account', async () => {
    const before = await d.fingerprint();
    const attempts = {
      'rule.create': await d.call('createRule', {
        profileId: SEED_IDS.defaultProfile,
        asset: 'USDG',
        network: 'ETHEREUM',
        fiatAccountId: SEED_IDS.operatingBankAccount,
      }),
      'rule.delete': await d.call('deleteRule', { id: ruleId }),
      'fiat_account.create': await d.call('createFiatAccount', newAccount),
      'fiat_account.update': await d.call('updateFiatAccount', {
        id: SEED_IDS.operatingBankAccount,
        changes: { fiat_account_owner: { institution_details: { name: 'Mallory Holdings' } } },
      }),
      'fiat_account.delete': await d.call('deleteFiatAccount', {
        id: SEED_IDS.operatingBankAccount,
      }),
    };
    for (const [action, result] of Object.entries(attempts)) {
      expect(result.error?.code, action).toBe('declined');
      expect((await d.lastAudit(action))?.outcome, action).toBe('cancelled');
    }
    expect(await d.fingerprint()).toBe(before);
    expect((await d.lastAudit('fiat_account.update'))?.details).toMatchObject({
      last4: '6789',
      before: { owner: 'Acme Treasury Inc' },
      after: { owner: 'Mallory Holdings' },
    });
    expect((await d.lastAudit('fiat_account.create'))?.details).toMatchObject({
      owner: 'Mallory Holdings',
      last4: '1222',
      bankName: 'Customers Bank',
    });
    expect((await d.lastAudit('rule.delete'))?.details).toMatchObject({ ruleId, last4: '6789' });
  });

  it('points no endpoint anywhere outside Paxos: refused before any confirmation, and audited with the values', async () => {
    const before = await d.fingerprint();
    const asked = d.confirmer.requests.length;
    const outside = [
      { apiUrl: 'https://attacker.example/v2' },
      { tokenUrl: 'https://oauth.sandbox.paxos.com.attacker.example/oauth2/token' },
      { tokenUrl: 'https://oauth.paxos.com/oauth2/token' }, // Production's host for Sandbox's secret
      { tokenUrl: 'http://127.0.0.1:9/oauth2/token' }, // loopback: tests only, by runtime option
      { tokenUrl: 'https://user:pw@oauth.sandbox.paxos.com/oauth2/token' },
      { apiUrl: 'https://api.sandbox.paxos.com:8443/v2' },
    ];
    for (const sandbox of outside) {
      const result = await d.call('updateSettings', evilEndpoints(sandbox));
      expect(result.error?.code, JSON.stringify(sandbox)).toBe('validation');
      const entry = await d.lastAudit('settings.update');
      expect(entry?.outcome).toBe('failed');
      expect(
        Object.values(entry?.details?.changes as Record<string, { after: string }>).map(
          (c) => c.after,
        ),
      ).toContain(Object.values(sandbox)[0]);
    }
    expect(d.confirmer.requests.length).toBe(asked);
    expect(await d.fingerprint()).toBe(before);
  });

  it('lowering a limit needs no confirmation; a Paxos endpoint still does, and declined it stays', async () => {
    const asked = d.confirmer.requests.length;
    expect((await d.call('updateSettings', { perRedemptionSoftLimitUsd: '5000.00' })).ok).toBe(
      true,
    );
    expect(d.confirmer.requests.length).toBe(asked);
    expect(await d.lastAudit('settings.update')).toMatchObject({
      outcome: 'succeeded',
      details: {
        changes: { perRedemptionSoftLimitUsd: { before: '100000.00', after: '5000.00' } },
      },
    });
    const paxos = await d.call(
      'updateSettings',
      evilEndpoints({ tokenUrl: 'https://oauth.sandbox.paxos.com/oauth2/token' }),
    );
    expect(paxos.error?.code).toBe('declined');
    expect(d.app.runtime.state.get().settings.endpointOverrides).toEqual(
      defaultSettings.endpointOverrides,
    );
  });
});

describe('compromised renderer, accepting confirmer: only what main described happens', () => {
  let d: CompromisedDesk;
  beforeAll(async () => {
    d = await compromisedDesk();
  });
  afterAll(async () => d?.app.close());

  it('above the soft limit, confirming without the ticked box is a no, and says so', async () => {
    d.confirmer.answerWith('accept-without-ticking');
    const before = await d.fingerprint();
    const asked = d.confirmer.requests.length;
    const result = await d.call('submitRedemption', bigRedemption);
    expect(result.error).toMatchObject({
      code: 'declined',
      message: expect.stringContaining('was not ticked'),
      details: { reason: 'box_not_ticked' },
    });
    // Shown twice: the second time with why the first press did not count.
    const shown = d.confirmer.requests.slice(asked);
    expect(shown.map((r) => r.notice)).toEqual([undefined, expect.stringMatching(/not ticked/)]);
    expect(await d.fingerprint()).toBe(before);
    expect(await d.lastAudit('redemption.create')).toMatchObject({
      outcome: 'cancelled',
      details: { declined: 'confirmed without ticking the box', amount: '150000' },
    });
  });

  it('confirmed and ticked: exactly one redemption is queued, audited with amount, destination and last 4', async () => {
    d.confirmer.answerWith('accept');
    const result = await d.call('submitRedemption', bigRedemption);
    expect(result.ok).toBe(true);
    const intents = d.app.runtime.environments.desk.intentsIn();
    expect(
      intents.map((i) => [i.kind, (i.payload as { source_amount?: string }).source_amount]),
    ).toEqual([['create_orchestration', '150000']]);
    expect(await d.lastAudit('redemption.create')).toMatchObject({
      outcome: 'requested',
      details: {
        amount: '150000',
        destination: 'Operating account',
        last4: '6789',
        bankName: 'JPMorgan Chase Bank',
      },
    });
  });

  it('ticked on the second showing, it goes ahead', async () => {
    let showing = 0;
    d.confirmer.answerWith(() => ({ confirmed: true, checked: (showing += 1) === 2 }));
    const before = d.app.runtime.environments.desk.intentsIn().length;
    expect((await d.call('submitRedemption', bigRedemption)).ok).toBe(true);
    expect(showing).toBe(2);
    expect(d.app.runtime.environments.desk.intentsIn().length).toBe(before + 1);
  });

  it('endpoints outside the allowlist are refused even when the operator would say yes', async () => {
    const result = await d.call(
      'updateSettings',
      evilEndpoints({
        apiUrl: 'https://attacker.example/v2',
        tokenUrl: 'https://attacker.example/token',
      }),
    );
    expect(result.error?.code).toBe('validation');
    expect(d.app.runtime.state.get().settings.endpointOverrides.sandbox).toEqual({});
  });

  it('a confirmed limit raise and Paxos endpoint are applied and audited before → after', async () => {
    expect(
      (
        await d.call('updateSettings', {
          dailySoftLimitUsd: '2000000.00',
          ...evilEndpoints({ tokenUrl: 'https://oauth.sandbox.paxos.com/oauth2/token' }),
        })
      ).ok,
    ).toBe(true);
    expect(d.confirmer.requests.at(-1)?.facts).toEqual(
      expect.arrayContaining([
        ['Daily limit', '1,000,000.00 USD → 2,000,000.00 USD'],
        [
          'Address sandbox.tokenUrl',
          'Paxos default → https://oauth.sandbox.paxos.com/oauth2/token',
        ],
      ]),
    );
    expect(await d.lastAudit('settings.update')).toMatchObject({
      outcome: 'succeeded',
      details: {
        changes: {
          dailySoftLimitUsd: { before: '1000000.00', after: '2000000.00' },
          'endpointOverrides.sandbox.tokenUrl': {
            before: null,
            after: 'https://oauth.sandbox.paxos.com/oauth2/token',
          },
        },
      },
    });
  });

  it('a daily limit below the per-redemption limit is refused by main, yes or no, and the confirmation is never asked', async () => {
    // The renderer refuses this too, but a compromised one calls the bridge directly.
    d.confirmer.answerWith('accept');
    const asked = d.confirmer.requests.length;
    const before = await d.fingerprint();
    const { perRedemptionSoftLimitUsd, dailySoftLimitUsd } = d.app.runtime.state.get().settings;
    const lowerDaily = await d.call('updateSettings', { dailySoftLimitUsd: '50000.00' });
    expect(lowerDaily.error).toMatchObject({
      code: 'validation',
      details: { field: 'dailySoftLimitUsd' },
    });
    expect(lowerDaily.error?.message).toContain('below the per-redemption limit');
    expect(await d.lastAudit('settings.update')).toMatchObject({
      outcome: 'failed',
      details: { changes: { dailySoftLimitUsd: { before: dailySoftLimitUsd, after: '50000.00' } } },
    });
    // Raising the per-redemption limit above the daily one (a raise main would otherwise confirm).
    const raisePer = await d.call('updateSettings', { perRedemptionSoftLimitUsd: '9000000.00' });
    expect(raisePer.error).toMatchObject({
      code: 'validation',
      details: { field: 'perRedemptionSoftLimitUsd' },
    });
    // Both at once, in the wrong order.
    expect(
      (
        await d.call('updateSettings', {
          perRedemptionSoftLimitUsd: '500.00',
          dailySoftLimitUsd: '400.00',
        })
      ).error?.code,
    ).toBe('validation');
    expect(d.confirmer.requests.length).toBe(asked);
    expect(await d.fingerprint()).toBe(before);
    expect(d.app.runtime.state.get().settings).toMatchObject({
      perRedemptionSoftLimitUsd,
      dailySoftLimitUsd,
    });
    // Equal limits are consistent and accepted (a lowering: nothing to confirm).
    expect(
      (
        await d.call('updateSettings', {
          perRedemptionSoftLimitUsd: '500.00',
          dailySoftLimitUsd: '500.00',
        })
      ).ok,
    ).toBe(true);
  });

  it('still cannot redeem to an account that is not approved', async () => {
    const before = d.app.runtime.environments.desk.intentsIn().length;
    const result = await d.call('submitRedemption', {
      ...bigRedemption,
      fiatAccountId: 'not-an-approved-account',
    });
    expect(result.error?.code).toBe('validation');
    expect(d.app.runtime.environments.desk.intentsIn()).toHaveLength(before);
  });
});
