// Issue 22 (deliverable 6): the token request names exactly the scopes of the capabilities the
// desk can use, and a scope Paxos refuses turns its capabilities off instead of failing the rest.
import { describe, expect, it } from 'vitest';
import { createPaxosClient } from '../../../main/paxos';
import { CAPABILITIES, scopesOf } from '../../../main/paxos/capabilities';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A token endpoint that refuses (invalid_scope, naming them) any of `lacking`; records each ask. */
function tokenServer(lacking: readonly string[] = []) {
  const asked: string[][] = [];
  const fetch = async (url: string | URL | Request, init?: RequestInit) => {
    const u = String(url);
    if (u.endsWith('/oauth2/token')) {
      const scopes = (new URLSearchParams(String(init?.body)).get('scope') ?? '').split(' ');
      asked.push(scopes);
      const bad = scopes.filter((s) => lacking.includes(s));
      if (bad.length > 0)
        return json(400, {
          error: 'invalid_scope',
          error_description: `the requested scope is invalid: ${bad.join(' ')}`,
        });
      return json(200, { access_token: 'tok', expires_in: 3600, scope: scopes.join(' ') });
    }
    return json(200, { items: [] });
  };
  return { fetch, asked };
}

function client(fetch: ReturnType<typeof tokenServer>['fetch'], capabilities?: string[]) {
  return createPaxosClient({
    environment: 'sandbox',
    endpoints: { apiUrl: 'https://api.test/v2', tokenUrl: 'https://oauth.test/oauth2/token' },
    env: {},
    getCredentials: async () => ({ clientId: 'id', clientSecret: 'secret' }),
    fetch,
    sleep: async () => undefined,
    discoverScopes: false,
    ...(capabilities ? { capabilities } : {}),
  });
}

describe('scopes by capability', () => {
  it('asks for exactly the union of the enabled capabilities’ scopes', async () => {
    const server = tokenServer();
    await client(server.fetch, ['redeem', 'activity']).listAllProfiles();
    expect(server.asked).toHaveLength(1);
    expect([...server.asked[0]!].sort()).toEqual(scopesOf(['redeem', 'activity']).sort());
    expect(server.asked[0]).not.toContain('orchestration:write_orchestration_rule');
  });

  it('a scope Paxos refuses turns its capability off; the token is asked again without it', async () => {
    const server = tokenServer(['orchestration:write_orchestration_rule']);
    const c = client(server.fetch);
    await expect(c.listAllProfiles()).resolves.toEqual([]);
    expect(server.asked).toHaveLength(2);
    expect(server.asked[1]).not.toContain('orchestration:read_orchestration_rule');
    expect(server.asked[1]).toEqual(expect.arrayContaining([...CAPABILITIES.redeem.scopes]));
    const rules = c.capabilities().find((x) => x.name === 'rules');
    expect(rules).toMatchObject({ on: false });
    expect(rules?.reason).toContain('orchestration:write_orchestration_rule');
    expect(
      c
        .capabilities()
        .filter((x) => x.on)
        .map((x) => x.name),
    ).toEqual(['redeem', 'bankAccounts', 'activity', 'receiveWires', 'wireOut', 'sandboxWires']);
  });

  it('without the deposit-instruction scopes only "Receive wires" is off, and says what is missing', async () => {
    const server = tokenServer([
      'transfer:read_fiat_deposit_instructions',
      'transfer:write_fiat_deposit_instructions',
    ]);
    const c = client(server.fetch);
    await expect(c.listAllProfiles()).resolves.toEqual([]);
    const off = c.capabilities().filter((x) => !x.on);
    expect(off.map((x) => x.name)).toEqual(['receiveWires']);
    expect(off[0]?.reason).toContain('transfer:read_fiat_deposit_instructions');
    expect(off[0]?.reason).toContain('transfer:write_fiat_deposit_instructions');
    expect(server.asked.at(-1)).toEqual(
      expect.arrayContaining([...CAPABILITIES.redeem.scopes, ...CAPABILITIES.activity.scopes]),
    );
    expect(await c.canCall('listDepositInstructions')).toBe(false);
    expect(await c.canCall('listTransfers')).toBe(true);
  });

  it('Production never asks for the sandbox-only scope', async () => {
    const server = tokenServer();
    const c = createPaxosClient({
      environment: 'production',
      env: {},
      getCredentials: async () => ({ clientId: 'id', clientSecret: 'secret' }),
      fetch: server.fetch,
      sleep: async () => undefined,
    });
    await c.verifyAccess();
    expect(server.asked.flat()).not.toContain('transfer:write_sandbox_fiat_deposit');
    expect(c.capabilities().find((x) => x.name === 'sandboxWires')).toMatchObject({ on: false });
  });
});
