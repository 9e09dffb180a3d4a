// What the operator sees when Paxos says no: the AppError code, message and details, JSON-safe,
// with no secret in any of them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPaxosClient, type PaxosClient } from '../../../main/paxos';
import { SEED_IDS } from '../../../main/simulator';
import { AppError } from '../../../shared/app-error';
import { formatAmount } from '../../../shared/money';
import { balanceOf, rejectionOf, refId, startHarness, wireAccount, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

function clientFor(
  clientId: string,
  clientSecret: string,
  extra: Partial<Parameters<typeof createPaxosClient>[0]> = {},
): PaxosClient {
  return createPaxosClient({
    environment: 'demo',
    endpoints: { apiUrl: h.sim.url, tokenUrl: h.sim.tokenUrl },
    env: {},
    getCredentials: async () => ({ clientId, clientSecret }),
    ...extra,
  });
}

/** What crosses the bridge must survive JSON and carry no secret. */
function bridged(error: unknown, ...secrets: string[]) {
  expect(error).toBeInstanceOf(AppError);
  const json = JSON.stringify((error as AppError).toBridge());
  for (const secret of secrets) expect(json).not.toContain(secret);
  expect(json).not.toContain('[object Object]');
  return JSON.parse(json) as { code: string; message: string; details?: Record<string, unknown> };
}

describe('errors the operator sees', () => {
  it('insufficient funds: asset, available and needed', async () => {
    const available = (await balanceOf(h.client, SEED_IDS.payrollProfile, 'USDC')).available;
    const error = await rejectionOf(
      h.client.createOrchestration({
        ref_id: refId('too-much'),
        source_asset: 'USDC',
        destination_asset: 'USD',
        source_amount: '99000000.5',
        source: { profile: { profile_id: SEED_IDS.payrollProfile } },
        destination: { fiat: { bank_account_id: SEED_IDS.operatingBankAccount } },
      }),
    );
    const e = bridged(error);
    expect(e.code).toBe('insufficient_funds');
    expect(e.details).toEqual({
      asset: 'USDC',
      available,
      needed: '99000000.5',
      profileId: SEED_IDS.payrollProfile,
    });
    expect(e.message).toBe(
      `Not enough USDC available in the Paxos profile: 99,000,000.50 USDC needed, ${formatAmount(available, 'USDC')} available.`,
    );
    expect(
      h.sim.control.snapshot().orchestrations.filter((o) => o.source_amount === '99000000.5'),
    ).toEqual([]);
  });

  it('amount validation happens before anything is sent', async () => {
    const sent = h.requests.length;
    const error = await rejectionOf(
      h.client.createOrchestration({
        ref_id: refId('cents'),
        source_asset: 'USD',
        destination_asset: 'USD',
        source_amount: '10.001',
        source: { profile: { profile_id: SEED_IDS.defaultProfile } },
        destination: { fiat: { bank_account_id: SEED_IDS.operatingBankAccount } },
      }),
    );
    expect(bridged(error)).toEqual({
      code: 'validation',
      message: 'The source amount USD allows at most 2 decimal places.',
      details: { field: 'source_amount', detail: 'USD allows at most 2 decimal places' },
    });
    const negative = bridged(
      await rejectionOf(
        h.client.createOrchestration({
          ref_id: refId('neg'),
          source_asset: 'USDG',
          destination_asset: 'USD',
          source_amount: '-5',
          source: { profile: { profile_id: SEED_IDS.defaultProfile } },
          destination: { fiat: { bank_account_id: SEED_IDS.operatingBankAccount } },
        }),
      ),
    );
    expect(negative.details?.field).toBe('source_amount');
    const badAddress = bridged(
      await rejectionOf(
        h.client.createFiatAccount({
          ...wireAccount(),
          fiat_account_owner: { institution_details: { name: 'Example Corp' } },
          fiat_network_instructions: {
            wire: {
              ...wireAccount().fiat_network_instructions.wire,
              fiat_account_owner_address: { country: 'USA', address1: 'Suite #5' },
            },
          },
        }),
      ),
    );
    expect(badAddress.details?.field).toBe(
      'fiat_network_instructions.wire.fiat_account_owner_address.address1',
    );
    expect(h.requests.length).toBe(sent);
  });

  it('server-side validation names the field from the problem detail', async () => {
    h.sim.control.setTiming({ fiatApprovalMs: 60_000 }); // keep the new account PENDING for this test
    const { fiatAccount } = await h.client.createFiatAccount(wireAccount());
    h.sim.control.setTiming({ fiatApprovalMs: 40 });
    const e = bridged(
      await rejectionOf(
        h.client.createOrchestration({
          ref_id: refId('pending'),
          source_asset: 'USDC',
          destination_asset: 'USD',
          source_amount: '1',
          source: { profile: { profile_id: SEED_IDS.defaultProfile } },
          destination: { fiat: { bank_account_id: fiatAccount.id } },
        }),
      ),
    );
    expect(e).toEqual({
      code: 'validation',
      message:
        'Paxos rejected the request: fiat account has invalid status PENDING, must be approved.',
      details: {
        field: 'destination.fiat.bank_account_id',
        detail: 'fiat account has invalid status PENDING, must be approved',
      },
    });
  });

  it('not found', async () => {
    const e = bridged(
      await rejectionOf(h.client.getTransfer('4f1c2d3e-0000-4000-8000-000000000000')),
    );
    expect(e.code).toBe('not_found');
    expect(e.message).toBe(
      'Paxos has no such record (no transfer found for id: 4f1c2d3e-0000-4000-8000-000000000000).',
    );
  });

  it('missing scopes are named, and nothing is sent for a call the token cannot make', async () => {
    h.sim.control.addCredential({
      clientId: 'read-only',
      clientSecret: 'ro-secret-123',
      scopes: ['funding:read_profile', 'orchestration:read_orchestration'],
    });
    const requests: string[] = [];
    const client = clientFor('read-only', 'ro-secret-123', {
      onRequest: (r) => requests.push(`${r.method} ${r.path}`),
    });
    const access = bridged(await rejectionOf(client.verifyAccess()), 'ro-secret-123');
    expect(access.code).toBe('forbidden');
    expect(access.details?.missingScopes).toEqual([
      'transfer:read_fiat_account',
      'transfer:write_fiat_account',
      'orchestration:write_orchestration',
      'orchestration:read_orchestration_rule',
      'orchestration:write_orchestration_rule',
      'transfer:read_transfer',
      'events:read_event',
      'transfer:read_fiat_deposit_instructions',
      'transfer:write_fiat_deposit_instructions',
      'transfer:write_sandbox_fiat_deposit',
      'transfer:write_fiat_withdrawal',
    ]);
    expect(access.message).toMatch(
      /^The Paxos API credential is missing the scopes transfer:read_fiat_account, .* Enable them for this credential under Admin > API Management in the Paxos Dashboard\.$/,
    );
    expect((await client.listAllProfiles()).length).toBeGreaterThan(0);
    const create = bridged(
      await rejectionOf(
        client.createOrchestration({
          ref_id: refId('no-scope'),
          source_asset: 'USDC',
          destination_asset: 'USD',
          source_amount: '1',
          source: { profile: { profile_id: SEED_IDS.defaultProfile } },
          destination: { fiat: { bank_account_id: SEED_IDS.operatingBankAccount } },
        }),
      ),
    );
    expect(create.details).toEqual({ missingScopes: ['orchestration:write_orchestration'] });
    expect(requests).toEqual(['POST /oauth2/token', 'GET /v2/profiles']);
  });

  it('a credential that may not request the scopes at all (invalid_scope) is reported as forbidden', async () => {
    h.sim.control.setStrictScopes(true);
    try {
      const e = bridged(
        await rejectionOf(clientFor('read-only', 'ro-secret-123').listAllProfiles()),
        'ro-secret-123',
      );
      expect(e.code).toBe('forbidden');
      expect(e.details?.missingScopes).toContain('events:read_event');
      expect(e.details?.missingScopes).not.toContain('funding:read_profile');
    } finally {
      h.sim.control.setStrictScopes(false);
    }
  });

  it('wrong credentials: unauthorized, and the secret appears nowhere', async () => {
    const secret = 'wrong-secret-5f9c1e';
    const e = bridged(
      await rejectionOf(clientFor(h.sim.credentials.clientId, secret).listAllProfiles()),
      secret,
    );
    expect(e).toEqual({
      code: 'unauthorized',
      message: 'Paxos rejected the API client ID or secret (client authentication failed).',
      details: { detail: 'client authentication failed', error: 'invalid_client' },
    });
  });

  it('no credentials configured', async () => {
    const e = bridged(await rejectionOf(clientFor('', '').listAllProfiles()));
    expect(e.code).toBe('not_configured');
  });

  it('answers it cannot read become bad_response, unknown statuses are shown as they are', async () => {
    const { orchestration } = await h.client.createOrchestration({
      ref_id: refId('hostile'),
      source_asset: 'USDC',
      destination_asset: 'USD',
      source_amount: '2',
      source: { profile: { profile_id: SEED_IDS.defaultProfile } },
      destination: { fiat: { bank_account_id: SEED_IDS.operatingBankAccount } },
    });
    // Read back as the desk's sync reads it: List Orchestrations by id.
    const readBack = () => h.client.listOrchestrations({ orchestration_id: [orchestration.id] });
    h.sim.control.setFaults({
      missingFields: {
        count: 1,
        fields: ['id'],
        match: { path: '/orchestration/orchestrations' },
      },
    });
    const missing = bridged(await rejectionOf(readBack()));
    expect(missing).toEqual({
      code: 'bad_response',
      message:
        'Paxos sent a response Treasury Desk could not read (orchestration list #1: id: Invalid input: expected string, received undefined).',
      details: {
        what: 'orchestration list #1',
        detail: 'id: Invalid input: expected string, received undefined',
      },
    });
    h.sim.control.setFaults({
      malformedJson: { count: 1, match: { path: '/orchestration/orchestrations' } },
    });
    expect(bridged(await rejectionOf(readBack())).code).toBe('bad_response');
    h.sim.control.setFaults({
      unknownStatus: { count: 1, value: 'PENDING_REVIEW' },
      extraFields: { count: 1 },
    });
    const [odd] = (await readBack()).items;
    expect(odd).toBeDefined();
    expect(odd?.status).toBe('PENDING_REVIEW');
    expect(odd?.id).toBe(orchestration.id);
  });
});
