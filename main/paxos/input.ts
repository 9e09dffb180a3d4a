// Checks what the desk asks the client to send, before anything leaves the machine.
import type { z } from 'zod';
import { parseAmount } from '../../shared/money';
import { PaxosError } from './errors';

export function validateInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : what;
  const detail = issue?.message ?? 'invalid';
  throw new PaxosError('validation', `The ${what} is not valid: ${field}: ${detail}.`, {
    field,
    detail,
  });
}

/** Positive, and no more decimal places than the asset allows (USD 2, stablecoins 6). */
export function validateAmount(amount: string, asset: string, field: string): string {
  return parseAmount(amount, asset, field);
}
