// Request-body reading for handlers: Paxos-style 400 details ("account_number must be set").
import { badRequest } from './problems';
import type { JsonObject } from './types';

export type Obj = Record<string, unknown>;

export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function requireObj(value: unknown, path: string): Obj {
  if (value === undefined || value === null) throw badRequest(`${path} must be set`, path);
  if (!isObj(value)) throw badRequest(`${path} must be an object`, path);
  return value;
}

export function requireString(obj: Obj, key: string, path = key): string {
  const value = obj[key];
  if (value === undefined || value === null || value === '')
    throw badRequest(`${path} must be set`, path);
  if (typeof value !== 'string') throw badRequest(`${path} must be a string`, path);
  return value;
}

export function optionalString(obj: Obj, key: string, path = key): string | undefined {
  const value = obj[key];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw badRequest(`${path} must be a string`, path);
  return value;
}

/** string→string map, ≤ 6 pairs, ≤ 100 characters each (fiat accounts, deposit addresses). */
export function metadataOf(obj: Obj, key = 'metadata', limits = true): JsonObject | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  if (!isObj(value)) throw badRequest(`${key} must be a map of strings`, key);
  const entries = Object.entries(value);
  if (limits && entries.length > 6) throw badRequest(`${key} allows at most 6 entries`, key);
  for (const [k, v] of entries) {
    if (typeof v !== 'string') throw badRequest(`${key}.${k} must be a string`, `${key}.${k}`);
    if (limits && (k.length > 100 || v.length > 100))
      throw badRequest(`${key} keys and values must be at most 100 characters`, key);
  }
  return value as JsonObject;
}

/** Exactly one of the given keys must be present: returns it. */
export function oneOf(obj: Obj, keys: readonly string[], path: string): string {
  const present = keys.filter((k) => obj[k] !== undefined && obj[k] !== null);
  if (present.length !== 1)
    throw badRequest(`${path} must set exactly one of ${keys.join(', ')}`, path);
  return present[0] as string;
}
