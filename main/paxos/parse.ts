// Reading Paxos answers with the lenient schemas of shared/paxos/responses.ts. Whatever cannot
// be read at all (not an object, no id) becomes a bad_response error, never a crash.
import type { z } from 'zod';
import { badResponse } from './errors';

export function parseAs<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'body';
  throw badResponse(what, `${where}: ${issue?.message ?? 'unreadable'}`);
}

/** `{ rule: {...} }` → the rule. */
export function parseWrapped<S extends z.ZodType>(
  schema: S,
  value: unknown,
  key: string,
  what: string,
): z.infer<S> {
  const inner =
    typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)[key]
      : undefined;
  if (inner === undefined) throw badResponse(what, `no "${key}" in the answer`);
  return parseAs(schema, inner, what);
}
