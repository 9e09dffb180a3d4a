// Contract: every route the desk's client calls (CLIENT_ROUTES, main/paxos/routes.ts) is an
// operation of the published Paxos OpenAPI document (../shared/paxos-openapi/, the 2026-07 one) under the scope
// the client asks for, and every request it sends and every answer the simulator gives in these
// flows validates there, with openapi-backend's validator. The flows exercise exactly those
// routes: no more (a route the desk does not call is not locked in), no fewer. Known differences
// are excused one validator error at a time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_ROUTES, PAXOS_SCOPES } from '../../../main/paxos';
import { PAXOS_ROUTES, SEED_IDS } from '../../../main/simulator';
import {
  checkExchanges,
  createRecordingFetch,
  formatIssues,
  KNOWN_DEVIATIONS,
  openApiDocsStatus,
  operationIdFor,
  operationScopes,
  type RecordedExchange,
} from '../../support/openapi-contract';
import { recordSkipReason } from '../../support/skip-reason';
import { exerciseMoneyIn } from './contract-money-in';
import { exerciseMoneyOut } from './contract-money-out';
import {
  eventsSince,
  orchestrationById,
  rejectionOf,
  refId,
  startHarness,
  waitFor,
  wireAccount,
  type Harness,
} from './harness';

/** Each client route as `METHOD /path`, with the OpenAPI operation it matches (or none). */
async function clientOperations(): Promise<{ route: string; operationId?: string }[]> {
  return Promise.all(
    Object.values(CLIENT_ROUTES).map(async ({ method, path }) => {
      const operationId = await operationIdFor(method, path);
      return { route: `${method} ${path}`, ...(operationId ? { operationId } : {}) };
    }),
  );
}

// A newcomer's clone has no ../shared: the contract tests skip there and say why. Under CI the
// documents are required, and their absence fails the run.
const docs = openApiDocsStatus();
if (!docs.available && !docs.required)
  recordSkipReason('Paxos OpenAPI contract tests', docs.reason);

describe.runIf(docs.required)('the OpenAPI documents under CI', () => {
  it('are present (CI=true requires them)', () => {
    expect(docs.reason).toBe('documents found');
  });
});

let h: Harness;

