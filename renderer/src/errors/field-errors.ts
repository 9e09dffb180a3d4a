// Field-level errors, keyed by the input path main validates against (for example
// "fiat_network_instructions.wire.routing_details.routing_number"). Forms name their fields by
// the same paths, so an error from main lands next to the field that caused it.
import { BridgeCallError } from '../bridge/treasury';
import { fundsShortfall } from './describe-error';

export type FieldErrors = Record<string, string>;

interface IssueLike {
  path?: unknown;
  message?: unknown;
}

function pathText(path: unknown): string | null {
  if (typeof path === 'string') return path;
  if (Array.isArray(path)) return path.map(String).join('.');
  return null;
}

/** Errors per field from a BridgeCallError's `details.issues` and `details.field`. */
export function fieldErrorsOf(error: unknown): FieldErrors {
  if (!(error instanceof BridgeCallError) || !error.details) return {};
  const errors: FieldErrors = {};
  const issues = error.details.issues;
  if (Array.isArray(issues)) {
    for (const issue of issues as IssueLike[]) {
      const path = pathText(issue?.path);
      if (path && typeof issue.message === 'string' && !(path in errors))
        errors[path] = issue.message;
    }
  }
  const field = error.details.field;
  if (typeof field === 'string' && field && !(field in errors)) {
    // main writes "field: message"; next to the field, the field's name is redundant.
    const prefix = `${field}: `;
    const message = error.message.startsWith(prefix)
      ? error.message.slice(prefix.length)
      : error.message;
    // A balance check (details.available / needed) says at the field how far short it is.
    const shortfall = fundsShortfall(error.details);
    errors[field] = shortfall ? `Not enough funds. ${shortfall}` : message;
  }
  return errors;
}

/** Errors from zod issues (client-side checks with the shared schemas), first one per path. */
export function fieldErrorsFromIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (!(path in errors)) errors[path] = issue.message;
  }
  return errors;
}

/** Main reports nested inputs under their wrapper ("changes.…"); forms name fields without it. */
export function withoutPathPrefix(errors: FieldErrors, prefix: string): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([path, message]) => [
      path.startsWith(prefix) ? path.slice(prefix.length) : path,
      message,
    ]),
  );
}
