// Paxos throttles the whole source IP for five minutes after a 429. While that lasts, sending
// anything only prolongs it, so the client as a whole stops: every call fails fast with
// rate_limited and the time it may try again.
import { rateLimitedError } from './errors';

/** Used when a 429 carries no Retry-After: the documented five-minute IP throttle. */
export const DEFAULT_COOL_DOWN_MS = 5 * 60 * 1000;

export class CoolDown {
  private untilMs = 0;

  constructor(private readonly now: () => number) {}

  /** Extends (never shortens) the cool-down to `untilMs`. */
  enter(untilMs: number): void {
    this.untilMs = Math.max(this.untilMs, untilMs);
  }

  /** The end of the current cool-down, or null when requests may be sent. */
  until(): Date | null {
    return this.untilMs > this.now() ? new Date(this.untilMs) : null;
  }

  /** Throws rate_limited while cooling down. */
  check(): void {
    const until = this.until();
    if (until) throw rateLimitedError(until);
  }

  clear(): void {
    this.untilMs = 0;
  }
}