describe.skipIf(!docs.available)('contract with the Paxos OpenAPI documents', () => {
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('validates every request and response of the client flows', async () => {
    const { client, sim } = h;
    const since = new Date(Date.now() - 1000).toISOString();
    await client.verifyAccess();

    // Profiles and balances, with every list filter.
    const profiles = await client.listAllProfiles({
      limit: 1,
      order: 'ASC',
      order_by: 'CREATED_AT',
    });
    await client.listAllProfiles({
      ids: profiles.map((p) => p.id),
      nickname: 'oper',
      created_at: { lte: new Date() },
    });
    await client.listBalances(SEED_IDS.operatingProfile, ['USDG', 'USD']);
    await client.listBalances('default');

    // Bank accounts: create, duplicate, get, list, update, approve, reject, delete.
    const input = wireAccount();
    const { fiatAccount } = await client.createFiatAccount(input);
    expect((await client.createFiatAccount(input)).alreadyExisted).toBe(true);
    await client.getFiatAccount(fiatAccount.id);
    await client.listAllFiatAccounts({ limit: 1, order: 'ASC', created_at: { gte: since } });
    await client.listFiatAccounts({
      ids: [fiatAccount.id],
      ref_ids: [input.ref_id],
      include_deleted: true,
    });
    await client.updateFiatAccount(fiatAccount.id, { metadata: { label: 'Operating (renamed)' } });
    await waitFor(
      () => client.getFiatAccount(fiatAccount.id),
      (a) => a.status === 'APPROVED',
    );
    const rejected = (await client.createFiatAccount(wireAccount({ accountNumber: '9876540000' })))
      .fiatAccount;
    const doomed = (await client.createFiatAccount(wireAccount())).fiatAccount;
    await client.deleteFiatAccount(doomed.id);
    await client.getFiatAccount(doomed.id, { includeDeleted: true });
    await rejectionOf(client.getFiatAccount(doomed.id));

    // Orchestrations: create, 409, insufficient funds, validation, get, list with every filter.
    const redeem = {
      ref_id: refId('redeem'),
      source_asset: 'USDG',
      destination_asset: 'USD',
      source_amount: '2500.25',
      source: { profile: { profile_id: SEED_IDS.operatingProfile } },
      destination: { fiat: { bank_account_id: fiatAccount.id, memo: 'Treasury redemption' } },
      metadata: { requested_by: 'contract-test' },
    };
    const { orchestration } = await client.createOrchestration(redeem);
    expect((await client.createOrchestration(redeem)).alreadyExisted).toBe(true);
    await rejectionOf(
      client.createOrchestration({ ...redeem, ref_id: refId('big'), source_amount: '999999999' }),
    );
    await waitFor(
      () => client.getFiatAccount(rejected.id),
      (a) => a.status === 'REJECTED',
    );
    await rejectionOf(
      client.createOrchestration({
        ...redeem,
        ref_id: refId('rej'),
        destination: { fiat: { bank_account_id: rejected.id } },
      }),
    );
    const done = await waitFor(
      () => orchestrationById(client, orchestration.id),
      (o) => o.status === 'COMPLETED',
    );
    await client.listAllOrchestrations({
      orchestration_id: [orchestration.id],
      ref_id: [redeem.ref_id],
      profile_id: [SEED_IDS.operatingProfile],
      source_asset: ['USDG'],
      destination_asset: ['USD'],
      status: ['COMPLETED', 'PROCESSING'],
      created_at: { gte: since, lt: new Date(Date.now() + 60_000) },
      limit: 1,
      order: 'ASC',
    });
    await client.findOrchestrationByRefId(redeem.ref_id);

    // Rules: create (ETHEREUM and STELLAR), duplicate, list with filters, deposit, delete.
    const rule = {
      ref_id: refId('rule'),
      profile_id: SEED_IDS.operatingProfile,
      nickname: 'Auto-redeem USDC',
      source_asset: 'USDC',
      destination_asset: 'USD',
      source: { crypto: { network: 'ETHEREUM' } },
      destination: { fiat: { fiat_account_id: fiatAccount.id, memo: 'USDC auto-redemption' } },
    };
    const created = await client.createRule(rule);
    expect((await client.createRule(rule)).alreadyExisted).toBe(true);
    const stellar = await client.createRule({
      ...rule,
      ref_id: refId('rule-xlm'),
      source: { crypto: { network: 'STELLAR' } },
    });
    await client.listAllRules({
      profile_id: SEED_IDS.operatingProfile,
      status: ['ACTIVE'],
      source_asset: 'USDC',
      destination_asset: 'USD',
      limit: 1,
      order: 'ASC',
    });
    const spawned = [];
    for (const r of [created.rule, stellar.rule]) {
      const deposit = sim.control.injectDeposit({
        address: String(r.source?.crypto?.address),
        amount: '300',
      }).orchestration;
      spawned.push(
        await waitFor(
          () => orchestrationById(client, String(deposit?.id)),
          (o) => o.status === 'COMPLETED',
        ),
      );
    }
    await client.listOrchestrations({ orchestration_rule_id: [created.rule.id, stellar.rule.id] });
    await client.deleteRule(stellar.rule.id);

    // Transfers (the legs of a redemption, and of the STELLAR deposit) and events.
    await client.getTransfer(String(done.source_transfer?.transfer_id));
    await client.getTransfer(String(done.destination_transfer?.transfer_id));
    for (const o of spawned) await client.getTransfer(String(o.source_transfer?.transfer_id));
    const legs = [done.source_transfer?.transfer_id, done.destination_transfer?.transfer_id];
    const listed = await client.listTransfersByIds(legs.map(String));
    expect(listed.map((t) => t.id).sort()).toEqual(legs.map(String).sort());
    expect(await eventsSince(client, since, 'orchestration.completed')).not.toEqual([]);

    await exerciseMoneyIn(client, sim);
    await exerciseMoneyOut(client, sim);

    // A 401 after the token is revoked (recorded, then refreshed transparently).
    sim.control.expireTokens();
    await client.listAllProfiles();

    // What was exchanged, not how much: polling (waitFor) repeats reads as often as the machine
    // allows, so the number of exchanges varies from run to run; which routes were called, and
    // with which answers, does not.
    const report = await checkExchanges(h.recorder);
    expect(formatIssues(report)).toBe('');
    expect(report.issues).toEqual([]);
    // Exactly the operations of the routes the client calls were exercised, each at least once.
    const exercised = Object.keys(report.operations).sort();
    const routes = await clientOperations();
    // ListApiCredentials (which scopes a real credential holds) is asked of Paxos only: the
    // simulator has no such route, and the desk then falls back to the operator's capabilities.
    const simulated = routes.filter((r) => r.operationId !== 'ListApiCredentials');
    expect(exercised).toEqual([...new Set(simulated.map((r) => r.operationId ?? r.route))].sort());
    // Every route of CLIENT_ROUTES, with each answer the flows above provoke from it (a new route
    // must be added here, and exercised above).
    const seen = Object.fromEntries(
      Object.entries(CLIENT_ROUTES).map(([name, { method, path }]) => {
        const operationId = routes.find((r) => r.route === `${method} ${path}`)?.operationId;
        return [name, operationId ? (report.statuses[operationId] ?? []) : []];
      }),
    );
    expect(seen).toEqual({
      listProfiles: [200, 401], // 401 once the token is revoked, then 200 with a fresh one
      listBalances: [200],
      listFiatAccounts: [200],
      getFiatAccount: [200, 404], // 404 for the deleted account without include_deleted
      createFiatAccount: [200, 409], // 409 for the duplicate ref_id
      updateFiatAccount: [200],
      deleteFiatAccount: [200],
      listOrchestrations: [200],
      // 400: the rejected bank account; 403: insufficient funds; 409: the duplicate ref_id
      createOrchestration: [200, 400, 403, 409],
      listRules: [200],
      createRule: [200, 409],
      deleteRule: [200],
      getTransfer: [200],
      listTransfers: [200],
      listDepositInstructions: [200],
      createDepositInstructions: [200, 409], // 409 for the same ref_id again
      createSandboxFiatDeposit: [200, 400], // 400: a memo no instructions carry
      createFiatWithdrawal: [200, 403, 409], // 403: insufficient funds; 409: the same ref_id
      listEvents: [200],
      listApiCredentials: [], // asked of Paxos only (see above)
    } satisfies Record<keyof typeof CLIENT_ROUTES, number[]>);
    // Nothing excused: the 2026-07 document settles what the 2025 ones needed excusing for.
    expect(report.deviationsHit).toEqual({});
    expect(report.skipped.every((s) => /token endpoint/.test(s.reason))).toBe(true);
  });

  it('validates the 403 problem for a token that lacks the scope', async () => {
    h.sim.control.addCredential({
      clientId: 'reader',
      clientSecret: 'reader-secret',
      scopes: ['funding:read_profile'],
    });
    const recorder = createRecordingFetch();
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: 'reader',
      client_secret: 'reader-secret',
      scope: PAXOS_SCOPES.join(' '),
    });
    const token = (await (
      await recorder.fetch(h.sim.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
      })
    ).json()) as { access_token: string; scope: string };
    expect(token.scope).toBe('funding:read_profile');
    const answer = await recorder.fetch(`${h.sim.url}/orchestration/orchestrations?limit=5`, {
      method: 'GET',
      headers: { authorization: `Bearer ${token.access_token}` },
    });
    expect(answer.status).toBe(403);
    const report = await checkExchanges(recorder);
    expect(report.checked).toBe(1);
    expect(report.issues).toEqual([]);
  });

  it('catches violations: the validator is not a rubber stamp', async () => {
    const url = `${h.sim.url}/orchestration/orchestrations`;
    const bad: RecordedExchange[] = [
      {
        // amount as a number, unknown filter
        method: 'POST',
        url,
        requestHeaders: { 'content-type': 'application/json' },
        requestBody: JSON.stringify({
          ref_id: 'x',
          source_asset: 'USDG',
          destination_asset: 'USD',
          source_amount: 12.5,
        }),
        status: 200,
        responseHeaders: { 'content-type': 'application/json' },
        responseBody: JSON.stringify({ id: 'o', status: 'DONE' }),
      },
      {
        method: 'GET',
        url: `${url}?colour=blue`,
        requestHeaders: {},
        status: 200,
        responseHeaders: { 'content-type': 'application/json' },
        responseBody: '{"items": 3}',
      },
      {
        method: 'GET',
        url: `${h.sim.url}/nowhere`,
        requestHeaders: {},
        status: 200,
        responseHeaders: { 'content-type': 'application/json' },
        responseBody: '{}',
      },
      {
        method: 'GET',
        url: `${url}/abc`,
        requestHeaders: {},
        status: 404,
        responseHeaders: { 'content-type': 'application/json' },
        responseBody: '{"status": "nope"}',
      },
    ];
    const report = await checkExchanges(bad);
    const messages = formatIssues(report);
    expect(messages).toMatch(/requestBody\/source_amount must be string/);
    expect(messages).toMatch(/\/status must be equal to one of the allowed values/);
    expect(messages).toMatch(/additionalProperty":"colour"/);
    expect(messages).toMatch(/no operation in the OpenAPI documents/);
    expect(messages).toMatch(/\/status must be integer/);
    expect(report.deviationsHit).toEqual({});
  });

  it('every route the client calls is in the OpenAPI documents, under the scope it asks for', async () => {
    for (const { route, operationId } of await clientOperations()) {
      expect(operationId, `${route} is not an operation of the OpenAPI documents`).toBeDefined();
      const { scope } = Object.values(CLIENT_ROUTES).find(
        (r) => `${r.method} ${r.path}` === route,
      )!;
      expect(await operationScopes(operationId!), route).toContain(scope);
    }
    // The matcher is no rubber stamp: a path or a method the documents lack matches nothing.
    expect(await operationIdFor('GET', '/orchestration/nowhere/{id}')).toBeUndefined();
    expect(await operationIdFor('PATCH', '/transfer/fiat-accounts/{id}')).toBeUndefined();
  });

  it('the simulator enforces per endpoint the scope the OpenAPI documents require', async () => {
    for (const route of PAXOS_ROUTES) {
      expect(await operationScopes(route.operationId!), route.pattern).toContain(route.scope);
    }
    expect(KNOWN_DEVIATIONS).toEqual([]);
  });
});
