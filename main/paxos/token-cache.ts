// The access token, cached in memory only. However many calls need a token at once, at most one
// token request is in flight and they all share its result; token requests are spaced at least
// `minIntervalMs` apart (Paxos allows one per second per IP and throttles the IP for five
// minutes beyond that). A token is renewed shortly before it expires; if renewal fails while
// the old token is still valid, the old one keeps being used.
import type { AccessToken } from './oauth';

export interface TokenCacheDeps {
  fetchToken: () => Promise<AccessToken>;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  minIntervalMs: number;
}

export class TokenCache {
  private token: AccessToken | undefined;
  private inflight: Promise<AccessToken> | undefined;
  private lastRequestAtMs = Number.NEGATIVE_INFINITY;
  /** Bumped by clear(): a request started before it must not repopulate the cache. */
  private generation = 0;

  constructor(private readonly deps: TokenCacheDeps) {}

  async get(): Promise<AccessToken> {
    const current = this.token;
    if (current && this.deps.now() < current.refreshAtMs) return current;
    this.inflight ??= this.renew().finally(() => {
      this.inflight = undefined;
    });
    try {
      return await this.inflight;
    } catch (error) {
      if (current && current === this.token && this.deps.now() < current.expiresAtMs)
        return current;
      throw error;
    }
  }

  /** Drops the token if it is still `accessToken` (after a 401); a newer one is kept. */
  invalidate(accessToken?: string): void {
    if (accessToken === undefined || this.token?.accessToken === accessToken)
      this.token = undefined;
  }

  /** Forget everything, e.g. when the credentials change. Spacing of requests is kept. */
  clear(): void {
    this.token = undefined;
    this.generation += 1;
  }

  peek(): AccessToken | undefined {
    return this.token;
  }

  private async renew(): Promise<AccessToken> {
    const generation = this.generation;
    const wait = this.lastRequestAtMs + this.deps.minIntervalMs - this.deps.now();
    if (wait > 0) await this.deps.sleep(wait);
    this.lastRequestAtMs = this.deps.now();
    const token = await this.deps.fetchToken();
    if (generation === this.generation) this.token = token;
    return token;
  }
}
