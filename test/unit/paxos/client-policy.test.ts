// The request policy of a whole client against a scripted fetch and a fake clock: 401 refresh,
// retries with the backoff delays, cool-down, non-idempotent calls, secrets kept out of errors.
import { describe, expect, it } from 'vitest';
import { createPaxosClient, type PaxosError, type RequestEvent } from '../../../main/paxos';
import { DEFAULT_BACKOFF } from '../../../main/paxos/backoff';
import { CoolDown } from '../../../main/paxos/cool-down';
import { Redactor } from '../../../main/paxos/redact';
import { createExecutor } from '../../../main/paxos/request-executor';
import { PAXOS_SCOPES } from '../../../main/paxos/scopes';
import { TokenCache } from '../../../main/paxos/token-cache';
import { fakeTime } from './fake-time';

type Script = (url: string, init: RequestInit) => Response | Promise<Response> | Error;

async function failure(promise: Promise<unknown>): Promise<PaxosError> {
  try {
    await promise;
  } catch (error) {
    return error as PaxosError;
  }
  throw new Error('expected a failure');
}

const SECRET = 'super-secret-value-123';
const TOKEN = 'access-token-abcdef-999';
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
const tokenAnswer = (token = TOKEN, scope?: string) =>
  json(200, {
    access_token: token,
    expires_in: 3599,
    token_type: 'bearer',
    ...(scope === undefined ? {} : { scope }),
  });

function setup(script: Script, options: Partial<Parameters<typeof createPaxosClient>[0]> = {}) {
  const time = fakeTime(Date.parse('2026-05-01T14:00:00Z'), [0.5]);
  const calls: { url: string; init: RequestInit }[] = [];
  const events: RequestEvent[] = [];
  const client = createPaxosClient({
    environment: 'sandbox',
    env: {},
    getCredentials: async () => ({ clientId: 'cid', clientSecret: SECRET }),
    fetch: async (url, init) => {
      calls.push({ url, init });
      const out = await script(url, init);
      if (out instanceof Error) throw out;
      return out;
    },
    now: time.now,
    sleep: time.sleep,
    random: time.random,
    onRequest: (e) => events.push(e),
    backoff: { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 10_000 },
    ...options,
  });
  const api = () => calls.filter((c) => !c.url.includes('oauth'));
  return { client, calls, api, events, time };
}

