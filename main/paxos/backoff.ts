// Retry timing, pure: exponential backoff with FULL jitter (delay drawn uniformly from
// [0, min(cap, base · 2^n))), so that many clients recovering from the same outage do not retry
// in lock-step, and Retry-After honoured when the server names a time.

export interface BackoffPolicy {
  /** Total attempts per call, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for inside a call: the call fails instead. */
  maxRetryAfterMs: number;
}

export const DEFAULT_BACKOFF: Readonly<BackoffPolicy> = {
  maxAttempts: 4,
  baseDelayMs: 250,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 10_000,
};

/** Upper bound of the jitter window before retry number `retryIndex` (0 = first retry). */
export function backoffCeiling(
  retryIndex: number,
  policy: Pick<BackoffPolicy, 'baseDelayMs' | 'maxDelayMs'>,
): number {
  const exponential = policy.baseDelayMs * 2 ** Math.max(0, retryIndex);
  return Math.min(policy.maxDelayMs, exponential);
}

/** `random` returns [0, 1), like Math.random. */
export function fullJitterDelay(
  retryIndex: number,
  policy: Pick<BackoffPolicy, 'baseDelayMs' | 'maxDelayMs'>,
  random: () => number,
): number {
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.floor(r * backoffCeiling(retryIndex, policy));
}

/**
 * Retry-After as milliseconds from `nowMs`: either delta-seconds ("120") or an HTTP date.
 * Undefined when absent or unreadable; never negative.
 */
export function parseRetryAfter(
  header: string | null | undefined,
  nowMs: number,
): number | undefined {
  if (header === null || header === undefined) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  if (!/[a-z]/i.test(value)) return undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

export type RetryPlan =
  { retry: true; delayMs: number } | { retry: false; reason: 'attempts' | 'retry_after_too_long' };

/**
 * Decides whether to try again after `attemptsDone` attempts failed retryably.
 * With a Retry-After the wait is at least that long (plus nothing below the jitter draw).
 */
export function planRetry(
  attemptsDone: number,
  retryAfterMs: number | undefined,
  policy: BackoffPolicy,
  random: () => number,
): RetryPlan {
  if (attemptsDone >= policy.maxAttempts) return { retry: false, reason: 'attempts' };
  if (retryAfterMs !== undefined && retryAfterMs > policy.maxRetryAfterMs)
    return { retry: false, reason: 'retry_after_too_long' };
  const jitter = fullJitterDelay(attemptsDone - 1, policy, random);
  return { retry: true, delayMs: Math.max(jitter, retryAfterMs ?? 0) };
}
