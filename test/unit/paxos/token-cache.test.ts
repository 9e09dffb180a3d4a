import { describe, expect, it } from 'vitest';
import type { AccessToken } from '../../../main/paxos/oauth';
import { TokenCache } from '../../../main/paxos/token-cache';
import { fakeTime } from './fake-time';

function tokenSource(time: ReturnType<typeof fakeTime>, lifetimeMs = 3_599_000) {
  let n = 0;
  const calls: number[] = [];
  const fetchToken = async (): Promise<AccessToken> => {
    calls.push(time.now());
    n += 1;
    await Promise.resolve();
    const margin = lifetimeMs > 600_000 ? 300_000 : lifetimeMs / 2;
    return {
      accessToken: `t${n}`,
      obtainedAtMs: time.now(),
      expiresAtMs: time.now() + lifetimeMs,
      refreshAtMs: time.now() + lifetimeMs - margin,
      scopes: new Set(),
    };
  };
  return { fetchToken, calls };
}

describe('token cache', () => {
  it('10 concurrent callers → 1 token request, all get the same token', async () => {
    const time = fakeTime();
    const source = tokenSource(time);
    const cache = new TokenCache({ ...time, fetchToken: source.fetchToken, minIntervalMs: 1000 });
    const tokens = await Promise.all(Array.from({ length: 10 }, () => cache.get()));
    expect(source.calls).toHaveLength(1);
    expect(new Set(tokens.map((t) => t.accessToken))).toEqual(new Set(['t1']));
  });

  it('keeps the token until 5 minutes before expiry, then renews it once', async () => {
    const time = fakeTime();
    const source = tokenSource(time);
    const cache = new TokenCache({ ...time, fetchToken: source.fetchToken, minIntervalMs: 1000 });
    await cache.get();
    time.advance(3_299_000 - 1);
    expect((await cache.get()).accessToken).toBe('t1');
    time.advance(1);
    const renewed = await Promise.all([cache.get(), cache.get(), cache.get()]);
    expect(renewed.map((t) => t.accessToken)).toEqual(['t2', 't2', 't2']);
    expect(source.calls).toHaveLength(2);
  });

  it('renews short-lived tokens at half-life', async () => {
    const time = fakeTime();
    const source = tokenSource(time, 60_000);
    const cache = new TokenCache({ ...time, fetchToken: source.fetchToken, minIntervalMs: 1000 });
    await cache.get();
    time.advance(29_999);
    expect((await cache.get()).accessToken).toBe('t1');
    time.advance(1);
    expect((await cache.get()).accessToken).toBe('t2');
  });

  it('never requests tokens less than a second apart, even after invalidation', async () => {
    const time = fakeTime();
    const source = tokenSource(time);
    const cache = new TokenCache({ ...time, fetchToken: source.fetchToken, minIntervalMs: 1000 });
    const first = await cache.get();
    time.advance(200);
    cache.invalidate(first.accessToken);
    await cache.get();
    expect(source.calls[1]! - source.calls[0]!).toBe(1000);
    expect(time.sleeps).toEqual([800]);
  });

  it('invalidate only drops the token it names (a newer one survives a late 401)', async () => {
    const time = fakeTime();
    const source = tokenSource(time);
    const cache = new TokenCache({ ...time, fetchToken: source.fetchToken, minIntervalMs: 0 });
    const old = await cache.get();
    cache.invalidate(old.accessToken);
    const fresh = await cache.get();
    cache.invalidate(old.accessToken);
    expect(cache.peek()?.accessToken).toBe(fresh.accessToken);
    expect(source.calls).toHaveLength(2);
  });

  it('keeps using a still-valid token when renewal fails; fails when there is none', async () => {
    const time = fakeTime();
    let fail = false;
    const source = tokenSource(time);
    const cache = new TokenCache({
      ...time,
      minIntervalMs: 0,
      fetchToken: () => (fail ? Promise.reject(new Error('down')) : source.fetchToken()),
    });
    await cache.get();
    time.advance(3_400_000); // past refresh time, before expiry
    fail = true;
    expect((await cache.get()).accessToken).toBe('t1');
    time.advance(300_000); // now expired
    await expect(cache.get()).rejects.toThrow('down');
  });

  it('a failed request is shared by its waiters and the next call tries again', async () => {
    const time = fakeTime();
    let n = 0;
    const cache = new TokenCache({
      ...time,
      minIntervalMs: 1000,
      fetchToken: async () => {
        n += 1;
        if (n === 1) throw new Error('first fails');
        return {
          accessToken: 'ok',
          obtainedAtMs: 0,
          expiresAtMs: time.now() + 3_600_000,
          refreshAtMs: time.now() + 3_300_000,
          scopes: new Set(),
        };
      },
    });
    const results = await Promise.allSettled([cache.get(), cache.get()]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect((await cache.get()).accessToken).toBe('ok');
    expect(n).toBe(2);
  });
});
