import { describe, expect, it } from 'vitest';
import { Faults } from '../../../main/simulator/faults';
import { seededRandom } from '../../../main/simulator/random';
import { DEFAULT_RATE_LIMITS, RateLimiter } from '../../../main/simulator/rate-limit';

describe('rate limiter', () => {
  it('defaults to the documented limits: token 1/s, others 50/s, 5-minute window and cool-down', () => {
    expect(DEFAULT_RATE_LIMITS).toMatchObject({
      tokenPerSecond: 1,
      apiPerSecond: 50,
      windowMs: 300_000,
      coolDownMs: 300_000,
    });
  });

  it('allows the window average, then answers 429 and throttles the whole IP for the cool-down', () => {
    const limiter = new RateLimiter({
      enabled: true,
      tokenPerSecond: 1,
      apiPerSecond: 3,
      windowMs: 1000,
      coolDownMs: 5000,
    });
    const t = 1_000_000;
    expect([0, 1, 2].map((i) => limiter.hit('1.2.3.4', 'api', t + i).ok)).toEqual([
      true,
      true,
      true,
    ]);
    expect(limiter.hit('1.2.3.4', 'api', t + 3)).toMatchObject({
      ok: false,
      retryAfterSec: 5,
      startedCoolDown: true,
    });
    expect(limiter.hit('1.2.3.4', 'token', t + 1000)).toMatchObject({
      ok: false,
      retryAfterSec: 5,
      startedCoolDown: false,
    }); // 4.003 s, rounded up
    expect(limiter.hit('1.2.3.4', 'token', t + 2100)).toMatchObject({
      ok: false,
      retryAfterSec: 3,
      startedCoolDown: false,
    });
    expect(limiter.hit('5.6.7.8', 'api', t + 1000).ok).toBe(true);
    expect(limiter.hit('1.2.3.4', 'api', t + 5003).ok).toBe(true);
  });

  it('counts per class: the token endpoint has its own, lower limit', () => {
    const limiter = new RateLimiter({
      enabled: true,
      tokenPerSecond: 1,
      apiPerSecond: 50,
      windowMs: 1000,
      coolDownMs: 1000,
    });
    expect(limiter.hit('ip', 'token', 0).ok).toBe(true);
    expect(limiter.hit('ip', 'api', 1).ok).toBe(true);
    expect(limiter.hit('ip', 'token', 2).ok).toBe(false);
  });

  it('forgets requests that left the window', () => {
    const limiter = new RateLimiter({
      enabled: true,
      tokenPerSecond: 1,
      apiPerSecond: 2,
      windowMs: 1000,
      coolDownMs: 1000,
    });
    expect([0, 500, 1001, 1501].map((t) => limiter.hit('ip', 'api', t).ok)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });
});

describe('fault rules', () => {
  it('fires for the next N matching requests only, then switches itself off', () => {
    const faults = new Faults(seededRandom(1), {
      error: { count: 2, status: 503, match: { method: 'POST', path: '/orchestration' } },
    });
    expect(faults.take('error', 'GET', '/v2/orchestration/orchestrations')).toBeUndefined();
    expect(faults.take('error', 'POST', '/v2/profiles')).toBeUndefined();
    expect(faults.take('error', 'POST', '/v2/orchestration/orchestrations')?.status).toBe(503);
    expect(faults.take('error', 'POST', '/v2/orchestration/orchestrations')).toBeDefined();
    expect(faults.take('error', 'POST', '/v2/orchestration/orchestrations')).toBeUndefined();
    expect(faults.get()).toEqual({});
  });

  it('a rule not accepted at this stage is not used up', () => {
    const faults = new Faults(seededRandom(1), { drop: { count: 1, when: 'after' } });
    expect(
      faults.take('drop', 'POST', '/x', (r) => (r.when ?? 'before') === 'before'),
    ).toBeUndefined();
    expect(
      faults.take('drop', 'POST', '/x', (r) => (r.when ?? 'before') === 'after'),
    ).toBeDefined();
  });

  it('fires with the configured probability (seeded, so reproducible)', () => {
    const faults = new Faults(seededRandom(99), { drop: { rate: 0.25 } });
    const hits = Array.from({ length: 2000 }, () =>
      faults.take('drop', 'GET', '/v2/profiles'),
    ).filter(Boolean).length;
    expect(hits).toBeGreaterThan(400);
    expect(hits).toBeLessThan(600);
  });

  it('merges at run time; null switches a knob off', () => {
    const faults = new Faults(seededRandom(1), { latencyMs: 50, error: { rate: 0.1 } });
    faults.set({ error: null, stall: { ms: 100, count: 1 } });
    expect(faults.get()).toEqual({ latencyMs: 50, stall: { ms: 100, count: 1 } });
    expect(faults.latency()).toBe(50);
  });
});
