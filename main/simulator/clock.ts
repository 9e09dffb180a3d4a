// The simulator's clock: real time plus an offset that tests can push forward (`advance`), and
// strictly increasing RFC 3339 timestamps with microseconds, so that ordering and created_at
// windows are unambiguous even for records made in the same millisecond.

export class SimClock {
  private offsetMs = 0;
  private lastMicros = 0;

  constructor(private readonly realNow: () => number = Date.now) {}

  now(): number {
    return this.realNow() + this.offsetMs;
  }

  advance(ms: number): void {
    if (ms > 0) this.offsetMs += ms;
  }

  /** Moves the clock forward to at least `ms`. */
  advanceTo(ms: number): void {
    this.advance(ms - this.now());
  }

  /** A new timestamp, later than every one handed out before. */
  stamp(): string {
    const micros = Math.max(this.now() * 1000, this.lastMicros + 1);
    this.lastMicros = micros;
    return formatMicros(micros);
  }

  /** After loading persisted state: never hand out a timestamp before `iso`. */
  notBefore(iso: string): void {
    const micros = toMicros(iso);
    if (micros !== undefined) this.lastMicros = Math.max(this.lastMicros, micros);
  }
}

export function formatMicros(micros: number): string {
  const ms = Math.floor(micros / 1000);
  const rest = String(micros % 1000).padStart(3, '0');
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, `.$1${rest}Z`);
}

const RFC3339 = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/;

/** RFC 3339 (0–9 fractional digits, Z or offset) → microseconds since the epoch. */
export function toMicros(iso: string): number | undefined {
  const m = RFC3339.exec(iso);
  if (!m) return undefined;
  const base = Date.parse(`${m[1]}${m[3]}`);
  if (Number.isNaN(base)) return undefined;
  const fraction = (m[2] ?? '').padEnd(6, '0').slice(0, 6);
  return base * 1000 + Number(fraction);
}
