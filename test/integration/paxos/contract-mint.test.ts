// Contract, mint part (issue 25): the simulator's answers for a mint (USD in a profile → a
// stablecoin in another profile, credited at the pair's precision), a Convert & Hold rule (a USD
// wire source answered with its deposit instructions and memo, PENDING first when approval says
// so), a wire quoting that memo turned into a rule-made mint, and an unsupported pair refused
// with a 400, all over real HTTP and validated against the 2026-07 document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_IDS, startSimulator, type RunningSimulator } from '../../../main/simulator';
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
  return { status: answer.status, body: (await answer.json()) as Body };
}
const mint = (amount: string, asset = 'USDC') =>
  call('POST', '/orchestration/orchestrations', {
    ref_id: refId('m25'),
    source_asset: 'USD',
    destination_asset: asset,
    source_amount: amount,
    source: { profile: { profile_id: SEED_IDS.defaultProfile } },
    destination: { profile: { profile_id: SEED_IDS.payrollProfile } },
  });
const holdRule = () =>
  call('POST', '/orchestration/rules', {
    ref_id: refId('h25'),
    profile_id: SEED_IDS.payrollProfile,
    nickname: 'Mint on wire',
    source_asset: 'USD',
    destination_asset: 'USDC',
    source: { fiat: { network: 'WIRE', account_type: 'ABA' } },
    destination: { profile: { profile_id: SEED_IDS.payrollProfile } },
  });

