// Contract, 2026 part: the simulator's answers in the flows the 2026-07 document added, over real
// HTTP and validated there (the client's own flows are in contract.test.ts). Orchestrations and
// rules that wait for approval and end either way, crypto destinations by address + network,
// events paged through page_cursor in both orders, limit > 100 refused, rate-limit headers and
// the 429. Requests are sent raw with a bearer token: the desk's client does not (yet) send
// these, and the point here is what the simulator answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_IDS, startSimulator, type RunningSimulator } from '../../../main/simulator';
import { RATE_LIMIT_HEADERS } from '../../../main/simulator/rate-limit';
import {
  checkExchanges,
  createRecordingFetch,
  formatIssues,
  openApiDocsStatus,
  type Recorder,
} from '../../support/openapi-contract';
import { FAST_TIMING, refId } from './harness';

type Body = Record<string, unknown> & { id?: string; status?: string };

const docs = openApiDocsStatus();
let sim: RunningSimulator;
let recorder: Recorder;
let token = '';

async function call(method: string, path: string, body?: unknown) {
  const answer = await recorder.fetch(`${sim.url}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(path.startsWith('/simulator/') ? {} : { authorization: `Bearer ${token}` }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: answer.status, headers: answer.headers, body: (await answer.json()) as Body };
}
const settle = () => call('POST', '/simulator/settle');
const decide = (kind: string, id: string, decision: string, reason?: string) =>
  call('POST', '/simulator/approvals/decide', { kind, id, decision, reason });
const redeem = (
  destination: unknown = { fiat: { bank_account_id: SEED_IDS.operatingBankAccount } },
) =>
  call('POST', '/orchestration/orchestrations', {
    ref_id: refId('o26'),
    source_asset: 'USDG',
    destination_asset: 'USD',
    source_amount: '125.5',
    source: { profile: { profile_id: SEED_IDS.operatingProfile } },
    destination,
  });
const createRule = (destination: unknown) =>
  call('POST', '/orchestration/rules', {
    ref_id: refId('r26'),
    profile_id: SEED_IDS.operatingProfile,
    source_asset: 'USDC',
    destination_asset: 'USDG',
    source: { crypto: { network: 'ETHEREUM' } },
    destination,
  });
const ADDRESS = '0x52908400098527886E0F7030069857D2E4169EE7';

describe.skipIf(!docs.available)('contract with the 2026-07 document: what 2026 added', () => {
  beforeAll(async () => {
    sim = await startSimulator({ timing: FAST_TIMING, seed: 26, autoAdvance: false });
    recorder = createRecordingFetch();
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: sim.credentials.clientId,
      client_secret: sim.credentials.clientSecret,
    });
    const answer = await recorder.fetch(sim.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    token = ((await answer.json()) as { access_token: string }).access_token;
  });
  afterAll(async () => {
    await sim?.close();
  });

  it('orchestrations PENDING approval, then processed or REJECTED', async () => {
    await call('POST', '/simulator/approvals', { orchestrations: { mode: 'manual' } });
    const approved = (await redeem()).body;
    const rejected = (await redeem()).body;
    expect([approved.status, rejected.status]).toEqual(['PENDING', 'PENDING']);
    await call('GET', `/orchestration/orchestrations?status=PENDING&limit=10`);
    expect((await decide('orchestration', String(approved.id), 'approve')).body.status).toBe(
      'PROCESSING',
    );
    await decide('orchestration', String(rejected.id), 'reject', 'declined by the checker');
    await settle();
    expect((await call('GET', `/orchestration/orchestrations/${approved.id}`)).body.status).toBe(
      'COMPLETED',
    );
    expect((await call('GET', `/orchestration/orchestrations/${rejected.id}`)).body).toMatchObject({
      status: 'REJECTED',
      fail_reason: { detail: 'declined by the checker' },
    });
    const listed = await call('GET', `/orchestration/orchestrations?status=REJECTED`);
    expect((listed.body.items as Body[]).map((o) => o.id)).toEqual([rejected.id]);
    await call('POST', '/simulator/approvals', { orchestrations: { mode: 'none' } });
  });

  it('rules PENDING approval → ACTIVE or REJECTED; no conversion until ACTIVE', async () => {
    await call('POST', '/simulator/approvals', { rules: { mode: 'approve', afterMs: 50 } });
    const rule = (await createRule({ crypto: { address: ADDRESS, network: 'ETHEREUM' } })).body
      .rule as Body & { source: { crypto: { address: string } } };
    expect(rule.status).toBe('PENDING');
    const early = sim.control.injectDeposit({ address: rule.source.crypto.address, amount: '20' });
    expect(early.orchestration).toBeNull();
    await call('GET', '/orchestration/rules?status=PENDING');
    await settle();
    const active = await call('GET', `/orchestration/rules?status=ACTIVE&ids=${rule.id}`);
    expect((active.body.items as Body[]).map((r) => r.id)).toEqual([rule.id]);
    const later = sim.control.injectDeposit({ address: rule.source.crypto.address, amount: '20' });
    expect(later.orchestration).toMatchObject({
      orchestration_rule_id: rule.id,
      destination: { crypto: { address: ADDRESS, network: 'ETHEREUM' } },
    });
    await settle();
    await call('GET', `/orchestration/orchestrations/${String(later.orchestration?.id)}`);

    await call('POST', '/simulator/approvals', { rules: { mode: 'reject' } });
    const doomed = (await createRule({ crypto: { crypto_address_id: 'book-entry-1' } })).body
      .rule as Body;
    await settle();
    const rejected = await call('GET', `/orchestration/rules?status=REJECTED`);
    expect((rejected.body.items as Body[]).map((r) => r.id)).toEqual([doomed.id]);
    await call('POST', '/simulator/approvals', { rules: { mode: 'none' } });
  });

  it('crypto destinations by address + network, and by the deprecated address_id', async () => {
    const toAddress = async (crypto: unknown) =>
      (
        await call('POST', '/orchestration/orchestrations', {
          ref_id: refId('c26'),
          source_asset: 'USDG',
          destination_asset: 'USDG',
          source_amount: '10',
          source: { profile: { profile_id: SEED_IDS.operatingProfile } },
          destination: { crypto },
        })
      ).body;
    const byAddress = await toAddress({ address: ADDRESS, network: 'ETHEREUM' });
    const byId = await toAddress({ address_id: 'book-entry-2' });
    expect(byId.destination).toEqual({ crypto: { address_id: 'book-entry-2' } });
    await settle();
    const done = (await call('GET', `/orchestration/orchestrations/${byAddress.id}`)).body;
    expect(done.status).toBe('COMPLETED');
    const leg = done.destination_transfer as { transfer_id: string };
    expect((await call('GET', `/transfer/transfers/${leg.transfer_id}`)).body).toMatchObject({
      type: 'CRYPTO_WITHDRAWAL',
      destination_address: ADDRESS,
    });
    // An address without its network: a valid request by the schema, refused by the simulator.
    expect(await toAddress({ address: ADDRESS })).toMatchObject({
      status: 400,
      detail: 'destination.crypto.network must be set',
    });
  });

  it('events: paged through page_cursor in both orders; limit over 100 refused', async () => {
    const walk = async (order: string) => {
      const ids: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await call(
          'GET',
          `/events?limit=4&order=${order}${cursor ? `&page_cursor=${cursor}` : ''}`,
        );
        ids.push(...(page.body.events as Body[]).map((e) => String(e.id)));
        cursor = page.body.next_page_cursor as string | undefined;
      } while (cursor);
      return ids;
    };
    const asc = await walk('ASC');
    expect(asc.length).toBeGreaterThan(8);
    expect(new Set(asc).size).toBe(asc.length);
    expect(await walk('DESC')).toEqual([...asc].reverse());
    const rejectedEvents = await call('GET', '/events?type=orchestration.rejected&limit=100');
    expect((rejectedEvents.body.events as Body[]).length).toBe(1);
    const tooMany = await call('GET', '/events?limit=101');
    expect(tooMany.status).toBe(400);
    expect(tooMany.body).toMatchObject({ title: 'Bad Request', status: 400 });
  });

  it('rate-limit headers on answers; a 429 titled Too Many Requests', async () => {
    const ok = await call('GET', '/profiles');
    for (const name of Object.values(RATE_LIMIT_HEADERS))
      expect(ok.headers.get(name)).toMatch(/^\d+$/);
    sim.control.setRateLimits({ apiPerSecond: 1, windowMs: 1000, coolDownMs: 60_000 });
    sim.control.resetRateLimits();
    await call('GET', '/profiles');
    const throttled = await call('GET', '/profiles');
    expect(throttled.status).toBe(429);
    expect(throttled.body.title).toBe('Too Many Requests');
    expect(throttled.headers.get('retry-after')).toBe('60');
    sim.control.setRateLimits({ apiPerSecond: 50, windowMs: 300_000, coolDownMs: 300_000 });
    sim.control.resetRateLimits();
  });

  it('every answer above validates against the 2026-07 document, nothing excused', async () => {
    const report = await checkExchanges(recorder);
    expect(formatIssues(report)).toBe('');
    expect(report.deviationsHit).toEqual({});
    expect(Object.keys(report.operations).sort()).toEqual([
      'CreateOrchestration',
      'CreateOrchestrationRule',
      'GetOrchestration',
      'GetTransfer',
      'ListEvents',
      'ListOrchestrationRules',
      'ListOrchestrations',
      'ListProfiles',
    ]);
    expect(report.skipped.every((s) => /token endpoint|simulator-only/.test(s.reason))).toBe(true);
  });
});
