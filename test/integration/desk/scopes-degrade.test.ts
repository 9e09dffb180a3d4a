// Issue 22 (deliverable 6): a credential without the rule scopes, at a Paxos that refuses a
// token request naming a scope the credential lacks (invalid_scope), keeps redemption working:
// the token is issued without the rule scopes, a redemption is sent, rules are shown as
// unavailable with the reason, and a rule operation is refused by main (never sent).
import { afterAll, describe, expect, it } from 'vitest';
import { startSimulator, SEED_IDS, type RunningSimulator } from '../../../main/simulator';
import {
  ALL_SIMULATOR_SCOPES,
  DEMO_CLIENT_ID,
  DEMO_CLIENT_SECRET,
} from '../../../main/simulator/options';
import { manualDesk } from './desk-fixture';

const RULE_SCOPES = [
  'orchestration:read_orchestration_rule',
  'orchestration:write_orchestration_rule',
];

describe('a credential lacking the rule scopes', () => {
  let sim: RunningSimulator | undefined;
  let app: Awaited<ReturnType<typeof manualDesk>> | undefined;
  afterAll(async () => {
    await app?.close();
    await sim?.close();
  });

  it('keeps redemption working and shows rules as unavailable, with the reason', async () => {
    sim = await startSimulator({ autoAdvance: false, seed: 5, strictScopes: true });
    sim.control.addCredential({
      clientId: DEMO_CLIENT_ID,
      clientSecret: DEMO_CLIENT_SECRET,
      scopes: ALL_SIMULATOR_SCOPES.filter((s) => !RULE_SCOPES.includes(s)),
    });
    const shared = { ...sim, close: async () => undefined };
    app = await manualDesk({ runtime: { startDemoSimulator: async () => shared } });
    await app.desk().refreshNow();

    const capabilities = app.runtime.state.get().credentials.capabilities ?? [];
    const rules = capabilities.find((c) => c.name === 'rules');
    expect(rules).toMatchObject({ on: false });
    expect(rules?.reason).toContain('orchestration:read_orchestration_rule');
    expect(capabilities.find((c) => c.name === 'redeem')).toMatchObject({ on: true });
    expect(app.runtime.state.get().connection.lastError ?? null).toBeNull();

    const sent = await app.runtime.handlers.submitRedemption({
      profileId: SEED_IDS.defaultProfile,
      asset: 'USDC',
      amount: '12.00',
      fiatAccountId: SEED_IDS.operatingBankAccount,
    });
    expect(sent.ok).toBe(true);
    await app.desk().sync('events');
    const atPaxos = sim.control.snapshot().orchestrations as { source_amount?: string }[];
    expect(atPaxos.some((o) => o.source_amount === '12.00')).toBe(true);

    const before = sim.control.counts()['POST /v2/orchestration/rules'] ?? 0;
    const refused = await app.runtime.handlers.createRule({
      profileId: SEED_IDS.defaultProfile,
      asset: 'USDC',
      network: 'ETHEREUM',
      fiatAccountId: SEED_IDS.operatingBankAccount,
    });
    expect(refused.ok).toBe(false);
    expect(JSON.stringify(refused)).toContain('Auto-redeem rules are unavailable');
    expect(sim.control.counts()['POST /v2/orchestration/rules'] ?? 0).toBe(before);
  }, 60_000);
});