describe.skipIf(!docs.available)('contract with the 2026-07 document: mint', () => {
  beforeAll(async () => {
    sim = await startSimulator({ timing: FAST_TIMING, seed: 25, autoAdvance: false });
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

  it('a mint into another profile completes, and its credited leg carries 1:1 at 2 decimals', async () => {
    const created = await mint('1234.56');
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      source_asset: 'USD',
      destination_asset: 'USDC',
      destination: { profile: { profile_id: SEED_IDS.payrollProfile } },
    });
    await call('POST', '/simulator/settle');
    const done = await call('GET', `/orchestration/orchestrations/${created.body.id}`);
    expect(done.body.status).toBe('COMPLETED');
    const leg = (done.body.destination_transfer as { transfer_id: string }).transfer_id;
    const credited = await call('GET', `/transfer/transfers/${leg}`);
    expect(credited.body).toMatchObject({
      asset: 'USDC',
      amount: '1234.56',
      direction: 'CREDIT',
      profile_id: SEED_IDS.payrollProfile,
    });
    const listed = await call('GET', `/orchestration/orchestrations?ref_id=${created.body.ref_id}`);
    expect((listed.body.items as Body[]).map((o) => o.id)).toEqual([created.body.id]);
  });

  it('an unsupported pair is a 400 naming the pair; nothing is created', async () => {
    await call('POST', '/simulator/entitlements', {
      source_asset: 'USD',
      destination_asset: 'PYUSD',
      refused: true,
    });
    const refused = await mint('10.00', 'PYUSD');
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ status: 400, title: 'Bad Request' });
    expect(String(refused.body.detail)).toContain('USD to PYUSD');
    const rule = await call('POST', '/orchestration/rules', {
      ref_id: refId('h25x'),
      profile_id: SEED_IDS.payrollProfile,
      source_asset: 'USD',
      destination_asset: 'PYUSD',
      source: { fiat: { network: 'WIRE', account_type: 'ABA' } },
      destination: { profile: { profile_id: SEED_IDS.payrollProfile } },
    });
    expect(rule.status).toBe(400);
  });

  it('a Convert & Hold rule answers its deposit instructions and memo; PENDING, then ACTIVE; a wire quoting the memo becomes a rule-made mint', async () => {
    sim.control.setApprovals({ rules: { mode: 'manual' } });
    const created = await holdRule();
    expect(created.status).toBe(200);
    const rule = created.body.rule as Body & { source: { fiat: Record<string, string> } };
    expect(rule.status).toBe('PENDING');
    expect(rule.source.fiat).toMatchObject({ network: 'WIRE', account_type: 'ABA' });
    expect(rule.source.fiat.memo_id).toMatch(/^[A-Z0-9]{10}$/);
    expect(rule.source.fiat.deposit_instructions_id).toBeTruthy();
    await call('POST', '/simulator/approvals/decide', {
      kind: 'rule',
      id: rule.id,
      decision: 'approve',
    });
    const listed = await call('GET', `/orchestration/rules?profile_id=${SEED_IDS.payrollProfile}`);
    expect((listed.body.items as Body[]).find((r) => r.id === rule.id)?.status).toBe('ACTIVE');
    const wire = await call('POST', '/simulator/wire-deposits', {
      memo_id: rule.source.fiat.memo_id,
      amount: '5000.00',
    });
    const made = wire.body.orchestration as Body;
    await call('POST', '/simulator/settle');
    const got = await call('GET', `/orchestration/orchestrations/${made.id}`);
    expect(got.body).toMatchObject({
      status: 'COMPLETED',
      orchestration_rule_id: rule.id,
      source: { fiat: { memo: rule.source.fiat.memo_id } },
      destination: { profile: { profile_id: SEED_IDS.payrollProfile } },
    });
    sim.control.setApprovals({ rules: { mode: 'none' } });
  });

  it("a sandbox fiat deposit quoting an ACTIVE Convert & Hold rule's memo is converted by the rule; its deposit_instructions_id is GET-able", async () => {
    const created = await holdRule();
    const rule = created.body.rule as Body & { source: { fiat: Record<string, string> } };
    expect(rule.status).toBe('ACTIVE');
    const { memo_id: memo, deposit_instructions_id: instructionsId } = rule.source.fiat;
    const instructions = await call('GET', `/transfer/fiat-deposit-instructions/${instructionsId}`);
    expect(instructions.status).toBe(200);
    expect(instructions.body).toMatchObject({
      id: instructionsId,
      memo_id: memo,
      profile_id: SEED_IDS.payrollProfile,
      status: 'VALID',
    });
    // Kept out of the list: a profile's plain instructions are never a rule's memo.
    const listed = await call('GET', '/transfer/fiat-deposit-instructions');
    expect((listed.body.items as Body[]).map((i) => i.id)).not.toContain(instructionsId);
    const before = sim.control.snapshot().orchestrations.length;
    const wire = await call('POST', '/sandbox/fiat-deposits', {
      amount: '2500.00',
      asset: 'USD',
      memo_id: memo,
      fiat_network_instructions: {
        wire: {
          account_number: '000123456789',
          fiat_account_owner_address: { country: 'USA', city: 'New York' },
          routing_details: {
            routing_number_type: 'ABA',
            routing_number: '021000021',
            bank_name: 'Treasury Desk Test Bank',
            bank_address: { country: 'USA', city: 'New York' },
          },
        },
      },
    });
    expect(wire.status).toBe(200);
    const made = sim.control
      .snapshot()
      .orchestrations.filter((o) => o.orchestration_rule_id === rule.id);
    expect(made).toHaveLength(1);
    expect(sim.control.snapshot().orchestrations).toHaveLength(before + 1);
    await call('POST', '/simulator/settle');
    const got = await call('GET', `/orchestration/orchestrations/${String(made[0]!.id)}`);
    expect(got.body).toMatchObject({
      status: 'COMPLETED',
      source_asset: 'USD',
      destination_asset: 'USDC',
      source_amount: '2500.00',
      source: { fiat: { deposit_instructions_id: instructionsId, memo } },
      destination: { profile: { profile_id: SEED_IDS.payrollProfile } },
    });
  });

  it('Convert & Hold for crypto deposits (issue 26): USDC on Ethereum into USDG kept in the profile; a coin the network lacks is a 400', async () => {
    const created = await call('POST', '/orchestration/rules', {
      ref_id: refId('c26'),
      profile_id: SEED_IDS.payrollProfile,
      source_asset: 'USDC',
      destination_asset: 'USDG',
      source: { crypto: { network: 'ETHEREUM' } },
      destination: { profile: { profile_id: SEED_IDS.payrollProfile } },
    });
    expect(created.status).toBe(200);
    const rule = created.body.rule as Body & { source: { crypto: { address: string } } };
    expect(rule).toMatchObject({ status: 'ACTIVE', source: { crypto: { network: 'ETHEREUM' } } });
    const deposit = sim.control.injectDeposit({
      address: rule.source.crypto.address,
      amount: '750.123456',
    });
    await call('POST', '/simulator/settle');
    const got = await call(
      'GET',
      `/orchestration/orchestrations/${String(deposit.orchestration?.id)}`,
    );
    expect(got.body).toMatchObject({
      status: 'COMPLETED',
      orchestration_rule_id: rule.id,
      source_asset: 'USDC',
      destination_asset: 'USDG',
      destination: { profile: { profile_id: SEED_IDS.payrollProfile } },
    });
    const leg = (got.body.destination_transfer as { transfer_id: string }).transfer_id;
    const credited = await call('GET', `/transfer/transfers/${leg}`);
    expect(credited.body).toMatchObject({
      asset: 'USDG',
      amount: '750.123456',
      direction: 'CREDIT',
      profile_id: SEED_IDS.payrollProfile,
    });
    const wrongChain = await call('POST', '/orchestration/rules', {
      ref_id: refId('c26x'),
      profile_id: SEED_IDS.payrollProfile,
      source_asset: 'USDG',
      destination_asset: 'USDC',
      source: { crypto: { network: 'BASE' } },
      destination: { profile: { profile_id: SEED_IDS.payrollProfile } },
    });
    expect(wrongChain.status).toBe(400);
  });

  it('every answer above validates against the 2026-07 document, nothing excused', async () => {
    const report = await checkExchanges(recorder);
    expect(formatIssues(report)).toBe('');
    expect(report.deviationsHit).toEqual({});
    expect(Object.keys(report.operations).sort()).toEqual([
      'CreateOrchestration',
      'CreateOrchestrationRule',
      'GetFiatDepositInstructions',
      'GetOrchestration',
      'GetTransfer',
      'InitiateSandboxFiatDeposit',
      'ListFiatDepositInstructions',
      'ListOrchestrationRules',
      'ListOrchestrations',
    ]);
  });
});
