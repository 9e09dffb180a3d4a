// Paxos throttles the whole source IP for five minutes after a 429. While that lasts, sending
// anything only prolongs it, so the client as a whole stops: every call fails fast with
// rate_limited and the time it may try again.
//
// The wait is measured on a monotonic clock (performance.now-style), so moving the wall clock
// back never lengthens it, and it is capped: a server asking for a year (Retry-After: 31536000)
// gets MAX_COOL_DOWN_MS, twice the documented throttle, then one request tries again.
import { rateLimitedError } from './errors';

/** Used when a 429 carries no Retry-After: the documented five-minute IP throttle. */
export const DEFAULT_COOL_DOWN_MS = 5 * 60 * 1000;
/** No Retry-After or 429 keeps the desk waiting longer than this. */
export const MAX_COOL_DOWN_MS = 10 * 60 * 1000;

export interface CoolDownClocks {
  /** Milliseconds on a clock that never goes back (performance.now). */
  monotonic: () => number;
  /** Wall-clock milliseconds, only to show the operator a time. */
  wall: () => number;
}

export class CoolDown {
  /** End of the cool-down on the monotonic clock; 0 when none. */
  private untilMono = 0;
  /** The same end as a wall time, fixed when entered: shown to the operator, never used to decide. */
  private untilWall = 0;

  constructor(
    private readonly clocks: CoolDownClocks,
    private readonly maxMs = MAX_COOL_DOWN_MS,
  ) {}

  /** Extends (never shortens) the cool-down to `durationMs` from now, capped at the maximum. */
  enterFor(durationMs: number): void {
    const bounded = Math.min(
      Math.max(0, Number.isFinite(durationMs) ? durationMs : this.maxMs),
      this.maxMs,
    );
    const end = this.clocks.monotonic() + bounded;
    if (end > this.untilMono) {
      this.untilMono = end;
      this.untilWall = this.clocks.wall() + bounded;
    }
  }

  /** Milliseconds left, 0 when requests may be sent. */
  remainingMs(): number {
    return Math.max(0, this.untilMono - this.clocks.monotonic());
  }

  /** The end of the current cool-down as a wall time for display, or null when requests may be sent. */
  until(): Date | null {
    return this.remainingMs() > 0 ? new Date(this.untilWall) : null;
  }

  /** Throws rate_limited while cooling down. */
  check(): void {
    const until = this.until();
    if (until) throw rateLimitedError(until);
  }

  /** The operator's "retry now": the next request goes out; another 429 starts a new cool-down. */
  clear(): void {
    this.untilMono = 0;
  }
}
