// Paxos rate limits: per endpoint class and per source IP, as the average requests/second
// over a window (5 minutes in production). Going over answers 429 and throttles *every* request
// from that IP for the cool-down (5 minutes in production). Window, limits and cool-down are
// configurable so tests can trip them in a second.
//
// Every answer the limiter let through carries the state of its bucket in headers. Paxos says
// rate-limit information is in response headers but does not name them (paxos-api.md §3.8 and
// §16 q14), so the names are the widespread X-RateLimit-* convention, kept in RATE_LIMIT_HEADERS
// so that one change renames them everywhere.

export type RateClass = 'token' | 'api';

export interface RateLimitConfig {
  enabled: boolean;
  /** Token endpoint: 1 req/s in production. */
  tokenPerSecond: number;
  /** All other endpoints this app uses: 50 req/s in production. */
  apiPerSecond: number;
  windowMs: number;
  coolDownMs: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitConfig = {
  enabled: true,
  tokenPerSecond: 1,
  apiPerSecond: 50,
  windowMs: 5 * 60_000,
  coolDownMs: 5 * 60_000,
};

export const RATE_LIMIT_HEADERS = {
  /** Requests allowed per window in this bucket. */
  limit: 'x-ratelimit-limit',
  /** Requests left in the window (0 on a 429). */
  remaining: 'x-ratelimit-remaining',
  /** Seconds until the oldest counted request leaves the window (or the cool-down ends). */
  reset: 'x-ratelimit-reset',
} as const;

export type RateVerdict =
  | { ok: true; headers: Record<string, string> }
  | {
      ok: false;
      retryAfterSec: number;
      startedCoolDown: boolean;
      headers: Record<string, string>;
    };

function rateHeaders(limit: number, remaining: number, resetSec: number): Record<string, string> {
  return {
    [RATE_LIMIT_HEADERS.limit]: String(limit),
    [RATE_LIMIT_HEADERS.remaining]: String(Math.max(0, remaining)),
    [RATE_LIMIT_HEADERS.reset]: String(Math.max(0, resetSec)),
  };
}

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  private readonly coolDowns = new Map<string, number>();

  constructor(private config: RateLimitConfig) {}

  configure(partial: Partial<RateLimitConfig>): void {
    this.config = { ...this.config, ...partial };
  }

  settings(): RateLimitConfig {
    return { ...this.config };
  }

  reset(): void {
    this.hits.clear();
    this.coolDowns.clear();
  }

  coolDownUntil(ip: string): number | undefined {
    return this.coolDowns.get(ip);
  }

  hit(ip: string, rateClass: RateClass, nowMs: number): RateVerdict {
    if (!this.config.enabled) return { ok: true, headers: {} };
    const allowed = this.allowed(rateClass);
    const until = this.coolDowns.get(ip);
    if (until !== undefined && until > nowMs) {
      const retryAfterSec = Math.ceil((until - nowMs) / 1000);
      return {
        ok: false,
        retryAfterSec,
        startedCoolDown: false,
        headers: rateHeaders(allowed, 0, retryAfterSec),
      };
    }
    const key = `${ip} ${rateClass}`;
    const windowStart = nowMs - this.config.windowMs;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > windowStart);
    recent.push(nowMs);
    this.hits.set(key, recent);
    if (recent.length <= allowed) {
      const oldest = recent[0] ?? nowMs;
      const resetSec = Math.ceil((oldest + this.config.windowMs - nowMs) / 1000);
      return { ok: true, headers: rateHeaders(allowed, allowed - recent.length, resetSec) };
    }
    const coolDownEnd = nowMs + this.config.coolDownMs;
    this.coolDowns.set(ip, coolDownEnd);
    for (const k of this.hits.keys()) if (k.startsWith(`${ip} `)) this.hits.delete(k); // a fresh window once the throttle lifts
    const retryAfterSec = Math.ceil(this.config.coolDownMs / 1000);
    return {
      ok: false,
      retryAfterSec,
      startedCoolDown: true,
      headers: rateHeaders(allowed, 0, retryAfterSec),
    };
  }

  /** Requests a bucket allows per window: the per-second average times the window. */
  private allowed(rateClass: RateClass): number {
    const perSecond = rateClass === 'token' ? this.config.tokenPerSecond : this.config.apiPerSecond;
    return Math.max(1, Math.floor((perSecond * this.config.windowMs) / 1000));
  }
}
