// Query strings the Paxos way: array filters as repeated keys (?status=A&status=B), at most
// 100 values each; timestamp filters as `created_at.gte=...`; limit 1..1000. Bad filters are
// refused here, as validation errors naming the parameter, before anything is sent.
import { PaxosError } from './errors';

export type QueryValue = string | number | boolean | readonly string[] | undefined;
export type QueryParams = Record<string, QueryValue>;

/** created_at / updated_at window: every bound optional. Values are RFC 3339 strings or Dates. */
export interface TimeWindow {
  lt?: string | Date;
  lte?: string | Date;
  eq?: string | Date;
  gte?: string | Date;
  gt?: string | Date;
}

export const MAX_FILTER_VALUES = 100;
export const MAX_PAGE_LIMIT = 1000;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

export function buildQuery(params: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length > MAX_FILTER_VALUES) {
        throw invalid(key, `at most ${MAX_FILTER_VALUES} values per request (got ${value.length})`);
      }
      for (const item of value as readonly string[]) search.append(key, item);
    } else {
      search.append(key, String(value));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** { gte: d } → { 'created_at.gte': '2026-05-01T14:00:00.000Z' } */
export function timeWindowParams(
  field: 'created_at' | 'updated_at',
  window: TimeWindow | undefined,
): QueryParams {
  const out: QueryParams = {};
  if (!window) return out;
  for (const op of ['lt', 'lte', 'eq', 'gte', 'gt'] as const) {
    const value = window[op];
    if (value === undefined) continue;
    const text = value instanceof Date ? value.toISOString() : value;
    if (value instanceof Date ? Number.isNaN(value.getTime()) : !RFC3339.test(text)) {
      throw invalid(`${field}.${op}`, 'must be an RFC 3339 time such as 2026-05-01T14:00:00Z');
    }
    out[`${field}.${op}`] = text;
  }
  return out;
}

export function checkLimit(limit: number | undefined, max = MAX_PAGE_LIMIT): number | undefined {
  if (limit === undefined) return undefined;
  if (!Number.isInteger(limit) || limit < 1 || limit > max)
    throw invalid('limit', `must be a whole number from 1 to ${max}`);
  return limit;
}

export function checkOrder(order: string | undefined): 'ASC' | 'DESC' | undefined {
  if (order === undefined) return undefined;
  if (order !== 'ASC' && order !== 'DESC') throw invalid('order', 'must be ASC or DESC');
  return order;
}

/** A path segment from an ID: refuses empty IDs and encodes everything else. */
export function segment(value: string, field = 'id'): string {
  if (typeof value !== 'string' || value.trim() === '') throw invalid(field, 'must not be empty');
  return encodeURIComponent(value);
}

function invalid(field: string, detail: string): PaxosError {
  return new PaxosError('validation', `The filter ${field} ${detail}.`, { field, detail });
}
