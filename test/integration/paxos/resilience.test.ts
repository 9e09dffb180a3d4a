// Token expiry, 429 cool-down, 5xx, dropped connections and timeouts, over real HTTP.
import { afterEach, describe, expect, it } from 'vitest';
import { createPaxosClient } from '../../../main/paxos';
import { eventsSince, rejectionOf, startHarness, type Harness } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const statusesOf = (harness: Harness, path: string) =>
  harness.requests.filter((r) => r.path === path).map((r) => r.status);

describe('resilience', () => {
  it('refreshes an expired token mid-flow without the operator noticing', async () => {
    h = await startHarness();
    await h.client.listAllProfiles();
    h.sim.control.expireTokens();
    const balances = await h.client.listBalances('default');
    expect(balances.map((b) => b.asset)).toContain('USDG');
    expect(statusesOf(h, '/v2/profiles/default/balances')).toEqual([401, 200]);
    expect(h.sim.control.counts()['POST /oauth2/token']).toBe(2);
  });

  it('renews a short-lived token before it expires (half-life), with no 401', async () => {
    h = await startHarness({ tokenTtlSeconds: 1 });
    await h.client.listAllProfiles();
    await new Promise((r) => setTimeout(r, 600));
    await h.client.listAllProfiles();
    expect(h.sim.control.counts()['POST /oauth2/token']).toBe(2);
    expect(h.requests.every((r) => r.status !== 401)).toBe(true);
  });

  it('ten concurrent calls share one token request', async () => {
    h = await startHarness();
    await Promise.all(Array.from({ length: 10 }, () => h!.client.listBalances('default')));
    expect(h.sim.control.counts()['POST /oauth2/token']).toBe(1);
    expect(h.sim.control.counts()['GET /v2/profiles/{profile_id}/balances']).toBe(10);
  });

  it('a 429 cools the whole client down: nothing is sent, calls fail fast with retryAt, then it resumes', async () => {
    h = await startHarness(
      { rateLimits: { apiPerSecond: 1, windowMs: 5000, coolDownMs: 1500 } },
      { backoff: { maxRetryAfterMs: 0 } },
    );
    const client = h.client;
    let error: Awaited<ReturnType<typeof rejectionOf>> | undefined;
    for (let i = 0; i < 10 && !error; i += 1)
      error = await client.listAllProfiles().then(
        () => undefined,
        (e: Error) => e as never,
      );
    expect(error?.code).toBe('rate_limited');
    const retryAt = Date.parse(String(error?.details?.retryAt));
    expect(retryAt - Date.now()).toBeGreaterThan(500);
    expect(retryAt - Date.now()).toBeLessThanOrEqual(2000);
    expect(error?.message).toBe(
      `Paxos is throttling requests from this computer. Nothing will be sent until ${new Date(retryAt).toISOString()}.`,
    );
    expect(client.coolDownUntil()?.getTime()).toBe(retryAt);

    const sentBefore = h.requests.length;
    const serverBefore = JSON.stringify(h.sim.control.counts());
    const during = await rejectionOf(client.listOrchestrations({ orchestration_id: ['any'] }));
    expect(during.code).toBe('rate_limited');
    expect(during.details).toEqual({ retryAt: new Date(retryAt).toISOString() });
    expect(h.requests.length).toBe(sentBefore);
    expect(JSON.stringify(h.sim.control.counts())).toBe(serverBefore);

    await new Promise((r) => setTimeout(r, retryAt - Date.now() + 50));
    expect(client.coolDownUntil()).toBeNull();
    expect((await client.listAllProfiles()).length).toBeGreaterThan(0);
  });

  it('a short Retry-After is waited out inside the call', async () => {
    h = await startHarness(
      { rateLimits: { apiPerSecond: 0.4, windowMs: 5000, coolDownMs: 1000 } },
      { backoff: { maxRetryAfterMs: 2000 } },
    );
    const results = [];
    for (let i = 0; i < 4; i += 1) results.push(await h.client.listAllProfiles());
    expect(results).toHaveLength(4);
    expect(statusesOf(h, '/v2/profiles')).toContain(429);
  });

  it('5xx answers are retried with backoff until Paxos recovers', async () => {
    h = await startHarness({
      faults: { error: { count: 2, status: 503, match: { path: '/balances' } } },
    });
    const balances = await h.client.listBalances('default');
    expect(balances.map((b) => b.asset)).toContain('USDG');
    expect(statusesOf(h, '/v2/profiles/default/balances')).toEqual([503, 503, 200]);
  });

  it('dropped connections are retried to success', async () => {
    h = await startHarness({ faults: { drop: { count: 2, match: { path: '/profiles' } } } });
    const page = await h.client.listAllProfiles();
    expect(page.length).toBe(3);
    expect(statusesOf(h, '/v2/profiles')).toEqual([0, 0, 200]);
  });

  it('gives up after the last attempt with an explanation', async () => {
    h = await startHarness(
      { faults: { error: { count: 10, status: 500, match: { path: '/events' } } } },
      { backoff: { maxAttempts: 3 } },
    );
    const error = await rejectionOf(eventsSince(h.client, new Date(0)));
    expect(error.code).toBe('unavailable');
    expect(error.message).toBe('Paxos is temporarily unavailable (HTTP 500). Try again shortly.');
    expect(error.details).toEqual({ method: 'GET', path: '/v2/events', status: 500, attempts: 3 });
  });

  it('times out a request that never answers, and retries it', async () => {
    h = await startHarness(
      { faults: { stall: { count: 1, ms: 1500, match: { path: '/profiles' } } } },
      { timeoutMs: 500 },
    );
    const page = await h.client.listAllProfiles();
    expect(page.length).toBe(3);
    expect(statusesOf(h, '/v2/profiles')).toEqual([0, 200]);
  });

  it('reports a timeout when every attempt times out (slow drip included)', async () => {
    h = await startHarness(
      { faults: { slowDrip: { count: 5, chunkDelayMs: 100, match: { path: '/profiles' } } } },
      { timeoutMs: 250, backoff: { maxAttempts: 2 } },
    );
    const error = await rejectionOf(h.client.listAllProfiles());
    expect(error.code).toBe('timeout');
    expect(error.message).toBe('Paxos did not answer within 250 ms.');
    expect(error.details).toEqual({
      method: 'GET',
      path: '/v2/profiles',
      timeoutMs: 250,
      attempts: 2,
    });
  });

  it('network errors when Paxos is unreachable', async () => {
    h = await startHarness();
    const url = h.sim.url;
    await h.sim.close();
    const client = createPaxosClient({
      environment: 'demo',
      endpoints: { apiUrl: url, tokenUrl: url.replace('/v2', '/oauth2/token') },
      env: {},
      getCredentials: async () => ({ clientId: 'demo-client', clientSecret: 'demo-secret' }),
      backoff: { maxAttempts: 2, baseDelayMs: 5 },
      tokenMinIntervalMs: 50,
    });
    const error = await rejectionOf(client.listAllProfiles());
    expect(error.code).toBe('network');
    expect(error.message).toBe(
      'Could not reach Paxos (connection refused). Check the network connection.',
    );
  });
});
