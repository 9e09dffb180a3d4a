// Finding 4 (issue 11): one 429 with `Retry-After: 31536000` stopped the desk for a year, and
// cool-downs ran on the wall clock, so moving the clock back lengthened them. Verified failing
// on 3ea5c7c (coolDownUntil was a year away; a wall clock moved back kept the client blocked).
import { describe, expect, it } from 'vitest';
import { createPaxosClient } from '../../../main/paxos';
import { MAX_COOL_DOWN_MS } from '../../../main/paxos/cool-down';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
const token = () =>
  json(200, { access_token: 'tok-1234567890', expires_in: 3599, token_type: 'bearer' });

function setup(answer: () => Response) {
  let wall = Date.parse('2026-11-30T12:00:00Z');
  let mono = 1_000;
  const api: string[] = [];
  const client = createPaxosClient({
    environment: 'sandbox',
    env: {},
    getCredentials: async () => ({ clientId: 'cid', clientSecret: 'secret-xyz' }),
    fetch: async (url) => {
      if (url.includes('oauth')) return token();
      api.push(url);
      return answer();
    },
    now: () => wall,
    monotonicNow: () => mono,
    sleep: async () => undefined,
    random: () => 0.5,
    backoff: { maxAttempts: 1 },
  });
  return {
    client,
    api,
    moveWall: (ms: number) => (wall += ms),
    elapse: (ms: number) => ((wall += ms), (mono += ms)),
  };
}

describe('finding 4: bounded cool-downs on a monotonic clock', () => {
  it('a Retry-After of a year cools down for at most ten minutes', async () => {
    const t = setup(() => json(429, { title: 'Too Many Requests' }, { 'retry-after': '31536000' }));
    await expect(t.client.listAllProfiles()).rejects.toMatchObject({ code: 'rate_limited' });
    const until = t.client.coolDownUntil();
    expect(until).not.toBeNull();
    expect(until!.getTime() - Date.parse('2026-11-30T12:00:00Z')).toBeLessThanOrEqual(
      MAX_COOL_DOWN_MS,
    );
    t.elapse(MAX_COOL_DOWN_MS + 1);
    expect(t.client.coolDownUntil()).toBeNull();
  });

  it('moving the wall clock back does not lengthen a cool-down', async () => {
    const t = setup(() => json(429, {}, { 'retry-after': '300' }));
    await t.client.listAllProfiles().catch(() => undefined);
    t.moveWall(-3 * 3600_000); // the operator (or NTP) sets the clock back three hours
    t.elapse(300_001);
    expect(t.client.coolDownUntil()).toBeNull();
  });

  it('"retry now" lets exactly the next request out; another 429 cools down again', async () => {
    const t = setup(() => json(429, {}, { 'retry-after': '300' }));
    await t.client.listAllProfiles().catch(() => undefined);
    const sent = t.api.length;
    await expect(t.client.listAllProfiles()).rejects.toMatchObject({ code: 'rate_limited' });
    expect(t.api.length).toBe(sent);
    t.client.retryNow();
    await expect(t.client.listAllProfiles()).rejects.toMatchObject({ code: 'rate_limited' });
    expect(t.api.length).toBe(sent + 1);
    expect(t.client.coolDownUntil()).not.toBeNull();
  });
});
