// Paxos rate limits: per endpoint class and per source IP, as the average requests/second
// over a window (5 minutes in production). Going over answers 429 and throttles *every* request
// from that IP for the cool-down (5 minutes in production). Window, limits and cool-down are
// configurable so tests can trip them in a second.

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

export type RateVerdict =
  { ok: true } | { ok: false; retryAfterSec: number; startedCoolDown: boolean };

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
    if (!this.config.enabled) return { ok: true };
    const until = this.coolDowns.get(ip);
    if (until !== undefined && until > nowMs) {
      return {
        ok: false,
        retryAfterSec: Math.ceil((until - nowMs) / 1000),
        startedCoolDown: false,
      };
    }
    const key = `${ip} ${rateClass}`;
    const windowStart = nowMs - this.config.windowMs;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > windowStart);
    recent.push(nowMs);
    this.hits.set(key, recent);
    const perSecond = rateClass === 'token' ? this.config.tokenPerSecond : this.config.apiPerSecond;
    const allowed = Math.max(1, Math.floor((perSecond * this.config.windowMs) / 1000));
    if (recent.length <= allowed) return { ok: true };
    const coolDownEnd = nowMs + this.config.coolDownMs;
    this.coolDowns.set(ip, coolDownEnd);
    for (const k of this.hits.keys()) if (k.startsWith(`${ip} `)) this.hits.delete(k); // a fresh window once the throttle lifts
    return {
      ok: false,
      retryAfterSec: Math.ceil(this.config.coolDownMs / 1000),
      startedCoolDown: true,
    };
  }
}