describe('client request policy', () => {
  it('sends a form-encoded client-credentials request with every needed scope, then a bearer call', async () => {
    const { client, calls } = setup((url) =>
      url.includes('oauth') ? tokenAnswer() : json(200, { items: [] }),
    );
    await client.listAllProfiles({ limit: 5 });
    expect(calls[0]?.url).toBe('https://oauth.sandbox.paxos.com/oauth2/token');
    expect(new Headers(calls[0]?.init.headers).get('content-type')).toBe(
      'application/x-www-form-urlencoded',
    );
    const form = new URLSearchParams(String(calls[0]?.init.body));
    expect(form.get('grant_type')).toBe('client_credentials');
    expect(form.get('client_secret')).toBe(SECRET);
    expect(form.get('scope')?.split(' ')).toContain('orchestration:write_orchestration_rule');
    expect(calls[1]?.url).toBe('https://api.sandbox.paxos.com/v2/profiles?limit=5');
    expect(new Headers(calls[1]?.init.headers).get('authorization')).toBe(`Bearer ${TOKEN}`);
  });

  it('on a 401 drops the token, fetches a new one once and retries once', async () => {
    let tokens = 0;
    const { client, api } = setup((url, init) => {
      if (url.includes('oauth')) return tokenAnswer(`tok-${++tokens}`);
      return new Headers(init.headers).get('authorization') === 'Bearer tok-1'
        ? json(401, { detail: 'access token expired' })
        : json(200, { items: [{ asset: 'USD', available: '1' }] });
    });
    expect((await client.listBalances('default'))[0]?.asset).toBe('USD');
    expect(tokens).toBe(2);
    expect(api()).toHaveLength(2);
  });

  it('a second 401 in a row is reported as unauthorized, without looping', async () => {
    const { client, api } = setup((url) =>
      url.includes('oauth') ? tokenAnswer() : json(401, { detail: 'invalid access token' }),
    );
    const error = await failure(client.listBalances('default'));
    expect(error.code).toBe('unauthorized');
    expect(api()).toHaveLength(2);
  });

  it('retries 5xx with full-jitter backoff delays, then succeeds', async () => {
    let n = 0;
    const { client, time, events } = setup((url) =>
      url.includes('oauth') ? tokenAnswer() : ++n < 4 ? json(503, {}) : json(200, { items: [] }),
    );
    await client.listAllProfiles();
    expect(time.sleeps).toEqual([50, 100, 200]); // random 0.5 × windows 100, 200, 400
    expect(events.filter((e) => e.kind === 'api').map((e) => [e.status, e.attempt])).toEqual([
      [503, 1],
      [503, 2],
      [503, 3],
      [200, 4],
    ]);
  });

  it('honours Retry-After on a 503', async () => {
    let n = 0;
    const { client, time } = setup((url) =>
      url.includes('oauth')
        ? tokenAnswer()
        : ++n === 1
          ? json(503, {}, { 'retry-after': '3' })
          : json(200, { items: [] }),
    );
    await client.listAllProfiles();
    expect(time.sleeps).toEqual([3000]);
  });

  it('a 429 cools the client down for Retry-After; no request is sent until then', async () => {
    const { client, api, time } = setup((url) =>
      url.includes('oauth')
        ? tokenAnswer()
        : json(429, { title: 'Too Many Requests' }, { 'retry-after': '300' }),
    );
    const error = await failure(client.listAllProfiles());
    expect(error.code).toBe('rate_limited');
    expect(error.details?.retryAt).toBe('2026-05-01T14:05:00.000Z');
    expect(client.coolDownUntil()?.toISOString()).toBe('2026-05-01T14:05:00.000Z');
    const sent = api().length;
    time.advance(200_000); // 100 s left: more than the policy waits inside a call
    await expect(client.getTransfer('x')).rejects.toMatchObject({
      code: 'rate_limited',
      details: { retryAt: '2026-05-01T14:05:00.000Z' },
    });
    expect(api().length).toBe(sent);
    time.advance(100_000);
    expect(client.coolDownUntil()).toBeNull();
  });

  it('a 429 without Retry-After cools down for the documented five minutes', async () => {
    const { client } = setup((url) => (url.includes('oauth') ? tokenAnswer() : json(429, {})));
    await client.listAllProfiles().catch(() => undefined);
    expect(client.coolDownUntil()?.toISOString()).toBe('2026-05-01T14:05:00.000Z');
  });

  it('retries a create with the very same body and treats the 409 for its ref_id as success', async () => {
    let n = 0;
    const existing = {
      id: 'o1',
      ref_id: 'r1',
      source_asset: 'USDG',
      destination_asset: 'USD',
      source_amount: '5.0',
      status: 'PROCESSING',
    };
    const { client, api } = setup((url) => {
      if (url.includes('oauth')) return tokenAnswer();
      n += 1;
      if (n === 1) return new TypeError('fetch failed');
      return json(409, {
        type: 'https://developer.paxos.com/docs/v2/problems/already-exists',
        title: 'Already Exists',
        status: 409,
        meta: { existing },
      });
    });
    const result = await client.createOrchestration({
      ref_id: 'r1',
      source_asset: 'USDG',
      destination_asset: 'USD',
      source_amount: '5',
      source: { profile: { profile_id: 'p' } },
      destination: { fiat: { bank_account_id: 'b' } },
    });
    expect(result).toMatchObject({ alreadyExisted: true, orchestration: { id: 'o1' } });
    expect(api()[0]?.init.body).toBe(api()[1]?.init.body);
  });

  it('does not resend a call marked non-idempotent after an unclear failure', async () => {
    // Every call the desk makes today is safe to resend (GET, PUT, DELETE, creates with a
    // ref_id); the executor's rule for one that is not is proven on the executor itself.
    const time = fakeTime();
    const sent: string[] = [];
    const execute = createExecutor({
      apiUrl: 'https://api.example.test/v2',
      fetch: async (url) => (sent.push(url), json(502, {})),
      now: time.now,
      sleep: time.sleep,
      random: time.random,
      tokens: new TokenCache({
        now: time.now,
        sleep: time.sleep,
        minIntervalMs: 0,
        fetchToken: async () => ({
          accessToken: TOKEN,
          obtainedAtMs: time.now(),
          expiresAtMs: time.now() + 3_600_000,
          refreshAtMs: time.now() + 3_000_000,
          scopes: new Set(PAXOS_SCOPES),
        }),
      }),
      coolDown: new CoolDown({ monotonic: time.now, wall: time.now }),
      coolDownMs: 300_000,
      backoff: { ...DEFAULT_BACKOFF, maxAttempts: 4 },
      timeoutMs: 1000,
      userAgent: 'test',
      redactor: new Redactor(),
    });
    const call = { operation: 'listProfiles', query: {} } as const;
    await expect(execute({ ...call, idempotent: false })).rejects.toMatchObject({
      code: 'unavailable',
    });
    expect(sent).toHaveLength(1);
    // The same call marked idempotent is retried: the rule above is what stopped it.
    await expect(execute({ ...call, idempotent: true })).rejects.toMatchObject({
      code: 'unavailable',
    });
    expect(sent).toHaveLength(5);
  });

  it('refuses a call the token has no scope for, without sending it', async () => {
    const { client, api } = setup((url) =>
      url.includes('oauth') ? tokenAnswer(TOKEN, 'funding:read_profile') : json(200, {}),
    );
    await expect(client.getTransfer('t')).rejects.toMatchObject({
      code: 'forbidden',
      details: { missingScopes: ['transfer:read_transfer'] },
    });
    expect(api()).toHaveLength(0);
  });

  it('keeps the secret and the access token out of every error', async () => {
    const echo = `bad ${SECRET} and ${TOKEN}`;
    const answers: Script[] = [
      (url) =>
        url.includes('oauth')
          ? json(401, { error: 'invalid_client', error_description: `bad ${SECRET}` })
          : json(200, {}),
      (url) => (url.includes('oauth') ? tokenAnswer() : json(400, { detail: echo })),
      (url) => (url.includes('oauth') ? tokenAnswer() : json(404, { detail: echo })),
      (url) => (url.includes('oauth') ? tokenAnswer() : json(403, { detail: echo })),
      (url) => (url.includes('oauth') ? tokenAnswer() : new Response('not json', { status: 200 })),
      (url) =>
        url.includes('oauth')
          ? tokenAnswer()
          : Object.assign(new TypeError(echo), { cause: { code: 'ECONNRESET' } }),
    ];
    for (const script of answers) {
      const { client } = setup(script);
      const error = await failure(client.listBalances('default'));
      const text = JSON.stringify(error.toBridge());
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(TOKEN);
    }
  });

  it('reports a missing access_token or a non-JSON token answer as bad_response', async () => {
    const { client } = setup((url) =>
      url.includes('oauth') ? json(200, { token_type: 'bearer' }) : json(200, {}),
    );
    await expect(client.listAllProfiles()).rejects.toMatchObject({ code: 'bad_response' });
  });

  it('reports hook events for token and API requests, without secrets', async () => {
    const { client, events } = setup((url) =>
      url.includes('oauth') ? tokenAnswer() : json(200, { items: [] }),
    );
    await client.listFiatAccounts();
    expect(events.map((e) => [e.kind, e.method, e.path, e.status])).toEqual([
      ['token', 'POST', '/oauth2/token', 200],
      ['api', 'GET', '/v2/transfer/fiat-accounts', 200],
    ]);
    expect(JSON.stringify(events)).not.toContain(SECRET);
  });
});
