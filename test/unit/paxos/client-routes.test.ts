// The client's route table is its whole reach: the scopes it asks for are exactly the scopes of
// its routes (no unused one that could make a token request fail, none missing), and every path
// is filled from the call's params, encoded, never with an empty id.
import { describe, expect, it } from 'vitest';
import { CLIENT_ROUTES, PAXOS_SCOPES } from '../../../main/paxos';
import { ALL_CAPABILITIES, scopesOf } from '../../../main/paxos/capabilities';
import { routePath } from '../../../main/paxos/routes';
import { CREDENTIAL_SCOPES_SCOPE } from '../../../main/paxos/scopes';

describe('client routes', () => {
  it('PAXOS_SCOPES is exactly the set of scopes the routes need', () => {
    const needed = new Set(Object.values(CLIENT_ROUTES).map((r) => r.scope));
    expect([...new Set(PAXOS_SCOPES)].sort()).toEqual([...needed].sort());
    expect(new Set(PAXOS_SCOPES).size).toBe(PAXOS_SCOPES.length);
  });

  it('the capabilities cover every route scope but the credential look-up, and no other', () => {
    const byCapabilities = scopesOf(ALL_CAPABILITIES);
    expect([...byCapabilities, CREDENTIAL_SCOPES_SCOPE].sort()).toEqual([...PAXOS_SCOPES].sort());
  });

  it('fills path params, URL-encoded, and refuses an empty one before anything is sent', () => {
    expect(routePath(CLIENT_ROUTES.listBalances.path, { profile_id: 'default' })).toBe(
      '/profiles/default/balances',
    );
    expect(routePath(CLIENT_ROUTES.getTransfer.path, { id: '../x?y' })).toBe(
      '/transfer/transfers/..%2Fx%3Fy',
    );
    expect(() => routePath(CLIENT_ROUTES.deleteRule.path, { id: ' ' })).toThrow(
      expect.objectContaining({
        code: 'validation',
        details: expect.objectContaining({ field: 'id' }),
      }),
    );
    expect(() => routePath(CLIENT_ROUTES.getFiatAccount.path, {})).toThrow(
      expect.objectContaining({ code: 'validation' }),
    );
  });
});
