import { describe, expect, it } from 'vitest';
import {
  backoffCeiling,
  fullJitterDelay,
  parseRetryAfter,
  planRetry,
  type BackoffPolicy,
} from '../../../main/paxos/backoff';

const policy: BackoffPolicy = {
  maxAttempts: 5,
  baseDelayMs: 100,
  maxDelayMs: 1000,
  maxRetryAfterMs: 5000,
};

describe('backoff with full jitter', () => {
  it('doubles the window per retry up to the cap', () => {
    expect([0, 1, 2, 3, 4, 5].map((n) => backoffCeiling(n, policy))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ]);
  });

  it('draws the delay uniformly from [0, window): random 0 → 0, random→1 → just under the window', () => {
    expect(fullJitterDelay(3, policy, () => 0)).toBe(0);
    expect(fullJitterDelay(3, policy, () => 0.999999)).toBe(799);
    expect(fullJitterDelay(3, policy, () => 0.5)).toBe(400);
    expect(fullJitterDelay(10, policy, () => 0.5)).toBe(500);
  });

  it('plans retries until the attempts are used up, with delays from the jitter draw', () => {
    const draws = [0.25, 0.5, 0.75, 0.1];
    let i = 0;
    const random = () => draws[i++] ?? 0;
    const plans = [1, 2, 3, 4, 5].map((done) => planRetry(done, undefined, policy, random));
    expect(plans).toEqual([
      { retry: true, delayMs: 25 }, // after attempt 1: window 100
      { retry: true, delayMs: 100 }, // after attempt 2: window 200
      { retry: true, delayMs: 300 }, // after attempt 3: window 400
      { retry: true, delayMs: 80 }, // after attempt 4: window 800
      { retry: false, reason: 'attempts' },
    ]);
  });

  it('waits at least Retry-After, and refuses to wait longer than the policy allows', () => {
    expect(planRetry(1, 3000, policy, () => 0.9)).toEqual({ retry: true, delayMs: 3000 });
    expect(planRetry(1, 10, policy, () => 0.9)).toEqual({ retry: true, delayMs: 90 });
    expect(planRetry(1, 300_000, policy, () => 0.1)).toEqual({
      retry: false,
      reason: 'retry_after_too_long',
    });
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-05-01T14:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter('Fri, 01 May 2026 14:05:00 GMT', now)).toBe(300_000);
    expect(parseRetryAfter('Fri, 01 May 2026 13:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
  });
});
