// Rate limit on guessing the passcode (or the credentials that reset it), kept in main: the
// first two failures cost nothing, then every failure doubles the wait before the next attempt
// is even looked at (2 s, 4 s, 8 s, … up to 15 minutes). A success clears it.
//
// The count and the wait are kept in the OS keychain beside the passcode's hash (issue 21): held
// only in memory, a restart took a 16 s wait back to zero, three free guesses per restart. A
// keychain write failing leaves the count in memory for this run (the passcode itself then lives
// in memory too), and a record that cannot be read or parsed counts as the worst case the record
// format allows rather than as "no failures".
import type { SecretStore } from '../vault/secret-store';

const FREE_FAILURES = 2;
const MAX_DELAY_MS = 15 * 60_000;
export const UNLOCK_ATTEMPTS_ACCOUNT = 'app-unlock-attempts';

interface AttemptRecord {
  failures: number;
  notBefore: number;
}

function parseRecord(text: string): AttemptRecord | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const { failures, notBefore } = value as Record<string, unknown>;
    if (!Number.isSafeInteger(failures) || !Number.isSafeInteger(notBefore)) return undefined;
    if ((failures as number) < 0 || (notBefore as number) < 0) return undefined;
    return { failures: failures as number, notBefore: notBefore as number };
  } catch {
    return undefined;
  }
}

export class UnlockAttempts {
  private failures = 0;
  private notBefore = 0;

  constructor(
    private readonly now: () => Date,
    private readonly store?: SecretStore,
  ) {}

  /** Reads the count kept by an earlier run (at start, before the first attempt is looked at). */
  async restore(): Promise<void> {
    if (!this.store) return;
    let text: string | null;
    try {
      text = await this.store.get(UNLOCK_ATTEMPTS_ACCOUNT);
    } catch {
      return; // no keychain: nothing was kept, and the passcode is then in memory for this run
    }
    if (text === null) return;
    const record = parseRecord(text);
    // A tampered or torn record is not "no failures": start from the longest wait.
    const restored = record ?? {
      failures: FREE_FAILURES + 10,
      notBefore: this.nowMs() + MAX_DELAY_MS,
    };
    this.failures = Math.max(this.failures, restored.failures);
    this.notBefore = Math.max(this.notBefore, restored.notBefore);
  }

  /** When the next attempt is allowed, or null if it is allowed now. */
  retryAt(): Date | null {
    return this.notBefore > this.nowMs() ? new Date(this.notBefore) : null;
  }

  get failureCount(): number {
    return this.failures;
  }

  async failed(): Promise<void> {
    this.failures += 1;
    if (this.failures > FREE_FAILURES) {
      const delay = Math.min(1000 * 2 ** (this.failures - FREE_FAILURES), MAX_DELAY_MS);
      this.notBefore = this.nowMs() + delay;
    }
    await this.persist();
  }

  async succeeded(): Promise<void> {
    this.failures = 0;
    this.notBefore = 0;
    await this.persist();
  }

  private nowMs(): number {
    return this.now().getTime();
  }

  private async persist(): Promise<void> {
    if (!this.store) return;
    const record: AttemptRecord = { failures: this.failures, notBefore: this.notBefore };
    await this.store.set(UNLOCK_ATTEMPTS_ACCOUNT, JSON.stringify(record)).catch(() => undefined);
  }
}
