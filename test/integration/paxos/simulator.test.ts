// The simulator's own surface over HTTP: OAuth answers, bearer checks, list filters and paging,
// the Events API window, the simulator-only control endpoints and state persistence.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectAll } from '../../../main/paxos/pagination';
import { DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, SEED_IDS } from '../../../main/simulator';
import { eventsSince, orchestrationById, refId, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});
const post = (url: string, body: unknown) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('simulator', () => {
  it('speaks OAuth client credentials with fixed, printable demo credentials', async () => {
    expect(h.sim.credentials).toEqual({
      clientId: DEMO_CLIENT_ID,
      clientSecret: DEMO_CLIENT_SECRET,
    });
    expect(h.sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v2$/);
    const ok = await fetch(
      h.sim.tokenUrl,
      form({
        grant_type: 'client_credentials',
        client_id: DEMO_CLIENT_ID,
        client_secret: DEMO_CLIENT_SECRET,
        scope: 'events:read_event funding:read_profile',
      }),
    );
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({
      expires_in: 3599,
      scope: 'events:read_event funding:read_profile',
      token_type: 'bearer',
    });
    const wrong = await fetch(
      h.sim.tokenUrl,
      form({ grant_type: 'client_credentials', client_id: DEMO_CLIENT_ID, client_secret: 'nope' }),
    );
    expect([wrong.status, await wrong.json()]).toEqual([
      401,
      { error: 'invalid_client', error_description: 'client authentication failed' },
    ]);
    const grant = await fetch(h.sim.tokenUrl, form({ grant_type: 'password' }));
    expect(grant.status).toBe(400);
  });

  it('answers 401 problems for missing and unknown tokens', async () => {
    const none = await fetch(`${h.sim.url}/profiles`);
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toBe('application/problem+json');
    expect(await none.json()).toMatchObject({
      title: 'Unauthorized',
      status: 401,
      detail: 'no authorization header set',
    });
    const bogus = await fetch(`${h.sim.url}/profiles`, {
      headers: { authorization: 'Bearer sim_bogus' },
    });
    expect(((await bogus.json()) as { detail: string }).detail).toBe('invalid access token');
  });

  it('filters and pages orchestrations exactly as documented', async () => {
    const refs = [refId('page'), refId('page'), refId('page')];
    for (const ref of refs) {
      await h.client.createOrchestration({
        ref_id: ref,
        source_asset: 'USDP',
        destination_asset: 'USD',
        source_amount: '1',
        source: { profile: { profile_id: SEED_IDS.defaultProfile } },
        destination: { fiat: { bank_account_id: SEED_IDS.operatingBankAccount } },
      });
    }
    const asc = await h.client.listAllOrchestrations({ ref_id: refs, order: 'ASC', limit: 1 });
    expect(asc.map((o) => o.ref_id)).toEqual(refs);
    const page1 = await h.client.listOrchestrations({ ref_id: refs, limit: 2 });
    expect(page1.items.map((o) => o.ref_id)).toEqual([refs[2], refs[1]]);
    expect(page1.nextPageCursor).not.toBeNull();
    const page2 = await h.client.listOrchestrations(
      { ref_id: refs, limit: 2 },
      page1.nextPageCursor!,
    );
    expect(page2).toMatchObject({ items: [{ ref_id: refs[0] }], nextPageCursor: null });
    const middle = String(asc[1]?.created_at);
    expect(
      (await h.client.listOrchestrations({ ref_id: refs, created_at: { eq: middle } })).items.map(
        (o) => o.ref_id,
      ),
    ).toEqual([refs[1]]);
    expect(
      (await h.client.listOrchestrations({ ref_id: refs, created_at: { gt: middle } })).items.map(
        (o) => o.ref_id,
      ),
    ).toEqual([refs[2]]);
    expect(
      (await h.client.listOrchestrations({ ref_id: refs, source_asset: ['USDC'] })).items,
    ).toEqual([]);
    const raw = h.recorder.exchanges.find((e) => e.url.includes('page_cursor='));
    expect(JSON.parse(String(raw?.responseBody))).toHaveProperty('orchestrations');
  });

  it('lists events in ascending order inside a created_at window, and iterates them by moving the window', async () => {
    h.sim.control.settle(); // earlier tests' orchestrations finish first
    const since = h.sim.control.now().toISOString();
    const earlier = new Set(h.sim.control.snapshot().events.map((e) => e.id));
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const { orchestration } = await h.client.createOrchestration({
        ref_id: refId('ev'),
        source_asset: 'USDC',
        destination_asset: 'USD',
        source_amount: '3',
        source: { profile: { profile_id: SEED_IDS.defaultProfile } },
        destination: { fiat: { bank_account_id: SEED_IDS.operatingBankAccount } },
      });
      ids.push(orchestration.id);
    }
    h.sim.control.settle();
    const events = await eventsSince(h.client, since);
    const times = events.map((e) => e.created_at);
    expect([...times].sort()).toEqual(times);
    expect(
      events
        .filter((e) => e.type === 'orchestration.completed' && !earlier.has(e.id))
        .map((e) => e.object?.id),
    ).toEqual(ids);
    const walked = await collectAll(h.client.iterateEvents(since, { pageSize: 2 }));
    expect(walked.map((e) => e.id)).toEqual(events.map((e) => e.id));
    const processing = await collectAll(
      h.client.iterateEvents(since, { type: 'orchestration.processing', pageSize: 2 }),
    );
    expect(processing.map((e) => e.type)).toEqual(ids.map(() => 'orchestration.processing'));
  });

  it('exposes its control API over HTTP under /v2/simulator (not a Paxos path)', async () => {
    const control = `${h.sim.url}/simulator`;
    await post(`${control}/faults`, {
      error: { count: 1, status: 500, match: { path: '/events' } },
    });
    expect(await (await fetch(`${control}/faults`)).json()).toMatchObject({
      error: { count: 1, status: 500 },
    });
    await eventsSince(h.client, h.sim.control.now());
    expect(
      h.requests
        .filter((r) => r.path === '/v2/events')
        .slice(-2)
        .map((r) => r.status),
    ).toEqual([500, 200]);
    const { rule } = await h.client.createRule({
      ref_id: refId('ctl'),
      profile_id: SEED_IDS.payrollProfile,
      source_asset: 'USDC',
      destination_asset: 'USD',
      source: { crypto: { network: 'BASE' } },
      destination: { fiat: { fiat_account_id: SEED_IDS.operatingBankAccount } },
    });
    const deposit = (await (
      await post(`${control}/deposits`, { address: rule.source?.crypto?.address, amount: '12.5' })
    ).json()) as { orchestration: { id: string } };
    await post(`${control}/settle`, {});
    expect((await orchestrationById(h.client, deposit.orchestration.id)).status).toBe('COMPLETED');
    const state = (await (await fetch(`${control}/state`)).json()) as {
      orchestrations: { id: string }[];
    };
    expect(state.orchestrations.map((o) => o.id)).toContain(deposit.orchestration.id);
    const counts = (await (await fetch(`${control}/counts`)).json()) as Record<string, number>;
    expect(counts['POST /v2/orchestration/rules']).toBeGreaterThan(0);
    await post(`${control}/tokens/expire`, {});
    await h.client.listBalances('default');
    expect(
      h.requests
        .filter((r) => r.path === '/v2/profiles/default/balances')
        .slice(-2)
        .map((r) => r.status),
    ).toEqual([401, 200]);
  });

  it('pads pages and drips answers on request (hostile-input knobs)', async () => {
    h.sim.control.setFaults({
      hugePage: { count: 1, items: 2500, match: { path: '/transfer/fiat-accounts' } },
    });
    // The simulator pads the page; the client refuses a page bigger than any it asks for.
    await expect(h.client.listFiatAccounts({ limit: 1 })).rejects.toMatchObject({
      code: 'bad_response',
      message: expect.stringContaining('a page of 2500 items'),
    });
    h.sim.control.setFaults({ slowDrip: { count: 1, chunkDelayMs: 5 } });
    expect((await h.client.listAllProfiles()).map((p) => p.type)).toContain('DEFAULT');
  });

  it('keeps its state across restarts with stateFile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paxos-sim-'));
    const stateFile = join(dir, 'state.json');
    try {
      const first = await startHarness({ stateFile });
      first.sim.control.setBalance(SEED_IDS.defaultProfile, 'USDG', '777.000001');
      const { orchestration } = await first.client.createOrchestration({
        ref_id: refId('persist'),
        source_asset: 'USDG',
        destination_asset: 'USD',
        source_amount: '0.000001',
        source: { profile: { profile_id: SEED_IDS.defaultProfile } },
        destination: { fiat: { bank_account_id: SEED_IDS.operatingBankAccount } },
      });
      await first.close();
      const second = await startHarness({ stateFile });
      const restored = second.sim.control.snapshot();
      expect(restored.profiles.find((p) => p.id === SEED_IDS.defaultProfile)?.balances.USDG).toBe(
        '777',
      );
      expect(restored.orchestrations.map((o) => o.id)).toContain(orchestration.id);
      expect((await orchestrationById(second.client, orchestration.id)).ref_id).toBe(
        orchestration.ref_id,
      );
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
