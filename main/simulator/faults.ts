// Fault knobs, settable at start and at run time. Each knob is a rule that fires for matching
// requests either with a probability (`rate`) or for the next `count` matches (or both); a rule
// whose count is used up switches itself off. Request faults (latency, error, drop, stall) act
// on the exchange; response faults (malformed JSON, missing fields, unknown status, extra
// fields, huge pages, slow drip) distort a successful answer for hostile-input tests.
import type { Random } from './random';

export interface FaultMatch {
  method?: string;
  /** Substring of the URL path, e.g. "/orchestration/orchestrations". */
  path?: string;
}

export interface FaultRule {
  /** Probability per matching request (default 1 when only `count` is given). */
  rate?: number;
  /** Fire for the next N matching requests only. */
  count?: number;
  match?: FaultMatch;
}

export interface FaultConfig {
  latencyMs?: number;
  latencyJitterMs?: number;
  /** 5xx answer; `when: 'after'` processes the request first (the change is made, then 5xx). */
  error?: (FaultRule & { status?: number; when?: 'before' | 'after' }) | null;
  /** Socket destroyed without an answer; `when: 'after'` = processed, answer lost. */
  drop?: (FaultRule & { when?: 'before' | 'after' }) | null;
  /** Hold the answer back for `ms` (for client timeouts). */
  stall?: (FaultRule & { ms: number }) | null;
  malformedJson?: FaultRule | null;
  missingFields?: (FaultRule & { fields?: string[] }) | null;
  unknownStatus?: (FaultRule & { value?: string }) | null;
  extraFields?: FaultRule | null;
  hugePage?: (FaultRule & { items: number }) | null;
  slowDrip?: (FaultRule & { chunkDelayMs: number }) | null;
}

export type FaultKind = Exclude<keyof FaultConfig, 'latencyMs' | 'latencyJitterMs'>;
export class Faults {
  private config: FaultConfig = {};

  constructor(
    private readonly random: Random,
    initial: FaultConfig = {},
  ) {
    this.set(initial);
  }

  /** Merges: a key set to null (or undefined) is switched off, other keys are kept. */
  set(partial: FaultConfig): void {
    const next: Record<string, unknown> = { ...this.config };
    for (const [key, value] of Object.entries(partial)) {
      if (value === null || value === undefined) delete next[key];
      else next[key] = typeof value === 'object' ? { ...value } : value;
    }
    this.config = next as FaultConfig;
  }

  clear(): void {
    this.config = {};
  }

  get(): FaultConfig {
    return structuredClone(this.config);
  }

  latency(): number {
    const base = this.config.latencyMs ?? 0;
    const jitter = this.config.latencyJitterMs ?? 0;
    return Math.max(0, base + (jitter > 0 ? Math.floor(this.random() * jitter) : 0));
  }

  /** Returns the rule if it fires for this request (and uses up one of its count). */
  take<K extends FaultKind>(
    kind: K,
    method: string,
    path: string,
    accept: (rule: NonNullable<FaultConfig[K]>) => boolean = () => true,
  ): NonNullable<FaultConfig[K]> | undefined {
    // Why the casts (`as unknown as` below): every FaultConfig[K] is a FaultRule with extra knobs,
    // but TypeScript cannot see the members of an indexed access on a generic K. This is the
    // simulator, a test double driven by the tests themselves.
    const rule = this.config[kind] as (FaultRule & Record<string, unknown>) | undefined | null;
    if (!rule || !accept(rule as unknown as NonNullable<FaultConfig[K]>)) return undefined;
    if (rule.match?.method && rule.match.method.toUpperCase() !== method.toUpperCase())
      return undefined;
    if (rule.match?.path && !path.includes(rule.match.path)) return undefined;
    const rate = rule.rate ?? 1;
    if (rate < 1 && this.random() >= rate) return undefined;
    if (rule.count !== undefined) {
      if (rule.count <= 0) return undefined;
      rule.count -= 1;
      if (rule.count === 0) delete this.config[kind];
    }
    return rule as unknown as NonNullable<FaultConfig[K]>;
  }
}
