// Query-string reading for handlers, with Paxos-style 400s for bad filters.
import { toMicros } from './clock';
import { badRequest } from './problems';

export interface TimeFilter {
  lt?: number;
  lte?: number;
  eq?: number;
  gte?: number;
  gt?: number;
}

export class QueryReader {
  constructor(private readonly params: URLSearchParams) {}

  /** Repeated-key array filter; at most 100 values. */
  list(name: string): string[] | undefined {
    const values = this.params.getAll(name).filter((v) => v !== '');
    if (values.length === 0) return undefined;
    if (values.length > 100) throw badRequest(`${name} accepts at most 100 values`, name);
    return values;
  }

  one(name: string): string | undefined {
    const values = this.params.getAll(name);
    if (values.length > 1) throw badRequest(`${name} accepts a single value`, name);
    return values[0] === '' ? undefined : values[0];
  }

  int(name: string, min: number, max: number): number | undefined {
    const text = this.one(name);
    if (text === undefined) return undefined;
    const n = Number(text);
    if (!/^\d+$/.test(text) || n < min || n > max)
      throw badRequest(`${name} must be an integer between ${min} and ${max}`, name);
    return n;
  }

  bool(name: string): boolean {
    const text = this.one(name);
    if (text === undefined) return false;
    if (text !== 'true' && text !== 'false')
      throw badRequest(`${name} must be true or false`, name);
    return text === 'true';
  }

  order(fallback: 'ASC' | 'DESC'): 'ASC' | 'DESC' {
    const text = this.one('order');
    if (text === undefined) return fallback;
    if (text !== 'ASC' && text !== 'DESC') throw badRequest('order must be ASC or DESC', 'order');
    return text;
  }

  /** created_at.lt … created_at.gt, as microseconds. */
  time(field: 'created_at' | 'updated_at'): TimeFilter {
    const out: TimeFilter = {};
    for (const op of ['lt', 'lte', 'eq', 'gte', 'gt'] as const) {
      const text = this.one(`${field}.${op}`);
      if (text === undefined) continue;
      const micros = toMicros(text);
      if (micros === undefined)
        throw badRequest(
          `${field}.${op} must be an RFC3339 timestamp like 2006-01-02T15:04:05Z`,
          `${field}.${op}`,
        );
      out[op] = micros;
    }
    return out;
  }
}

export function inTimeWindow(iso: string, f: TimeFilter): boolean {
  const t = toMicros(iso);
  if (t === undefined) return false;
  return (
    (f.lt === undefined || t < f.lt) &&
    (f.lte === undefined || t <= f.lte) &&
    (f.eq === undefined || t === f.eq) &&
    (f.gte === undefined || t >= f.gte) &&
    (f.gt === undefined || t > f.gt)
  );
}
