// Rate limit on guessing the passcode (or the credentials that reset it), kept in main: the
// first two failures cost nothing, then every failure doubles the wait before the next attempt
// is even looked at (2 s, 4 s, 8 s, … up to 15 minutes). A success clears it.
const FREE_FAILURES = 2;
const MAX_DELAY_MS = 15 * 60_000;

export class UnlockAttempts {
  private failures = 0;
  private notBefore = 0;

  constructor(private readonly now: () => Date) {}

  /** When the next attempt is allowed, or null if it is allowed now. */
  retryAt(): Date | null {
    return this.notBefore > this.now().getTime() ? new Date(this.notBefore) : null;
  }

  get failureCount(): number {
    return this.failures;
  }

  failed(): void {
    this.failures += 1;
    if (this.failures > FREE_FAILURES) {
      const delay = Math.min(1000 * 2 ** (this.failures - FREE_FAILURES), MAX_DELAY_MS);
      this.notBefore = this.now().getTime() + delay;
    }
  }

  succeeded(): void {
    this.failures = 0;
    this.notBefore = 0;
  }
}
